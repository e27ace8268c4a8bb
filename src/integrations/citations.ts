/** Checks every citation of the site against the seed (and that events name real product pages) before Astro builds, failing with all problems at once. */
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { articleBlocks } from '../lib/article.ts';
import { type CitationProblem, extractCitations, formatProblems } from '../lib/citations.ts';
import { type CitingPage, type Provenance, buildProvenance } from '../lib/provenance.ts';
import { checkEventProducts } from '../lib/timeline.ts';
import { readArticle } from '../loaders/article.ts';
import { parseYamlList } from '../loaders/yamlList.ts';
import { DOCS_DIR, DOCS_PATTERN, EVENTS_FILE, SEED_FILE, SOURCE_PAGE_FILE } from '../files.ts';

export interface SiteProvenance extends Provenance {
	pages: CitingPage[];
	blockCount: number;
	citationCount: number;
}

/** Reads the seed, every page and the events from disk and relates them (file paths stand in for URLs). */
export function readSiteProvenance(root: URL): SiteProvenance {
	const blocks = articleBlocks(readArticle(SEED_FILE, root));
	const docsDir = new URL(`${DOCS_DIR}/`, root);
	const files = globSync(DOCS_PATTERN, { cwd: fileURLToPath(docsDir) })
		.map((file) => file.replaceAll('\\', '/'))
		.sort();
	const pages = files.map((file) => {
		const path = `${DOCS_DIR}/${file}`;
		const citations = extractCitations(readFileSync(new URL(file, docsDir), 'utf8'), path);
		return { citations, title: citations.title ?? path, path, isSource: file === SOURCE_PAGE_FILE };
	});
	const eventsText = readFileSync(new URL(EVENTS_FILE, root), 'utf8');
	const lines = eventsText.split('\n');
	const events = parseYamlList(eventsText, EVENTS_FILE).map((event) => ({
		id: event.id,
		title: String(event['title'] ?? event.id),
		products: Array.isArray(event['products']) ? event['products'].map(String) : [],
		// Entries of the wrong shape are left to the schema, which names them; only readable ones are checked here.
		article: (Array.isArray(event['article']) ? event['article'] : []).filter(
			(c): c is { block: string; quote: string } => typeof c?.block === 'string' && typeof c?.quote === 'string',
		),
		// The line of the entry's id, so a problem points at the event.
		at: { file: EVENTS_FILE, line: lines.findIndex((line) => line.includes(`id: ${event.id}`)) + 1 || 1, column: 1 },
	}));
	const provenance = buildProvenance({ seedFile: SEED_FILE, blocks, pages, events, timelinePath: EVENTS_FILE });
	const productPages = files.filter((file) => /^products\/[^/]+\.mdx$/.test(file) && file !== 'products/index.mdx').map((file) => file.slice('products/'.length, -'.mdx'.length));
	provenance.problems.push(...checkEventProducts(events, productPages));
	const citationCount = pages.reduce((sum, page) => sum + page.citations.citations.length, 0);
	return { ...provenance, pages, blockCount: blocks.length, citationCount };
}

/** The message that stops the build: a count, then one `file:line:column  problem` line each. */
export function citationErrorMessage(problems: readonly CitationProblem[]): string {
	const n = problems.length;
	return `${n} citation problem${n === 1 ? '' : 's'} against ${SEED_FILE}:\n${formatProblems(problems)}`;
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
				if (command === 'dev') logger.warn(citationErrorMessage(provenance.problems));
				else throw new Error(citationErrorMessage(provenance.problems));
			},
			'astro:server:setup': ({ server, logger }) => {
				// Check again whenever a page, the events or the seed changes while an editor works.
				const root = pathToFileURL(`${server.config.root}/`);
				server.watcher.on('change', (file) => {
					if (!/\.(mdx|ya?ml|txt)$/.test(file)) return;
					try {
						const { problems } = readSiteProvenance(root);
						if (problems.length > 0) logger.warn(citationErrorMessage(problems));
						else logger.info('Every citation holds');
					} catch (error) {
						logger.warn((error as Error).message);
					}
				});
			},
		},
	};
}
