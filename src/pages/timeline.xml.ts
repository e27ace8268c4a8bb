/** /timeline.xml: the events of the timeline as an RSS feed, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { feedDate } from '../lib/timelineFeed.ts';
import { withBase } from '../utils/basePath.ts';
import { getEvents } from '../utils/collections.ts';

export const GET: APIRoute = async ({ site }) => {
	const page = (await getEntry('docs', 'timeline'))!;
	const events = (await getEvents()).reverse();
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
