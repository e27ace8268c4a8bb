/** The timeline as data for machines: the JSON document served at /timeline.json, and the feed at /timeline.xml. */
import type { RSSOptions } from '@astrojs/rss';
import { datePrecision } from './dates.ts';
import { TIMELINE_TITLE } from '../routes.ts';

/** An event as the JSON and the feed publish it. */
export interface PublishedEvent {
	id: string;
	date: string;
	label?: string | undefined;
	title: string;
	summary: string;
	category: string;
	products: readonly string[];
	article: ReadonlyArray<{ block: string; quote: string }>;
	context: ReadonlyArray<{ block: string; quote: string }>;
	sources: ReadonlyArray<{ source: string; quote?: string | undefined }>;
	correction?: string | undefined;
}

/** What the JSON tells of an outside source. */
export interface PublishedSource {
	url: string;
	publisher: string;
	kind: string;
}

/**
 * The JSON document of the timeline. `url` fields are absolute; `precision` says how much of
 * `date` is known; article citations link to their block on the source page.
 */
export function timelineJson(events: readonly PublishedEvent[], sources: ReadonlyMap<string, PublishedSource>, page: URL, sourcePage: URL) {
	const passage = ({ block, quote }: { block: string; quote: string }) => ({ block, quote, url: new URL(`#${block}`, sourcePage).href });
	return {
		title: TIMELINE_TITLE,
		home_page_url: page.href,
		events: events.map((event) => ({
			id: event.id,
			url: new URL(`#${event.id}`, page).href,
			date: event.date,
			precision: datePrecision(event.date),
			label: event.label ?? null,
			title: event.title,
			summary: event.summary,
			category: event.category,
			products: event.products,
			in_article: event.article.map(passage),
			bears_on: event.context.map(passage),
			sources: event.sources.map(({ source, quote }) => {
				const { url, publisher, kind } = sources.get(source)!;
				return { url, publisher, kind, quote: quote ?? null };
			}),
			correction: event.correction ?? null,
		})),
	};
}

/** The RSS feed of the timeline (for @astrojs/rss), newest event first; `page` is the timeline's absolute address, `link` an event's path. */
export function timelineFeed(events: readonly PublishedEvent[], options: { description: string; page: URL; lang: string; link: (id: string) => string }): RSSOptions {
	return {
		title: TIMELINE_TITLE,
		description: options.description,
		// The channel's page is the timeline itself.
		site: options.page,
		items: events.toReversed().map((event) => ({
			title: event.title,
			link: options.link(event.id),
			pubDate: feedDate(event.date),
			description: event.summary,
			categories: [event.category],
		})),
		// @astrojs/rss writes customData as given; a language tag has no character to escape.
		customData: `<language>${options.lang}</language>`,
		// Item links end in a #fragment, which must stay last.
		trailingSlash: false,
	};
}

/** The day a feed reader sorts an event by: the first day of its month or year when the day is not known. */
function feedDate(date: string): Date {
	const precision = datePrecision(date);
	return new Date(`${date}${precision === 'year' ? '-01-01' : precision === 'month' ? '-01' : ''}T00:00:00Z`);
}
