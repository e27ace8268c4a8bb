/** /timeline.xml: the events of the timeline as an RSS feed, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { feedDate } from '../lib/timelineFeed.ts';
import { withBase } from '../utils/basePath.ts';
import { ROUTES, TIMELINE_TITLE, eventPath } from '../routes.ts';
import { getEvents } from '../utils/collections.ts';

export const GET: APIRoute = async ({ site }) => {
	const page = (await getEntry('docs', 'timeline'))!;
	const events = (await getEvents()).toReversed();
	return rss({
		title: TIMELINE_TITLE,
		description: page.data.description,
		// The channel's page is the timeline itself.
		site: new URL(withBase(ROUTES.timeline.path), site),
		items: events.map((event) => ({
			title: event.title,
			link: withBase(eventPath(event.id)),
			pubDate: feedDate(event.date),
			description: event.summary,
			categories: [event.category],
		})),
		customData: '<language>en</language>',
		// Item links end in a #fragment, which must stay last.
		trailingSlash: false,
	});
};
