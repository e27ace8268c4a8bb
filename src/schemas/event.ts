/** The schema of a dated event of the partnership (`src/content/events.yaml`). */
import { z } from 'astro/zod';
import { buildDay, isCalendarDate, startsAfter } from '../lib/dates.ts';
import { blockIdSchema } from './citations.ts';
import { sourceCitationSchema } from './source.ts';
import { lineSchema } from './text.ts';

/** What an event is about; the timeline filters by it. `partner`: either side's other partners, clouds and backers; `oversight`: regulators and courts. */
export const EVENT_CATEGORIES = ['investment', 'infrastructure', 'model', 'product', 'agreement', 'governance', 'partner', 'oversight'] as const;

/** `2019`, `2019-07` or `2019-07-22`: a date written only as precisely as its sources give it. */
export const partialDateSchema = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
		error: 'expected an ISO date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD',
	})
	// 2023-02-30 parses as 2 March; only a real day reads back the same.
	.refine(isCalendarDate, { error: 'is not a day of the calendar' });

/** A partial date no later than the build's own day: what the record says has happened. */
export const pastDateSchema = partialDateSchema.refine((date) => !startsAfter(date), {
	error: (issue) => `${String(issue.input)} is after today (${buildDay()}); expected a date that has come`,
});

/** A passage of the source article: its block and the words of it that speak of the event. */
const articleCitationSchema = z.strictObject({
	block: blockIdSchema,
	quote: lineSchema,
});

export const eventSchema = z
	.strictObject({
		/** Permanent anchor on the timeline: the date, then a few words, e.g. `2019-07-22-microsoft-invests-1-billion`. */
		id: z.string().regex(/^\d{4}(-\d{2}){0,2}-[a-z0-9]+(-[a-z0-9]+)*$/, {
			error: 'expected the date then lowercase words joined by hyphens, e.g. 2019-07-22-microsoft-invests',
		}),
		date: partialDateSchema,
		/** An event announced for a date still to come (a trial, a launch): its date may be after the build's; shown as planned. */
		planned: z.boolean().default(false),
		/** How the article words a vague date ("Late 2025"); shown instead of the plain date. */
		label: lineSchema.optional(),
		title: lineSchema,
		summary: lineSchema,
		category: z.enum(EVENT_CATEGORIES),
		/** Product pages the event belongs to, by their file name under src/content/docs/products/. */
		products: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a product page name, e.g. github-copilot' })).default([]),
		/** Listed among the key milestones on the overview. */
		milestone: z.boolean().default(false),
		/** Where the article speaks of this very event: these earn the "In the article" mark. */
		article: z.array(articleCitationSchema).default([]),
		/** Claims of the article the event bears on without the article speaking of it, e.g. a date it gives otherwise. */
		context: z.array(articleCitationSchema).default([]),
		/** Public sources that establish the event (ids of src/content/sources.yaml), at least one with the words read. */
		sources: z.array(sourceCitationSchema).refine((sources) => sources.some((s) => s.quote !== undefined), {
			error: 'expected at least one source with a quote: the words of the source that establish the event',
		}),
		/** What the record says where the article is vague or wrong; shown on the timeline and beside the claim on pages. */
		correction: lineSchema.optional(),
	})
	.refine((event) => event.planned || !startsAfter(event.date), {
		error: (issue) => `${(issue.input as { date: string }).date} is after today (${buildDay()}); expected a date that has come, or "planned: true" for an event announced for then`,
		path: ['date'],
	})
	.refine((event) => event.id.startsWith(event.date), {
		error: (issue) => `the id must start with the event's date, ${(issue.input as { date: string }).date}`,
		path: ['id'],
	})
	.refine((event) => event.correction === undefined || event.article.length + event.context.length > 0, {
		error: 'a correction qualifies a claim of the article: cite that claim in "article" or "context"',
		path: ['correction'],
	});

export type TimelineEvent = z.output<typeof eventSchema>;
