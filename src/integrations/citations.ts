/** Checks every citation of the site against the seed before Astro builds, failing with all problems at once. */
import { readFileSync, readdirSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { articleBlocks } from '../lib/article.ts';
import { extractCitations, formatProblems } from '../lib/citations.ts';
import { type CitingPage, type Provenance, buildProvenance } from '../lib/provenance.ts';
import { readArticle } from '../loaders/article.ts';
import { parseYamlList } from '../loaders/yamlList.ts';
import { DOCS_DIR, EVENTS_FILE, SEED_FILE } from '../paths.ts';

export interface SiteProvenance extends Provenance {
	pages: CitingPage[];
	blockCount: number;
	citationCount: number;
}

/** Reads the seed, every page and the events from disk and relates them (file paths stand in for URLs). */
export function readSiteProvenance(root: URL): SiteProvenance {
	const blocks = articleBlocks(readArticle(SEED_FILE, root));
	const docsDir = new URL(`${DOCS_DIR}/`, root);
	const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => file.replaceAll('\\', '/'))
		.sort();
	const pages = files.map((file) => {
		const path = `${DOCS_DIR}/${file}`;
		const citations = extractCitations(readFileSync(new URL(file, docsDir), 'utf8'), path);
		return { citations, title: citations.title ?? path, path };
	});
	const events = parseYamlList(readFileSync(new URL(EVENTS_FILE, root), 'utf8'), EVENTS_FILE).map((event) => ({
		id: event.id,
		title: String(event['title'] ?? event.id),
		sources: Array.isArray(event['sources']) ? event['sources'].map(String) : [],
	}));
	const provenance = buildProvenance({ seedFile: SEED_FILE, blocks, pages, events, timelinePath: EVENTS_FILE });
	const citationCount = pages.reduce((sum, page) => sum + page.citations.citations.length, 0);
	return { ...provenance, pages, blockCount: blocks.length, citationCount };
}

/** The message that stops the build: a count, then one `file:line:column  problem` line each. */
export function citationErrorMessage(provenance: Provenance): string {
	const n = provenance.problems.length;
	return `${n} citation problem${n === 1 ? '' : 's'} against ${SEED_FILE}:\n${formatProblems(provenance.problems)}`;
}

export default function citationCheck(): AstroIntegration {
	return {
		name: 'citation-check',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command === 'preview') return;
				const provenance = readSiteProvenance(config.root);
				if (provenance.problems.length === 0) {
					logger.info(`${provenance.citationCount} citations hold; ${provenance.blockCount - provenance.uncited.length}/${provenance.blockCount} blocks of the article are cited`);
					return;
				}
				// In development a broken citation is reported but does not stop the server an editor is fixing it in.
				if (command === 'dev') logger.warn(citationErrorMessage(provenance));
				else throw new Error(citationErrorMessage(provenance));
			},
		},
	};
}
