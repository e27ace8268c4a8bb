/** The addresses a built page publishes, and the check that none of them silently disappears. */
import { DomUtils, parseDocument } from 'htmlparser2';

/** Every page's published fragment ids, by URL path: `{ "/themes/azure/": ["more-than-funding", …] }`. */
export type AnchorLock = Record<string, string[]>;

/**
 * The ids a page publishes: its permalink targets (`a[data-permalink]`) and the elements marked `data-permanent` (the rows
 * and columns of a data table, whose headings link elsewhere); and every id it has (aliases included).
 */
export function pageAnchors(html: string): { published: string[]; all: Set<string> } {
	const document = parseDocument(html);
	const permalinks = DomUtils.findAll((el) => el.name === 'a' && 'data-permalink' in el.attribs, document.children);
	const permanent = DomUtils.findAll((el) => 'data-permanent' in el.attribs && Boolean(el.attribs['id']), document.children).map((el) => el.attribs['id']!);
	const published = [...permalinks.map((a) => decodeURIComponent((a.attribs['href'] ?? '').replace(/^#/, ''))), ...permanent].filter(Boolean);
	const all = new Set(DomUtils.findAll((el) => Boolean(el.attribs['id']), document.children).map((el) => el.attribs['id']!));
	return { published: [...new Set(published)].sort(), all };
}

/** The lock after a build: everything it held before plus everything now published, so nothing is ever dropped. */
export function extendLock(lock: AnchorLock, published: AnchorLock): AnchorLock {
	const paths = [...new Set([...Object.keys(lock), ...Object.keys(published)])].sort();
	return Object.fromEntries(paths.map((path) => [path, [...new Set([...(lock[path] ?? []), ...(published[path] ?? [])])].sort()]));
}

/**
 * What a build breaks or has not yet published: pages and fragments of the lock that the site no
 * longer has (an alias keeps a fragment alive), and new permalinks the lock does not list yet.
 */
export function compareWithLock(
	lock: AnchorLock,
	site: Record<string, { published: string[]; all: Set<string> }>,
): { missing: string[]; unlocked: string[] } {
	const missing: string[] = [];
	for (const [path, ids] of Object.entries(lock)) {
		const page = site[path];
		if (!page) {
			missing.push(`page ${path} was published but is no longer built; restore it or keep its address with a redirect`);
			continue;
		}
		for (const id of ids.filter((id) => !page.all.has(id))) {
			const candidates = page.published.filter((p) => !ids.includes(p));
			missing.push(
				`${path}#${id} was published but the page no longer has it; add an alias to src/content/anchor-aliases.yaml ` +
					`(from: ${path}#${id}, to: ${path}#<new id>)` +
					(candidates.length > 0 ? `; new ids on the page: ${candidates.join(', ')}` : ''),
			);
		}
	}
	const unlocked = Object.entries(site).flatMap(([path, page]) => [
		...(lock[path] ? [] : [`page ${path}`]),
		...page.published.filter((id) => !lock[path]?.includes(id)).map((id) => `${path}#${id}`),
	]);
	return { missing, unlocked };
}
