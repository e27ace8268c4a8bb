/**
 * The pages /llms.txt lists and /llms-full.txt holds, in one order: the navigation's groups, then every other page
 * route by route (the timeline's years, the sources, what cites a paragraph), the convention's "Optional" section: reference
 * a short context may skip.
 */
import { getNavigation } from './collections.ts';
import { type SitePage, getSitePages } from './sitePages.ts';

export async function getLlmsSections(): Promise<Array<{ heading: string; pages: SitePage[] }>> {
	const pages = await getSitePages();
	const byPath = new Map(pages.map((sitePage) => [sitePage.page.path, sitePage]));
	const groups = (await getNavigation()).map((group) => ({
		heading: group.label,
		pages: group.links.map((link) => {
			const sitePage = byPath.get(link.path);
			if (!sitePage) throw new Error(`llms.txt: the navigation links ${link.path}, which no route renders`);
			return sitePage;
		}),
	}));
	const listed = new Set(groups.flatMap((group) => group.pages));
	return [...groups, { heading: 'Optional', pages: pages.filter((sitePage) => !listed.has(sitePage)) }];
}
