/** Derives the site's navigation (groups, links, previous/next) from the pages' ids and frontmatter. */

export interface NavPage {
	/** Content id: the path under `src/content/docs` without extension (`index`, `themes/azure`, `products`). */
	id: string;
	title: string;
	navLabel?: string | undefined;
	order: number;
}

export interface NavLink {
	id: string;
	label: string;
	/** Path relative to the site's base, always with a trailing slash: `/`, `/themes/azure/`. */
	path: string;
}

export interface NavGroup {
	label: string;
	links: NavLink[];
}

/** The sidebar's groups in order, keyed by the first segment of a page's id; any other page is Reference. */
const GROUPS: ReadonlyArray<{ label: string; segment?: string }> = [
	{ label: 'Overview', segment: 'index' },
	{ label: 'Themes', segment: 'themes' },
	{ label: 'Products', segment: 'products' },
	{ label: 'The record', segment: 'record' },
	{ label: 'Reference' },
];

/** The URL path of a page: its id, with `index` as the home page. */
export function pagePath(id: string): string {
	return id === 'index' ? '/' : `/${id}/`;
}

/** Groups pages for the sidebar, each group sorted by `order`, then title. Empty groups are left out. */
export function buildNavigation(pages: readonly NavPage[]): NavGroup[] {
	const groups = GROUPS.map((group) => ({ label: group.label, pages: [] as NavPage[] }));
	for (const page of pages) {
		const segment = page.id.split('/')[0];
		const index = GROUPS.findIndex((group) => group.segment === segment);
		groups[index === -1 ? GROUPS.length - 1 : index]!.pages.push(page);
	}
	return groups
		.filter((group) => group.pages.length > 0)
		.map((group) => ({
			label: group.label,
			links: group.pages
				.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
				.map((page) => ({ id: page.id, label: page.navLabel ?? page.title, path: pagePath(page.id) })),
		}));
}

/** The pages before and after `id` in reading order (the sidebar, top to bottom). */
export function neighbours(navigation: readonly NavGroup[], id: string): { prev?: NavLink | undefined; next?: NavLink | undefined } {
	const links = navigation.flatMap((group) => group.links);
	const index = links.findIndex((link) => link.id === id);
	if (index === -1) return {};
	return { prev: links[index - 1], next: links[index + 1] };
}

/** The page one level up: `themes/azure` → `themes`, `themes` → `index`; the home page has none. */
function parentId(id: string): string | undefined {
	if (id === 'index') return undefined;
	const slash = id.lastIndexOf('/');
	return slash === -1 ? 'index' : id.slice(0, slash);
}

/** The pages directly below `id`, which a section's index page offers as ways in. */
export function childPages<T extends { id: string }>(id: string, pages: readonly T[]): T[] {
	return pages.filter((page) => parentId(page.id) === id);
}

/** An entry of the header's primary navigation: a whole group, or a single page of a group without an index. */
export interface PrimaryLink {
	label: string;
	path: string;
	/** The pages for which this entry is the current one. */
	ids: string[];
}

/**
 * The header's navigation: a group whose first page is its index (the overview, `themes`, `products`)
 * is one entry named after the group; a group without an index lists each of its pages.
 */
export function primaryNavigation(navigation: readonly NavGroup[]): PrimaryLink[] {
	return navigation.flatMap((group) => {
		const first = group.links[0]!;
		const hasIndex = first.id === 'index' || group.links.every((link) => link.id === first.id || link.id.startsWith(`${first.id}/`));
		return hasIndex
			? [{ label: group.label, path: first.path, ids: group.links.map((link) => link.id) }]
			: group.links.map((link) => ({ label: link.label, path: link.path, ids: [link.id] }));
	});
}

/** How many links a group shows before it is windowed around the current page. */
const MAX_GROUP_LINKS = 12;

/**
 * The links of a group a page's navigation shows: all of a short group; of a long one, its first link
 * (the section's index, which lists every page), the current page with its neighbours, and how many
 * are left out. So the navigation each page carries stays the same size however many pages there are.
 */
export function windowLinks(links: readonly NavLink[], currentId: string | undefined, max = MAX_GROUP_LINKS): { shown: NavLink[]; hidden: number } {
	if (links.length <= max) return { shown: [...links], hidden: 0 };
	const current = links.findIndex((link) => link.id === currentId);
	const span = max - 1;
	// The window: the pages after the index, or those around the current page, kept inside the group.
	const start = current <= 0 ? 1 : Math.min(Math.max(1, current - Math.floor((span - 1) / 2)), links.length - span);
	const shown = [links[0]!, ...links.slice(start, start + span)];
	return { shown, hidden: links.length - shown.length };
}
