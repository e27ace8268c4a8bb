/**
 * Every page of the site with a text of its own, each with the component that renders its text: the one list the
 * files of each page are routes over (its link card, its citation files, its Markdown copy, src/pages/[...path]/),
 * and /llms.txt and /llms-full.txt follow. Its pages are the routes' own lists (src/utils/routePages.ts), so a page
 * and its files cannot disagree. Imported by those routes only: a page importing it would carry every page's styles.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import CitedByText from '../components/page-text/CitedByText.astro';
import MoneyText from '../components/page-text/MoneyText.astro';
import SourceKindText from '../components/page-text/SourceKindText.astro';
import SourceShelfText from '../components/page-text/SourceShelfText.astro';
import SourceText from '../components/page-text/SourceText.astro';
import SourcesText from '../components/page-text/SourcesText.astro';
import TermsText from '../components/page-text/TermsText.astro';
import TimelineText from '../components/page-text/TimelineText.astro';
import TimelineYearText from '../components/page-text/TimelineYearText.astro';
import WrittenPageText from '../components/page-text/WrittenPageText.astro';
import { ROUTES } from '../routes.ts';
import { SEARCH_PAGE } from '../site.ts';
import { type PageModel, pageModel } from './pageModels.ts';
import { citedByPages, sourceKindPages, sourceShelfPages, timelineYearPages, writtenPages } from './routePages.ts';

/** A page with a text of its own: its model, and the component that renders its text, with the props its route gives it. */
export type SitePage = {
	page: PageModel;
	text: AstroComponentFactory;
	props: Record<string, unknown>;
};

/** The routes of one page each: the docs entry each renders, and its text. */
const SINGLE_PAGE_ROUTES: ReadonlyArray<[string, AstroComponentFactory]> = [
	[ROUTES.source.page, SourceText],
	[ROUTES.timeline.page, TimelineText],
	[ROUTES.sources.page, SourcesText],
	[ROUTES.terms.page, TermsText],
	[ROUTES.money.page, MoneyText],
];

/** The routes of many pages: their lists, each page carrying its model as the prop `page`, and their text. */
const MANY_PAGE_ROUTES: ReadonlyArray<[() => Promise<Array<{ props: { page: PageModel } }>>, AstroComponentFactory]> = [
	[writtenPages, WrittenPageText],
	[timelineYearPages, TimelineYearText],
	[sourceKindPages, SourceKindText],
	[sourceShelfPages, SourceShelfText],
	[citedByPages, CitedByText],
];

let pages: Promise<SitePage[]> | undefined;

/** Every page with a text of its own (all but search and the 404 page), route by route. */
export function getSitePages(): Promise<SitePage[]> {
	pages ??= (async () => {
		const single = await Promise.all(SINGLE_PAGE_ROUTES.map(async ([id, text]) => ({ page: await pageModel(id), text, props: {} })));
		const many = await Promise.all(MANY_PAGE_ROUTES.map(async ([list, text]) => (await list()).map(({ props }) => ({ page: props.page, text, props }))));
		return [...single, ...many.flat()];
	})();
	return pages;
}

/** What a link card needs of a page: its address, title and summary. */
export type CardPage = Pick<PageModel, 'path' | 'title' | 'description'>;

/** Every page with an address of its own, each of which has a link card: the pages above and the search page. */
export async function getCardPages(): Promise<CardPage[]> {
	return [...(await getSitePages()).map(({ page }) => page), { path: ROUTES.search.path, ...SEARCH_PAGE }];
}

/** A page's path as the rest parameter of the routes of its files (`[...path]/card.png`): `/themes/azure/` → `themes/azure`, the home page's none. */
export function pathParam(path: string): string | undefined {
	const trimmed = path.replace(/^\/|\/$/g, '');
	return trimmed === '' ? undefined : trimmed;
}
