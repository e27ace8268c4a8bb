/** The money page's figures as rows of its data files, read from the collection once per build. */
import { getCollection } from 'astro:content';
import { type FIGURE_FIELDS, figureRecord } from '../lib/figures.ts';
import { figureRowId } from '../lib/generatedIds.ts';
import { blockPath, eventPath } from '../routes.ts';
import { FIGURE_MEASURES } from '../schemas/money.ts';
import { withBase } from './basePath.ts';
import { getEventsById, getSourcesById } from './collections.ts';

/** The page that shows the figures. */
const MONEY_PAGE = '/record/money/';

/** A figure's outside sources as a data file gives them: who published each, its address, and the words read. */
export interface FigureSource {
	publisher: string;
	url: string;
	quote: string | null;
}

/**
 * Every figure in date order within its measure, as a record of the data files' fields plus its sources: an
 * outside source directly, an event by its address on the timeline, a passage of the article by its address.
 */
export async function figureRows(site: URL | undefined): Promise<Array<Record<(typeof FIGURE_FIELDS)[number], string | number | boolean> & { sources: FigureSource[] }>> {
	const [entries, sources, events] = await Promise.all([getCollection('money'), getSourcesById(), getEventsById()]);
	const absolute = (path: string) => new URL(withBase(path), site).href;
	return entries
		.map((entry) => entry.data)
		.sort((a, b) => a.measure.localeCompare(b.measure) || a.date.localeCompare(b.date))
		.map((figure) => ({
			...figureRecord(figure, absolute(`${MONEY_PAGE}#${figureRowId(figure.id)}`), FIGURE_MEASURES[figure.measure].unit),
			sources: figure.cite.map((cite): FigureSource => {
				if ('source' in cite) {
					const source = sources.get(cite.source)!;
					return { publisher: source.publisher, url: source.url, quote: cite.quote };
				}
				if ('block' in cite) return { publisher: 'The source article', url: absolute(blockPath(cite.block)), quote: cite.quote };
				return { publisher: `Timeline: ${events.get(cite.event)!.title}`, url: absolute(eventPath(cite.event)), quote: null };
			}),
		}));
}
