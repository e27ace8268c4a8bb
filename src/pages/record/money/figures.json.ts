/** /record/money/figures.json: the money page's figures with their sources, the same entries as its table and charts. */
import type { APIRoute } from 'astro';
import { figureRows } from '../../../utils/figures.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(`${JSON.stringify({ figures: await figureRows(site) }, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
