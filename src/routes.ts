/** The site's own routes, each path written once; pages, feeds, checks and links derive theirs from here. */

/**
 * Routes of src/pages/ other than the written pages' catch-all, with the docs entry each one renders
 * (if any). A docs page at any other of these paths would be shadowed by the route, so the build refuses it.
 */
export const ROUTES = {
	home: { path: '/', page: 'index' },
	timeline: { path: '/timeline/', page: 'timeline', folder: true },
	source: { path: '/source/', page: 'source' },
	citedBy: { path: '/source/cited-by/', folder: true },
	sources: { path: '/sources/', page: 'sources', folder: true },
	terms: { path: '/record/terms/', page: 'record/terms' },
	money: { path: '/record/money/', page: 'record/money', folder: true },
	search: { path: '/search/' },
	notFound: { path: '/404/' },
	pagefind: { path: '/pagefind/', folder: true },
} as const satisfies Record<string, Route>;

interface Route {
	path: string;
	/** The docs entry the route renders, if any. */
	page?: string;
	/** Whether the route also generates paths below its own (`/sources/news/`, `/pagefind/…`). */
	folder?: boolean;
}

/** Docs entries that a route of their own renders (adding generated content), not the catch-all. */
export const PAGES_WITH_OWN_ROUTE: ReadonlySet<string> = new Set(
	Object.values(ROUTES as Record<string, Route>).flatMap((route) => (route.page && route.page !== 'index' ? [route.page] : [])),
);

/** The timeline's feeds, beside its page. */
export const TIMELINE_FEEDS = { rss: '/timeline.xml', json: '/timeline.json' } as const;

/**
 * The site for language models, after the llms.txt convention (llmstxt.org): an index of every page's Markdown
 * copy, and all of them in one file.
 */
export const LLMS_INDEX = '/llms.txt';
export const LLMS_FULL = '/llms-full.txt';

/** The title of the timeline wherever it stands outside its own page: feeds, and the label of an event that cites. */
export const TIMELINE_TITLE = 'Timeline of the Microsoft–OpenAI partnership';

/** What a citing event is called in lists of what cites a passage: `Timeline › The new Bing`. */
export const TIMELINE_LABEL = 'Timeline';

/** The site path of a block of the source article: `/source/#p3`. */
export function blockPath(id: string): string {
	return `${ROUTES.source.path}#${id}`;
}

/** The site path of the full list of what cites a block, for a block too widely cited to list beside it: `/source/cited-by/p3/`. */
export function citedByPath(id: string): string {
	return `${ROUTES.citedBy.path}${id}/`;
}

/** The page of one year of the timeline, where its events are told in full: `/timeline/2019/`. */
export function timelineYearPath(year: number | string): string {
	return `${ROUTES.timeline.path}${year}/`;
}

/**
 * The site path of a timeline event, told in full on its year's page: `/timeline/2019/#2019-07-22-microsoft-invests-1-billion`.
 * An event's id starts with its date, so the id alone names its year.
 */
export function eventPath(id: string): string {
	return `${timelineYearPath(id.slice(0, 4))}#${id}`;
}

/**
 * The site paths no written page may take: every route above except the docs entry it renders, and
 * every path below a folder route (`/pagefind/…`, `/sources/<kind>/`).
 */
export function routeCollision(pagePath: string, pageId: string): string | undefined {
	for (const [name, route] of Object.entries(ROUTES) as Array<[string, Route]>) {
		if (pagePath === route.path && route.page !== pageId) return `the site's own route "${name}" (${route.path})`;
		if (route.folder && pagePath !== route.path && pagePath.startsWith(route.path)) return `the pages the route "${name}" generates below ${route.path}`;
	}
	return undefined;
}

/** Whether a route of the site itself publishes the page at `path` (a folder route, any path below it). */
export function isRoutePath(path: string): boolean {
	return Object.values(ROUTES as Record<string, Route>).some((route) => path === route.path || (route.folder === true && path.startsWith(route.path)));
}
