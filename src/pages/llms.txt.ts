/**
 * /llms.txt (llmstxt.org): the site for language models. Its title and summary, then every page's Markdown copy
 * by navigation group, with the page's description; /llms-full.txt holds the copies themselves.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { type LlmsItem, llmsTxt } from '../lib/llmsTxt.ts';
import { MARKDOWN_COPY } from '../lib/pageFiles.ts';
import { SOURCE_KIND_PAGES, shelfPage, shelvesOf, sourceKindPath, sourceShelfPath } from '../lib/sources.ts';
import { groupByYear, yearPage } from '../lib/timeline.ts';
import { SOURCE_KINDS } from '../schemas/source.ts';
import { LLMS_FULL, ROUTES, timelineYearPath } from '../routes.ts';
import { SITE } from '../site.ts';
import { withBase } from '../utils/basePath.ts';
import { getEvents, getNavigation, getSources } from '../utils/collections.ts';

export const GET: APIRoute = async ({ site }) => {
	const docs = new Map((await getCollection('docs')).map((entry) => [entry.id, entry.data]));
	const home = docs.get(ROUTES.home.page);
	if (!home) throw new Error(`llms.txt: no docs entry "${ROUTES.home.page}" for the summary`);
	const absolute = (path: string) => new URL(withBase(path), site).href;
	const item = (path: string, title: string, description: string): LlmsItem => ({ url: `${absolute(path)}${MARKDOWN_COPY.file}`, title, description });
	const groups = (await getNavigation()).map((group) => ({
		heading: group.label,
		items: group.links.map((link) => item(link.path, docs.get(link.id)!.title, docs.get(link.id)!.description)),
	}));
	// The timeline's years, each event in full; and the lists of sources, which are reference, not reading: the
	// convention's "Optional" section is what a short context may skip.
	const years = groupByYear(await getEvents()).map(({ year, events }) => {
		const page = yearPage(year, events.length);
		return item(timelineYearPath(year), page.title, page.description);
	});
	const sources = await getSources();
	const sourcePages = SOURCE_KINDS.flatMap((kind) => {
		const shelves = shelvesOf(sources, kind);
		if (shelves.length === 0) return [];
		const page = SOURCE_KIND_PAGES[kind];
		return [item(sourceKindPath(kind), page.title, page.description), ...shelves.map(({ shelf }) => item(sourceShelfPath(kind, shelf), shelfPage(kind, shelf).title, shelfPage(kind, shelf).description))];
	});
	const optional = [...years, ...sourcePages];
	const text = llmsTxt({
		name: SITE.name,
		summary: home.description,
		details: `Every statement on the site cites the paragraph of its source article that it rests on, linked as ¶ with the paragraph's number; facts from elsewhere carry their own source. Each page below is a Markdown copy of a page of the site; ${absolute(LLMS_FULL)} holds them all, the source article included.`,
		sections: [...groups, { heading: 'Optional', items: optional }],
	});
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
