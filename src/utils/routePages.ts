/**
 * The pages of each route of many pages, as its getStaticPaths returns them: each page's params and props, its model
 * (`page`) among them. The routes and the files of each page (src/utils/sitePages.ts) read the same lists. Data
 * only: a route importing this module imports no other route's components or styles.
 */
import { getCollection } from 'astro:content';
import { articleBlocks, blockNumber } from '../lib/article.ts';
import { childPages, pagePath } from '../lib/navigation.ts';
import { CITED_BY_SHOWN, firstGroups, groupByPage, groupSize } from '../lib/provenance.ts';
import { SOURCE_KIND_PAGES, shelfPage, shelvesOf, sourceKindPath, sourceShelfPath } from '../lib/sources.ts';
import { groupByYear, yearPage } from '../lib/timeline.ts';
import { count } from '../lib/words.ts';
import { PAGES_WITH_OWN_ROUTE, ROUTES, citedByPath, timelineYearPath } from '../routes.ts';
import { SOURCE_KINDS } from '../schemas/source.ts';
import { getArticle, getEvents, getNavigation, getProvenance, getSources } from './collections.ts';
import { pageModel } from './pageModels.ts';

/** Every written page whose body is its MDX alone (the overview, themes, products), with the pages under it. */
export async function writtenPages() {
	const docs = await getCollection('docs');
	// Cards follow the sidebar's reading order.
	const order = (await getNavigation()).flatMap((group) => group.links.map((link) => link.id));
	const written = docs.filter((entry) => !PAGES_WITH_OWN_ROUTE.has(entry.id));
	return Promise.all(
		written.map(async (entry) => ({
			params: { slug: entry.id === 'index' ? undefined : entry.id },
			props: {
				page: await pageModel(entry.id),
				entry,
				children: childPages(entry.id, docs)
					.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
					.map(({ id, data }) => ({ title: data.title, description: data.description, path: pagePath(id) })),
			},
		})),
	);
}

/** A page for each year of the timeline, with the years before and after it. */
export async function timelineYearPages() {
	const years = groupByYear(await getEvents());
	return Promise.all(
		years.map(async ({ year, events }, i) => ({
			params: { year: String(year) },
			props: {
				page: await pageModel(ROUTES.timeline.page, timelineYearPath(year), yearPage(year, events.length)),
				events,
				earlier: years[i - 1]?.year,
				later: years[i + 1]?.year,
			},
		})),
	);
}

/** A page for each kind of outside source the site cites, with its shelves. */
export async function sourceKindPages() {
	const sources = await getSources();
	const kinds = SOURCE_KINDS.map((kind) => ({ kind, shelves: shelvesOf(sources, kind) })).filter(({ shelves }) => shelves.length > 0);
	return Promise.all(
		kinds.map(async ({ kind, shelves }) => ({ params: { kind }, props: { page: await pageModel(ROUTES.sources.page, sourceKindPath(kind), SOURCE_KIND_PAGES[kind]), kind, shelves } })),
	);
}

/** A page for each shelf of each kind of source (by the first letter of their ids). */
export async function sourceShelfPages() {
	const sources = await getSources();
	const shelves = SOURCE_KINDS.flatMap((kind) => shelvesOf(sources, kind).map((shelved) => ({ kind, ...shelved })));
	return Promise.all(
		shelves.map(async ({ kind, shelf, sources: shelved }) => ({
			params: { kind, shelf },
			props: { page: await pageModel(ROUTES.sources.page, sourceShelfPath(kind, shelf), shelfPage(kind, shelf)), kind, sources: shelved },
		})),
	);
}

/** A page of what cites a paragraph, for each paragraph whose list on /source/ is cut short (the same cut as there). */
export async function citedByPages() {
	const { citedBy } = await getProvenance();
	const cut = articleBlocks(await getArticle()).flatMap((block) => {
		const groups = groupByPage(citedBy.get(block.id)!);
		return firstGroups(groups, CITED_BY_SHOWN.pages, CITED_BY_SHOWN.places).hidden > 0 ? [{ block, groups }] : [];
	});
	return Promise.all(
		cut.map(async ({ block, groups }) => {
			const number = blockNumber(block.id);
			const places = groups.reduce((sum, group) => sum + groupSize(group), 0);
			const text = {
				title: `What cites paragraph ${number}`,
				description: `The ${count(places, 'place')} on ${count(groups.length, 'page')} of the site that rest on paragraph ${number} of the source article.`,
			};
			return { params: { block: block.id }, props: { page: await pageModel(ROUTES.source.page, citedByPath(block.id), text), block, groups } };
		}),
	);
}
