/**
 * The model of a page: what its route derives once and everything else reads, the layout (title, dates,
 * citation), its link card, its citation files and its Markdown copy (src/utils/sitePages.ts lists them all).
 */
import { site } from 'astro:config/server';
import { getEntry } from 'astro:content';
import type { Block } from '../lib/article.ts';
import { pagePath } from '../lib/navigation.ts';
import type { PageCitation } from '../lib/pageCitation.ts';
import { SITE } from '../site.ts';
import { ROUTES } from '../routes.ts';
import { withBase } from './basePath.ts';
import { getBlocksCitedOn } from './collections.ts';

export interface PageModel {
	/** The page's path on the site, without the base: `/timeline/2019/`. */
	path: string;
	title: string;
	description: string;
	/** The docs entry the page is, or belongs to (`sources` for /sources/news/): its place in the navigation and its dates. */
	entryId: string;
	/** The day its text was first published, `YYYY-MM-DD`. */
	published: string;
	/** The day its text last changed, if it has. */
	updated?: string | undefined;
	/**
	 * The passages of the article its own text cites, listed under it so every statement can be traced: a written
	 * page's. A generated page's items link their passages themselves, and the source page is the passages.
	 */
	sources: Block[];
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The model of a page at `path` belonging to the docs entry `entryId`, with its own title and description
 * (a generated page: a year of the timeline, a shelf of sources), or the entry's own when not given.
 */
export async function pageModel(entryId: string, path: string = pagePath(entryId), text?: { title: string; description: string }): Promise<PageModel> {
	const entry = await getEntry('docs', entryId);
	if (!entry) throw new Error(`page ${path}: there is no docs entry "${entryId}" for its title and dates`);
	const { title, description } = text ?? entry.data;
	const sources = text === undefined && entryId !== ROUTES.source.page ? await getBlocksCitedOn(entryId) : [];
	return { path, title, description, entryId, published: day(entry.data.published), updated: entry.data.updated && day(entry.data.updated), sources };
}

/** How a page is cited: by its title and canonical address, published (and authored) by the site as it is cited, dated by its last change. */
export function citationOf(page: PageModel): PageCitation {
	return { title: page.title, url: pageUrl(page.path), publisher: SITE.citedAs, date: page.updated ?? page.published };
}

/** The site's address: a page and its files name the page by its full address. */
export function siteAddress(): string {
	if (!site) throw new Error('a page needs the site\'s address ("site" in astro.config.mjs) for its canonical address');
	return site;
}

/** The site's address as a reader would type it, without scheme or final slash: `example.org/partnership`. */
export function typedSiteAddress(): string {
	const { host, pathname } = new URL(withBase('/'), siteAddress());
	return `${host}${pathname}`.replace(/\/$/, '');
}

/** A page's canonical address, from its path on the site. */
export function pageUrl(path: string): string {
	return new URL(withBase(path), siteAddress()).href;
}
