/** Collection queries shared by the routes: the navigation, the source article and what cites it. */
import { getCollection, getEntry } from 'astro:content';
import { type Block, articleBlocks } from '../lib/article.ts';
import { type NavGroup, buildNavigation } from '../lib/navigation.ts';
import { withoutBase } from './basePath.ts';
import { sortEvents } from '../lib/timeline.ts';
import type { TimelineEvent } from '../schemas/event.ts';
import type { Source } from '../schemas/source.ts';
import type { CitingPlaceData } from '../schemas/provenance.ts';
import { ARTICLE_ENTRY_ID } from '../loaders/article.ts';

/** The sidebar's groups, derived from every page's id and frontmatter. */
export async function getNavigation(): Promise<NavGroup[]> {
	const docs = await getCollection('docs');
	return buildNavigation(docs.map(({ id, data }) => ({ id, title: data.title, navLabel: data.navLabel, order: data.order })));
}

/** The parsed source article. */
export async function getArticle() {
	const entry = await getEntry('article', ARTICLE_ENTRY_ID);
	if (!entry) throw new Error(`the article collection has no entry "${ARTICLE_ENTRY_ID}"`);
	return entry.data;
}

// Every <Cite> on every page asks for the blocks; the map is built once per version of the article.
const blocksByArticle = new WeakMap<object, Map<string, Block>>();

/** The article's blocks by id, for pages that quote the passages they cite. */
export async function getBlocksById(): Promise<Map<string, Block>> {
	const article = await getArticle();
	let blocks = blocksByArticle.get(article);
	if (!blocks) {
		blocks = new Map(articleBlocks(article).map((block) => [block.id, block]));
		blocksByArticle.set(article, blocks);
	}
	return blocks;
}

/** The timeline's events in date order (events of the same date in the order they are written). */
export async function getEvents(): Promise<TimelineEvent[]> {
	return sortEvents((await getCollection('events')).map((entry) => entry.data));
}

/** The outside sources, in the order they are written. */
export async function getSources(): Promise<Source[]> {
	return (await getCollection('sources')).map((entry) => entry.data);
}

/** The outside sources by id, for citations and events that name them. */
export async function getSourcesById(): Promise<Map<string, Source>> {
	return new Map((await getSources()).map((source) => [source.id, source]));
}

/** The timeline's events by id, for citations and correction notes that name them. */
export async function getEventsById(): Promise<Map<string, TimelineEvent>> {
	return new Map((await getEvents()).map((event) => [event.id, event]));
}

/** What cites each block of the article and each outside source, as the `provenance` collection derived it. */
export async function getProvenance(): Promise<{ citedBy: Map<string, CitingPlaceData[]>; sourceUses: Map<string, { places: CitingPlaceData[]; quotes: string[] }> }> {
	const entries = (await getCollection('provenance')).map((entry) => entry.data);
	const citedBy = new Map(entries.flatMap((entry) => (entry.kind === 'block' ? [[entry.block, entry.citedBy] as const] : [])));
	const sourceUses = new Map(entries.flatMap((entry) => (entry.kind === 'source' ? [[entry.source, { places: entry.places, quotes: entry.quotes }] as const] : [])));
	return { citedBy, sourceUses };
}

/** The old ids that must still land on section `id` of the page at `pathname` (which includes the base). */
export async function getAliasesOf(pathname: string, id: string): Promise<string[]> {
	const target = `${withoutBase(pathname)}#${id}`;
	return (await getCollection('anchorAliases')).filter((alias) => alias.data.to === target).map((alias) => alias.data.from.split('#')[1]!);
}
