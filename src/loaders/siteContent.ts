/** Reads every content file of the site from disk, once, and relates them: the one derivation of provenance. */
import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Block, articleBlocks } from '../lib/article.ts';
import { type BlockLock, blockWords, changedBlocks } from '../lib/blockIds.ts';
import { extractCitations } from '../lib/citations.ts';
import { type ContentProblem, type SourceLocation, formatProblems } from '../lib/contentProblems.ts';
import { PAGE_EXTENSION, checkDocFiles, docId } from '../lib/docFiles.ts';
import { pagePath } from '../lib/navigation.ts';
import { type CitingPage, type Provenance, buildProvenance } from '../lib/provenance.ts';
import { checkEventProducts } from '../lib/timeline.ts';
import { ROUTES, blockPath, isRoutePath } from '../routes.ts';
import { anchorAliasSchema } from '../schemas/anchorAlias.ts';
import type { z } from 'astro/zod';
import { eventSchema } from '../schemas/event.ts';
import { type Source, sameAddress, sourceSchema } from '../schemas/source.ts';
import { readAnchorLock } from './anchorLock.ts';
import { readArticle } from './article.ts';
import { type YamlListEntry, readYamlList, validateYamlList } from './yamlList.ts';
import { ALIASES_FILE, DATA_PAGES, DOCS_DIR, EVENTS_FILE, MONEY_FILE, SEED_FILE, SOURCES_FILE, SOURCE_PAGE_FILE, TERMS_FILE } from '../files.ts';
import { dataCitations, missingDataPage } from '../lib/dataCitations.ts';
import { figureRowId, termRowId } from '../lib/generatedIds.ts';

/** Every file the provenance is derived from, relative to the project root; a change to any re-derives it. */
export const PROVENANCE_INPUTS = [SEED_FILE, DOCS_DIR, EVENTS_FILE, SOURCES_FILE, ALIASES_FILE, TERMS_FILE, MONEY_FILE] as const;

export interface SiteProvenance extends Provenance {
	pages: Array<CitingPage & { id: string }>;
	blocks: Block[];
	citationCount: number;
	/** How many events say what the record corrects. */
	corrections: number;
	/** How many outside sources there are of each kind. */
	sourceKinds: Record<string, number>;
}

/**
 * Reads the seed, every page, the events, the sources and the aliases, and relates them. The events and sources
 * are read through their collections' schemas; the data files' citations through theirs (dataCitations.ts).
 */
