/** Collection queries shared by the routes: the navigation, the source article and what cites it. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { getCollection, getEntry } from 'astro:content';
import { type Block, articleBlocks } from '../lib/article.ts';
import { type NavGroup, buildNavigation, pagePath } from '../lib/navigation.ts';
import { sortEvents } from '../lib/timeline.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Source } from '../schemas/source.ts';
import type { CitingPlaceData } from '../schemas/provenance.ts';
import { ARTICLE_ENTRY_ID } from '../loaders/article.ts';
import { directiveFor, passageIn, withTextDirectives } from '../lib/textFragment.ts';
import { blockPath } from '../routes.ts';
import { withBase, withoutBase } from './basePath.ts';

/** The sidebar's groups, derived from every page's id and frontmatter. */
export async function getNavigation(): Promise<NavGroup[]> {
	const docs = await getCollection('docs');
	// Once per version of the docs: every page renders it, and building it is linear in the pages.
	return once(docs[0]?.data, 'navigation', () => buildNavigation(docs.map(({ id, data }) => ({ id, title: data.title, navLabel: data.navLabel, order: data.order }))));
}

/** The parsed source article. */
export async function getArticle() {
	const entry = await getEntry('article', ARTICLE_ENTRY_ID);
	if (!entry) throw new Error(`the article collection has no entry "${ARTICLE_ENTRY_ID}"`);
	return entry.data;
}

/**
 * Derives something from a collection once per version of it: every <Cite>, heading and event asks for
 * the same maps, on every page. A collection's entries keep their data objects until it reloads, so the
 * first entry's data identifies the version.
 */
const derived = new WeakMap<object, Map<string, unknown>>();
function once<T>(version: object | undefined, name: string, derive: () => T): T {
	if (version === undefined) return derive();
	let cache = derived.get(version);
	if (!cache) derived.set(version, (cache = new Map()));
	if (!cache.has(name)) cache.set(name, derive());
	return cache.get(name) as T;
}

/** The article's blocks by id, for pages that quote the passages they cite. */
export async function getBlocksById(): Promise<Map<string, Block>> {
	const article = await getArticle();
	return once(article, 'blocksById', () => new Map(articleBlocks(article).map((block) => [block.id, block])));
}

/** The timeline's events in date order (events of the same date in the order they are written); shared, so read-only. */
export async function getEvents(): Promise<readonly TimelineEvent[]> {
	const entries = await getCollection('events');
	return once(entries[0]?.data, 'sorted', () => sortEvents(entries.map((entry) => entry.data)));
}

/** The outside sources, in the order they are written. */
export async function getSources(): Promise<Source[]> {
	return (await getCollection('sources')).map((entry) => entry.data);
}

/** The outside sources by id, for citations and events that name them. */
export async function getSourcesById(): Promise<Map<string, Source>> {
	const entries = await getCollection('sources');
	return once(entries[0]?.data, 'byId', () => new Map(entries.map((entry) => [entry.id, entry.data])));
}

/** The timeline's events by id, for citations and correction notes that name them. */
export async function getEventsById(): Promise<Map<string, TimelineEvent>> {
	const entries = await getCollection('events');
	return once(entries[0]?.data, 'byId', () => new Map(entries.map((entry) => [entry.id, entry.data])));
}

/** What cites each block of the article and each outside source, as the `provenance` collection derived it. */
export async function getProvenance(): Promise<{ citedBy: Map<string, CitingPlaceData[]>; sourceUses: Map<string, { places: CitingPlaceData[]; quotes: string[] }> }> {
	const entries = await getCollection('provenance');
	return once(entries[0]?.data, 'maps', () => {
		const data = entries.map((entry) => entry.data);
		return {
			citedBy: new Map(data.flatMap((entry) => (entry.kind === 'block' ? [[entry.block, entry.citedBy] as const] : []))),
			sourceUses: new Map(data.flatMap((entry) => (entry.kind === 'source' ? [[entry.source, { places: entry.places, quotes: entry.quotes }] as const] : []))),
		};
	});
}

/** The blocks of the article a page cites (its own text and the data files it shows), in the article's order: its "Page sources". */
export async function getBlocksCitedOn(pageId: string): Promise<Block[]> {
	const article = await getArticle();
	const { citedBy } = await getProvenance();
	const path = pagePath(pageId);
	return once(article, 'blocksInOrder', () => articleBlocks(article)).filter((block) => citedBy.get(block.id)?.some((place) => place.path === path));
}

/** The old ids that must still land on section `id` of the page at `pathname` (which includes the base). */
export async function getAliasesOf(pathname: string, id: string): Promise<string[]> {
	const entries = await getCollection('anchorAliases');
	const byTarget = once(entries[0]?.data, 'byTarget', () => {
		const map = new Map<string, string[]>();
		for (const { data } of entries) map.set(data.to, [...(map.get(data.to) ?? []), data.from.split('#')[1]!]);
		return map;
	});
	return byTarget.get(`${withoutBase(pathname)}#${id}`) ?? [];
}

/**
 * Set while the source page is rendered for its text (utils/sourcePageText.ts). The page cites the article too; its
 * own links' fragments are not text it shows, so while it is read they are left without words to mark, which lets the
 * page be read before any fragment on it is made.
 */
export const readingSourcePage = new AsyncLocalStorage<true>();

/**
 * The address of a block of the article that lands on, and marks, the passages quoted from it (`/source/#p3:~:text=…`);
 * without quotes, the block's own address. Each directive is the shortest that marks its passage in its block and
 * nowhere before it on the source page, as the page renders (utils/sourcePageText.ts): its navigation, its labels and
 * lists, the record's notes and the blocks before. The build's link check holds each one against the page as built.
 */
export async function getPassageHref(blockId: string, quotes: readonly string[] = []): Promise<string> {
	const block = (await getBlocksById()).get(blockId);
	if (!block) throw new Error(`getPassageHref: the article has no block "${blockId}"`);
	const passages = [...new Set(quotes)].map((quote) => {
		const passage = passageIn(block.text, quote);
		if (passage === undefined) throw new Error(`getPassageHref: the quote "${quote}" is not in block ${blockId}`);
		return passage;
	});
	// While the source page is read for its text, its own citations' words are not yet known, nor shown.
	if (passages.length === 0 || readingSourcePage.getStore()) return withBase(blockPath(blockId));
	const provenance = (await getCollection('provenance'))[0]?.data;
	// Once per version of what the source page shows: every page, section and citation the site has.
	const sourcePage = await once(provenance, 'sourcePageText', () => import('./sourcePageText.ts').then(({ renderSourcePageText }) => renderSourcePageText()));
	const hrefs = once(provenance, 'passageHrefs', () => new Map<string, string>());
	const key = JSON.stringify([blockId, passages]);
	let href = hrefs.get(key);
	if (href === undefined) {
		const directives = passages.map((passage) => directiveFor(sourcePage, blockId, passage));
		hrefs.set(key, (href = withBase(withTextDirectives(blockPath(blockId), directives))));
	}
	return href;
}
