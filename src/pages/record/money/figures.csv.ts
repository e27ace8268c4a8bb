/** /record/money/figures.csv: the money page's figures, one row each, for a spreadsheet; `sources` lists their addresses. */
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { FIGURE_FIELDS } from '../../../lib/figures.ts';
import { figureRows } from '../../../utils/figures.ts';

export const GET: APIRoute = async ({ site }) => {
	const rows = (await figureRows(site)).map(({ sources, ...row }) => ({ ...row, sources: sources.map((source) => source.url).join(' ') }));
	const csv = stringify(rows, { header: true, columns: [...FIGURE_FIELDS, 'sources'], cast: { boolean: (value) => String(value) } });
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