export function readSiteProvenance(root: URL): SiteProvenance {
	const lock = readAnchorLock(root);
	const blocks = articleBlocks(readArticle(SEED_FILE, root));
	const docsDir = new URL(`${DOCS_DIR}/`, root);
	const files = globSync('**/*', { cwd: fileURLToPath(docsDir), withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `${entry.parentPath}/${entry.name}`.slice(fileURLToPath(docsDir).length).replaceAll('\\', '/').replace(/^\/+/, ''))
		.sort();
	const fileProblems = checkDocFiles(files, DOCS_DIR);
	const pages = files
		.filter((file) => file.endsWith(PAGE_EXTENSION))
		.map((file) => {
			const id = docId(file);
			const citations = extractCitations(readFileSync(new URL(file, docsDir), 'utf8'), `${DOCS_DIR}/${file}`, id);
			return { id, citations, title: citations.title ?? file, path: pagePath(id), isSource: file === SOURCE_PAGE_FILE };
		});

	const readList = (file: string, idField = 'id') =>
		readYamlList(readFileSync(new URL(file, root), 'utf8'), file, idField).map((entry) => ({ ...entry, at: { file, line: entry.line, column: 1 } }));
	// Read through the collections' own schemas, which stop the build here too, with the same message as the collection,
	// so what is reported first never depends on which loader runs first.
	const valid = <T,>(entries: ReturnType<typeof readList>, schema: z.ZodType<T>, file: string, what: string) => {
		validateYamlList(entries, schema, file, what);
		return entries.map((entry) => ({ ...schema.parse(entry.data), at: entry.at, lineOf: entry.lineOf }));
	};
	const events = valid(readList(EVENTS_FILE), eventSchema, EVENTS_FILE, 'event');
	const sourceEntries = valid(readList(SOURCES_FILE), sourceSchema, SOURCES_FILE, 'source');
	const sources = sourceEntries.map(({ id, at }) => ({ id, at }));
	const sourceKinds: Record<string, number> = {};
	for (const { kind } of sourceEntries) sourceKinds[kind] = (sourceKinds[kind] ?? 0) + 1;

	const terms = readList(TERMS_FILE);
	const dataProblems = [
		...addDataCitations(terms, TERMS_FILE, pages, (id, data) => ({ id: termRowId(id), title: String(data['term'] ?? id) })),
		...addDataCitations(readList(MONEY_FILE), MONEY_FILE, pages, (id, data) => ({ id: figureRowId(id), title: String(data['label'] ?? id) })),
		...checkTermColumns(terms, new Set(events.map((event) => event.id))),
	];

	const provenance = buildProvenance({ seedFile: SEED_FILE, blocks, pages, events, sources });
	const productPages = pages.filter((page) => /^products\/[^/]+$/.test(page.id)).map((page) => page.id.slice('products/'.length));
	const aliases = readList(ALIASES_FILE, 'from');
	provenance.problems.push(
		...fileProblems,
		...checkEventProducts(events, productPages),
		...checkAliases(aliases, (path) => pages.some((page) => page.path === path) || isRoutePath(path)),
		...checkBlockAddresses(blocks, lock.blocks, aliases),
		...checkSourceAddresses(sourceEntries),
		...checkSectionAddresses(pages, lock.sections),
		...dataProblems,
	);
	const citationCount = pages.reduce((sum, page) => sum + page.citations.citations.length, 0);
	const corrections = events.filter((event) => event.correction !== undefined).length;
	return { ...provenance, pages, blocks, citationCount, corrections, sourceKinds };
}

type ListEntry = ReturnType<typeof readYamlList>[number] & { at: { file: string; line: number; column: number } };

/**
 * Counts the citations a data file writes as those of the page that shows it (DATA_PAGES), each in its row's
 * section, so they are checked, and listed on /source/ and the sources pages, like the page's own.
 */
function addDataCitations(entries: readonly ListEntry[], file: keyof typeof DATA_PAGES, pages: ReadonlyArray<CitingPage & { id: string }>, row: (id: string, data: Record<string, unknown>) => { id: string; title: string }): ContentProblem[] {
	const page = pages.find((candidate) => candidate.id === DATA_PAGES[file]);
	if (!page) return entries.length > 0 ? [missingDataPage(file, DATA_PAGES[file])] : [];
	for (const entry of entries) {
		const at = (path: ReadonlyArray<string | number>) => ({ file, ...entry.lineOf(path) });
		page.citations.citations.push(...dataCitations(entry.data, at, row(entry.id, entry.data)));
	}
	return [];
}

/** Each step of a term stands under the column of a timeline event, which must exist. */
function checkTermColumns(terms: readonly ListEntry[], events: ReadonlySet<string>): ContentProblem[] {
	return terms.flatMap((term) =>
		(Array.isArray(term.data['steps']) ? (term.data['steps'] as Array<Record<string, unknown>>) : []).flatMap((step, i) =>
			typeof step?.['event'] === 'string' && !events.has(step['event'])
				? [{ at: { file: TERMS_FILE, ...term.lineOf(['steps', i, 'event']) }, message: `term "${term.id}", step ${i + 1}: the timeline has no event "${step['event']}"; expected an id of ${EVENTS_FILE}` }]
				: [],
		),
	);
}

/**
 * A heading's published id keeps its section: when the words a section's id was published for now stand under another
 * heading of the page (a new section with the same heading placed above it took its id), the build stops with the fix.
 * A section whose words were rewritten, or that was removed, is not reported: its id keeps its place, or the anchor
 * check of the built site asks for an alias.
 */
function checkSectionAddresses(pages: ReadonlyArray<CitingPage & { id: string }>, lock: Readonly<Record<string, Record<string, string>>>): ContentProblem[] {
	return pages.flatMap((page) => {
		const published = lock[page.path] ?? {};
		const headings = page.citations.headings;
		return headings.flatMap((heading) => {
			const words = published[heading.id];
			if (!words || heading.words === words) return [];
			const moved = headings.find((other) => other !== heading && other.words === words);
			if (!moved) return [];
			return [{
				at: { file: page.citations.file, line: heading.line, column: 1 },
				message:
					`heading "${heading.title}" would take the address ${page.path}#${heading.id}, published for the section "${words}", which would move to #${moved.id} (line ${moved.line}); ` +
					`an alias cannot help while this heading holds the address, so keep each address on its section: word this heading differently, or place it after that section`,
			}];
		});
	});
}

/** Two sources with one address are one source cited under two names: the second is reported at its line. */
function checkSourceAddresses(sources: ReadonlyArray<Source & { at: SourceLocation; lineOf: YamlListEntry['lineOf'] }>): ContentProblem[] {
	const first = new Map<string, Source & { at: SourceLocation }>();
	return sources.flatMap((source) => {
		const earlier = first.get(sameAddress(source.url));
		if (!earlier) {
			first.set(sameAddress(source.url), source);
			return [];
		}
		return [{ at: { file: SOURCES_FILE, ...source.lineOf(['url']) }, message: `source "${source.id}" has the address of source "${earlier.id}" (line ${earlier.at.line}); expected one entry per address: cite "${earlier.id}" instead` }];
	});
}

type AliasEntry = { data: Record<string, unknown>; at: { file: string; line: number; column: number } };

/** An alias must have the schema's shape and keep its fragment on a page that exists; whether the section exists is checked in the built site. */
function checkAliases(aliases: readonly AliasEntry[], isPage: (path: string) => boolean): ContentProblem[] {
	return aliases.flatMap(({ data, at }) => {
		const result = anchorAliasSchema.safeParse(data);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			return [{ at, message: `alias from "${String(data['from'])}", field "${issue.path.join('.') || 'to'}": ${issue.message}` }];
		}
		const page = result.data.to.split('#')[0]!;
		return isPage(page) ? [] : [{ at, message: `alias from "${result.data.from}" points at page ${page}, which is not a page of the site; expected a path of a page in ${DOCS_DIR}` }];
	});
}

