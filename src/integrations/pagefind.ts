/** Builds the Pagefind search index over the finished site, failing the build on any indexing error. */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SITE } from '../site.ts';
import { rejectOutputOnFailure } from './rejectOutput.ts';

/** Throws with every message Pagefind reported for one step, so nothing is silently dropped. */
function assertNoErrors(step: string, errors: string[]): void {
	if (errors.length > 0) {
		throw new Error(`Pagefind failed to ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
	}
}

/**
 * What search leaves out wherever it stands: a citation (its marker and the passage it shows on hover, which would
 * put the article's words on every page that cites them) and permalinks. Named here once rather than by a
 * `data-pagefind-ignore` on each, which a page citing forty times would carry forty times.
 */
export const SEARCH_EXCLUDES = ['.cite', '[data-permalink]'];

export default function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': rejectOutputOnFailure(async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				try {
					// "$" is part of a word so that "$13 billion" finds $13 billion, not $1 billion.
					const { index, errors } = await pagefind.createIndex({ forceLanguage: SITE.lang, includeCharacters: '$', excludeSelectors: SEARCH_EXCLUDES });
					assertNoErrors('create an index', errors);
					if (!index) throw new Error('Pagefind returned no index and no error');

					const added = await index.addDirectory({ path: outDir });
					assertNoErrors(`index ${outDir}`, added.errors);
					// page_count counts every HTML file read; the pages indexed are the ones with a fragment.
					const files = await index.getFiles();
					assertNoErrors('list the index', files.errors);
					const indexed = files.files.filter((file) => file.path.startsWith('fragment/')).length;
					if (indexed === 0) {
						throw new Error(`Pagefind indexed none of the ${added.page_count} HTML files: pages mark their content with data-pagefind-body`);
					}

					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					assertNoErrors('write the index', written.errors);
					// The site has its own search interface; Pagefind's ready-made ones would only be dead weight.
					for (const ui of ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui']) {
						for (const extension of ['js', 'css']) rmSync(`${outDir}/pagefind/${ui}.${extension}`, { force: true });
					}
					logger.info(`Indexed ${indexed} of ${added.page_count} pages for search`);
				} catch (cause) {
					throw new Error('Building the search index failed', { cause });
				} finally {
					await pagefind.close();
				}
			}),
		},
	};
}
