/** The timeline's pure logic: ordering and grouping events, the no-JavaScript filters, and their checks. */
import type { ContentProblem, SourceLocation } from './contentProblems.ts';
import { dateYear } from './dates.ts';

/** What the timeline needs of an event. */
export interface DatedEvent {
	id: string;
	date: string;
	category: string;
}

/** Events in date order; events of the same date keep the order they were written in. */
export function sortEvents<T extends DatedEvent>(events: readonly T[]): T[] {
	return [...events].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The events dated from `from` to `to`, both inclusive at their own precision (`to: '2022'` takes in
 * every date of 2022), in date order.
 */
export function eventsBetween<T extends DatedEvent>(events: readonly T[], from: string, to: string): T[] {
	return sortEvents(events).filter((event) => event.date.slice(0, from.length) >= from && event.date.slice(0, to.length) <= to);
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

/** The checkbox filters: each keeps only the events that carry its data attribute. */
export const TIMELINE_FLAGS = [
	/** Events the article speaks of. */
	{ name: 'article', control: 'filter-article', attribute: 'data-in-article' },
	/** Events whose record corrects a vague or wrong claim of the article. */
	{ name: 'corrects', control: 'filter-corrects', attribute: 'data-corrects' },
] as const;

/**
 * The CSS that filters the timeline without JavaScript: a checked category radio or flag checkbox
 * hides the events that do not match. A chosen category also hides the years with none of its events.
 * Under a flag the year headings give way (every event shows its full date), since CSS cannot ask
 * whether a year still shows anything once several filters combine. Events carry `data-category`
 * and the flags' attributes; each year is a `.timeline-year`.
 */
export function timelineFilterCss(categories: readonly string[]): string {
	const checked = (id: string) => `:has(#${id}:checked)`;
	const rules: string[] = [];
	for (const flag of TIMELINE_FLAGS) rules.push(`.timeline${checked(flag.control)} [data-category]:not([${flag.attribute}]) { display: none; }`);
	for (const category of categories) {
		const chosen = `.timeline${checked(categoryControlId(category))}`;
		rules.push(
			`${chosen} [data-category]:not([data-category="${category}"]) { display: none; }`,
			`${chosen} .timeline-year:not(:has([data-category="${category}"])) { display: none; }`,
		);
	}
	const flagged = `.timeline:has(${TIMELINE_FLAGS.map((flag) => `#${flag.control}:checked`).join(', ')})`;
	rules.push(`${flagged} .timeline-year { margin-top: 0; }`, `${flagged} .timeline-year > :is(.heading-wrapper, .year-link) { display: none; }`);
	return rules.join('\n');
}

/** Problems with the product pages events name: each must be a page under `src/content/docs/products/`. */
export function checkEventProducts(
	events: ReadonlyArray<{ id: string; products: readonly string[]; at: SourceLocation }>,
	productPages: readonly string[],
): ContentProblem[] {
	return events.flatMap((event) =>
		event.products
			.filter((product) => !productPages.includes(product))
			.map((product) => ({
				at: event.at,
				message: `event "${event.id}": products lists "${product}", but there is no such product page; expected one of ${productPages.join(', ')}`,
			})),
	);
}

/** The page of one year of the timeline, as its heading, search results and llms.txt name it. */
export function yearPage(year: number, events: number): { title: string; description: string } {
	const count = events === 1 ? 'one event' : `${events} events`;
	return { title: `Timeline: ${year}`, description: `The partnership's ${count} of ${year}, each with the passages of the article it speaks of, its sources and what the record says.` };
}