/**
 * Every block id of the article that was published (the anchor lock) must still hold its words, or an
 * alias must carry its address to where they went. The message gives the old words and the fix.
 */
function checkBlockAddresses(blocks: readonly Block[], lock: BlockLock, aliases: readonly AliasEntry[]): ContentProblem[] {
	const sourcePage = ROUTES.source.path;
	const aliased = new Set(aliases.map(({ data }) => String(data['from'])).filter((from) => from.startsWith(`${sourcePage}#`)).map((from) => from.split('#')[1]!));
	return changedBlocks(blocks, lock, aliased).map(({ id, was, nowAt }) => ({
		at: { file: SEED_FILE, line: nowAt?.line ?? 1, column: 1 },
		message:
			`${blockPath(id)} was published for the words "${was}", which the article no longer has` +
			(nowAt ? `; in its place now stands ${nowAt.id} ("${blockWords(nowAt.text)}")` : '') +
			`. Keep the address: add to ${ALIASES_FILE}\n  - from: ${blockPath(id)}\n    to: ${blockPath(nowAt?.id ?? '<the block that replaces it>')}`,
	}));
}

/** The message that stops the build: a count, then one `file:line:column  problem` line each, the problem named for what it is. */
export function provenanceErrorMessage(problems: readonly ContentProblem[]): string {
	const n = problems.length;
	return `${n} problem${n === 1 ? '' : 's'} in the site's content, each at its file and line:\n${formatProblems(problems)}`;
}
