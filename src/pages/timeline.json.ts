/** /timeline.json: every event with its dates, citations of the article and outside sources (shape in README). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { timelineJson } from '../lib/timelineFeed.ts';
import { sortEvents } from '../lib/timeline.ts';
import { withBase } from '../utils/basePath.ts';

export const GET: APIRoute = async ({ site }) => {
	const events = sortEvents((await getCollection('events')).map((e) => e.data));
	const json = timelineJson(events, new URL(withBase('/timeline/'), site), new URL(withBase('/source/'), site));
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
