/** /timeline.xml: the events of the timeline as an RSS feed, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { timelineFeed } from '../lib/timelineFeed.ts';
import { withBase } from '../utils/basePath.ts';
import { ROUTES, eventPath } from '../routes.ts';
import { SITE } from '../site.ts';
import { getEvents } from '../utils/collections.ts';

export const GET: APIRoute = async ({ site }) => {
	const page = (await getEntry('docs', 'timeline'))!;
	return rss(
		timelineFeed(await getEvents(), {
			description: page.data.description,
			page: new URL(withBase(ROUTES.timeline.path), site),
			lang: SITE.lang,
			link: (id) => withBase(eventPath(id)),
		}),
	);
};
