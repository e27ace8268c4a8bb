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

/** Where a source is described: `/sources/news/#cnbc-observer-seat`. */
export function sourcePath(source: { id: string; kind: SourceKind }): string {
	return `${sourceKindPath(source.kind)}#${source.id}`;
}
