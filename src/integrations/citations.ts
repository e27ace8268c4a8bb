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
import { DOCS_DIR, DOCS_PATTERN, EVENTS_FILE, SEED_FILE, SOURCES_FILE, SOURCE_PAGE_FILE } from '../files.ts';

export interface SiteProvenance extends Provenance {
	pages: CitingPage[];
	blockCount: number;
	citationCount: number;
	/** How many events say what the record corrects. */
	corrections: number;
	/** How many outside sources there are of each kind. */
	sourceKinds: Record<string, number>;
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
	// Entries of the wrong shape are left to the schemas, which name them; only readable fields are checked here.
	const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
	const passages = (value: unknown) => list(value).filter((c): c is { block: string; quote: string } => typeof (c as { block?: unknown })?.block === 'string' && typeof (c as { quote?: unknown })?.quote === 'string');
	const readList = (file: string) => {
		const text = readFileSync(new URL(file, root), 'utf8');
		const lines = text.split('\n');
		// The line of the entry's id, so a problem points at the entry.
		const lineOf = (id: string) => lines.findIndex((line) => line.includes(`id: ${id}`)) + 1 || 1;
		return parseYamlList(text, file).map((entry) => ({ entry, at: { file, line: lineOf(entry.id), column: 1 } }));
	};
	const events = readList(EVENTS_FILE).map(({ entry: event, at }) => ({
		id: event.id,
		title: String(event['title'] ?? event.id),
		date: typeof event['date'] === 'string' ? event['date'] : undefined,
		products: list(event['products']).map(String),
		article: passages(event['article']),
		context: passages(event['context']),
		sources: list(event['sources']).filter((s): s is { source: string; quote?: string } => typeof (s as { source?: unknown })?.source === 'string'),
		correction: typeof event['correction'] === 'string' ? event['correction'] : undefined,
		at,
	}));
	const sourceEntries = readList(SOURCES_FILE);
	const sources = sourceEntries.map(({ entry, at }) => ({ id: entry.id, at }));
	const sourceKinds: Record<string, number> = {};
	for (const { entry } of sourceEntries) sourceKinds[String(entry['kind'])] = (sourceKinds[String(entry['kind'])] ?? 0) + 1;
	const provenance = buildProvenance({ seedFile: SEED_FILE, blocks, pages, events, sources, timelinePath: EVENTS_FILE });
	const productPages = files.filter((file) => /^products\/[^/]+\.mdx$/.test(file) && file !== 'products/index.mdx').map((file) => file.slice('products/'.length, -'.mdx'.length));
	provenance.problems.push(...checkEventProducts(events, productPages));
	const citationCount = pages.reduce((sum, page) => sum + page.citations.citations.length, 0);
	const corrections = events.filter((event) => event.correction !== undefined).length;
	return { ...provenance, pages, blockCount: blocks.length, citationCount, corrections, sourceKinds };
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
