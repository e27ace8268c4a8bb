/** Where the outside sources are listed: one page per kind of source, each source anchored by its id. */
import { ROUTES } from '../routes.ts';
import type { SourceKind } from '../schemas/source.ts';

/** The page of each kind of source, as readers see it named and described. */
export const SOURCE_KIND_PAGES: Record<SourceKind, { title: string; description: string }> = {
	primary: {
		title: 'Primary sources',
		description: 'What Microsoft, OpenAI and GitHub published themselves (announcements, filings and documentation), with the words read from each and what cites it.',
	},
	news: {
		title: 'News sources',
		description: 'The news outlets and agencies the site cites beside the article, with the words read from each and what cites it.',
	},
	other: {
		title: 'Other sources',
		description: 'Blogs, aggregators and copies of other pages, used only beside a better source or where none was found, with the words read from each.',
	},
};

/** The URL path of the page that lists a kind of source: `/sources/news/`. */
export function sourceKindPath(kind: SourceKind): string {
	return `${ROUTES.sources.path}${kind}/`;
}

/**
 * The shelves each kind's sources are told in full on, by the first letter of their id: fixed ranges, so a
 * source's page never changes as others are added (an id never changes), and each page stays light.
 */
export const SOURCE_SHELVES = ['a-c', 'd-h', 'i-m', 'n-r', 's-z'] as const;
export type SourceShelf = (typeof SOURCE_SHELVES)[number];

/** The shelf of a source by its id: `cnbc-observer-seat` → `a-c`; an id starting with a digit is on the first. */
export function sourceShelf(id: string): SourceShelf {
	const letter = id[0]!;
	return SOURCE_SHELVES.find((shelf) => letter <= shelf[2]!) ?? SOURCE_SHELVES[0];
}

/** A shelf as readers see it named: "A–F". */
export function shelfLabel(shelf: SourceShelf): string {
	return shelf.toUpperCase().replace('-', '–');
}

/** The URL path of the page that tells one shelf of a kind's sources in full: `/sources/news/a-c/`. */
export function sourceShelfPath(kind: SourceKind, shelf: SourceShelf): string {
	return `${sourceKindPath(kind)}${shelf}/`;
}

/** Where a source is told in full, with the words read from it: `/sources/news/a-c/#cnbc-observer-seat`. */
export function sourcePath(source: { id: string; kind: SourceKind }): string {
	return `${sourceShelfPath(source.kind, sourceShelf(source.id))}#${source.id}`;
}

/** The page of one shelf of a kind's sources, as its heading, search results and llms.txt name it. */
export function shelfPage(kind: SourceKind, shelf: SourceShelf): { title: string; description: string } {
	const { title } = SOURCE_KIND_PAGES[kind];
	const label = shelfLabel(shelf);
	return { title: `${title}: ${label}`, description: `The ${title.toLowerCase()} whose names start with ${label}, each with the words read from it and what on the site cites it.` };
}

/** A kind's sources on their shelves, each shelf's by publisher (so a reader can scan for one); shelves with none are left out. */
export function shelvesOf<S extends { id: string; kind: SourceKind; publisher: string }>(sources: readonly S[], kind: SourceKind): Array<{ shelf: SourceShelf; sources: S[] }> {
	const ofKind = sources.filter((source) => source.kind === kind).sort((a, b) => a.publisher.localeCompare(b.publisher) || a.id.localeCompare(b.id));
	return SOURCE_SHELVES.map((shelf) => ({ shelf, sources: ofKind.filter((source) => sourceShelf(source.id) === shelf) })).filter(({ sources: shelved }) => shelved.length > 0);
}
