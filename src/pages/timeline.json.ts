/** /timeline.json: every event with its dates, citations of the article and outside sources (shape in README). */
import type { APIRoute } from 'astro';
import { timelineJson } from '../lib/timelineFeed.ts';
import { withBase } from '../utils/basePath.ts';
import { ROUTES } from '../routes.ts';
import { getEvents, getSourcesById } from '../utils/collections.ts';

export const GET: APIRoute = async ({ site }) => {
	const events = await getEvents();
	const json = timelineJson(events, await getSourcesById(), new URL(withBase(ROUTES.timeline.path), site), new URL(withBase(ROUTES.source.path), site));
	return new Response(`${JSON.stringify(json, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
