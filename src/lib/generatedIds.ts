/** The element ids the layouts and components generate on a written page, written once, so a heading cannot take one. */
import { PERMALINK_LABEL_ID } from '../site.ts';

/** Fixed ids of the page's frame and of the sections the routes add after the MDX. */
export const GENERATED_IDS = {
	main: 'main',
	pageSources: 'page-sources',
	permalinkLabel: PERMALINK_LABEL_ID,
	keyMilestones: 'key-milestones',
	onTheTimeline: 'on-the-timeline',
	exploreTheSite: 'explore-the-site',
	inThisSection: 'in-this-section',
	/** The source article's own title, on /source/. */
	articleTitle: 'article-title',
} as const;

/** The id of the n-th citation's passage on a page (`cite-3`), and of its label (`cite-3-source`). */
export function citationId(n: number): string {
	return `cite-${n}`;
}

/** The row of a term on the terms page: `term-cloud`. */
export function termRowId(term: string): string {
	return `term-${term}`;
}

/** The column of an agreement on the terms page, by its event's date: `at-2019-07-22`. */
export function agreementColumnId(date: string): string {
	return `at-${date}`;
}

/** The row of a figure on the money page: `figure-first-investment`. */
export function figureRowId(figure: string): string {
	return `figure-${figure}`;
}

/** Ids made from a pattern: citation pop-ups, years of the timeline, blocks of the article, rows and columns of the data tables. */
const GENERATED_PATTERNS: ReadonlyArray<{ pattern: RegExp; by: string }> = [
	{ pattern: /^cite-\d+(-source)?$/, by: 'citations (<Cite>)' },
	{ pattern: /^year-\d{4}$/, by: 'the timeline’s years' },
	{ pattern: /^p\d+(-cited-by)?$/, by: 'the blocks of the source article' },
	{ pattern: /^search-(dialog|page)-/, by: 'the search' },
	{ pattern: /^(term|figure)-|^at-\d{4}/, by: 'the rows and columns of the terms and money tables' },
];

/** What generates `id` on a written page, if anything does; a heading or element of the MDX must not take it. */
export function generatedBy(id: string): string | undefined {
	if ((Object.values(GENERATED_IDS) as string[]).includes(id)) return 'a section the layout adds';
	return GENERATED_PATTERNS.find(({ pattern }) => pattern.test(id))?.by;
}
