/** /timeline.xml: the events of the timeline as an RSS feed, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { sortEvents } from '../lib/timeline.ts';
import { feedDate } from '../lib/timelineFeed.ts';
import { withBase } from '../utils/basePath.ts';

export const GET: APIRoute = async ({ site }) => {
	const page = (await getEntry('docs', 'timeline'))!;
	const events = sortEvents((await getCollection('events')).map((e) => e.data)).reverse();
	return rss({
		title: 'Timeline of the Microsoft–OpenAI partnership',
		description: page.data.description,
		// The channel's page is the timeline itself.
		site: new URL(withBase('/timeline/'), site),
		items: events.map((event) => ({
			title: event.title,
			link: withBase(`/timeline/#${event.id}`),
			pubDate: feedDate(event.date),
			description: event.summary,
			categories: [event.category],
		})),
		customData: '<language>en</language>',
		// Item links end in a #fragment, which must stay last.
		trailingSlash: false,
	});
};
