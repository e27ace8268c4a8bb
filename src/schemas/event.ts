/** The schema of a dated event of the partnership (`src/content/events.yaml`). */
import { z } from 'astro/zod';
import { blockIdsSchema } from './citations.ts';

export const EVENT_CATEGORIES = ['investment', 'infrastructure', 'model', 'product', 'agreement', 'governance'] as const;

/** `2019`, `2019-07` or `2019-07-22`: a date written only as precisely as its sources give it. */
export const partialDateSchema = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
		error: 'expected an ISO date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD',
	})
	.refine((value) => value.length < 10 || new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
		error: 'is not a day of the calendar',
	});

export const eventSchema = z.strictObject({
	/** Permanent anchor on the timeline: the date, then a few words, e.g. `2019-microsoft-invests-1-billion`. */
	id: z.string().regex(/^\d{4}(-\d{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$/, {
		error: 'expected the date then lowercase words joined by hyphens, e.g. 2019-microsoft-invests',
	}),
	date: partialDateSchema,
	/** How the article words a vague date ("Late 2025"); shown instead of the plain date. */
	label: z.string().trim().min(1).optional(),
	title: z.string().trim().min(1),
	summary: z.string().trim().min(1),
	category: z.enum(EVENT_CATEGORIES),
	/** The blocks of the source article that speak of this event. */
	sources: blockIdsSchema,
});
