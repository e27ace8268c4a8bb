/** The timeline's pure logic: ordering and grouping events, the no-JavaScript filters, and their checks. */
import type { CitationProblem, SourceLocation } from './citations.ts';
import { dateYear } from './dates.ts';

/** What the timeline needs of an event. */
export interface DatedEvent {
	id: string;
	date: string;
	category: string;
	article: readonly unknown[];
}

/** Events in date order; events of the same date keep the order they were written in. */
export function sortEvents<T extends DatedEvent>(events: readonly T[]): T[] {
	return [...events].sort((a, b) => a.date.localeCompare(b.date));
}

/** Events in date order, grouped by calendar year. */
export function groupByYear<T extends DatedEvent>(events: readonly T[]): Array<{ year: number; events: T[] }> {
	const years = new Map<number, T[]>();
	for (const event of sortEvents(events)) {
		const year = dateYear(event.date);
		years.set(year, [...(years.get(year) ?? []), event]);
	}
	return [...years].map(([year, grouped]) => ({ year, events: grouped }));
}

/** The id of the filter control for a category (`filter-investment`), or for "all". */
export const categoryControlId = (category: string) => `filter-${category}`;
/** The id of the "only what the article says" control. */
export const ARTICLE_CONTROL_ID = 'filter-article';

/**
 * The CSS that filters the timeline without JavaScript: a checked category radio or the article
 * checkbox hides the events, and the years, that do not match. Events carry `data-category` and,
 * when the article speaks of them, `data-in-article`; each year is a `.timeline-year`.
 */
export function timelineFilterCss(categories: readonly string[]): string {
	const article = `:has(#${ARTICLE_CONTROL_ID}:checked)`;
	const rules = [
		`.timeline${article} .timeline-event:not([data-in-article]) { display: none; }`,
		`.timeline${article} .timeline-year:not(:has(.timeline-event[data-in-article])) { display: none; }`,
	];
	for (const category of categories) {
		const chosen = `:has(#${categoryControlId(category)}:checked)`;
		const match = `.timeline-event[data-category="${category}"]`;
		rules.push(
			`.timeline${chosen} .timeline-event:not([data-category="${category}"]) { display: none; }`,
			`.timeline${chosen} .timeline-year:not(:has(${match})) { display: none; }`,
			`.timeline${chosen}${article} .timeline-year:not(:has(${match}[data-in-article])) { display: none; }`,
		);
	}
	return rules.join('\n');
}

/** Problems with the product pages events name: each must be a page under `src/content/docs/products/`. */
export function checkEventProducts(
	events: ReadonlyArray<{ id: string; products: readonly string[]; at: SourceLocation }>,
	productPages: readonly string[],
): CitationProblem[] {
	return events.flatMap((event) =>
		event.products
			.filter((product) => !productPages.includes(product))
			.map((product) => ({
				at: event.at,
				message: `event "${event.id}": products lists "${product}", but there is no such product page; expected one of ${productPages.join(', ')}`,
			})),
	);
}
