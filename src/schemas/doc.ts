/** The frontmatter of a written page of the site (`src/content/docs/**.mdx`). */
import { z } from 'astro/zod';
import { buildDay, startsAfter } from '../lib/dates.ts';
import { cardLineSchema, lineSchema } from './text.ts';

/**
 * A day written `2026-11-24`, which YAML reads as a date. A bare year or a quoted string is refused rather than coerced
 * (2025 would be read as a moment of 1970); an impossible day (30 February) is refused at its line by the content
 * check, which reads the frontmatter as written (src/lib/citations.ts), since YAML has already moved it to March here.
 */
const pageDate = z
	.date({ error: 'expected a day written YYYY-MM-DD, without quotes, e.g. 2026-11-24' })
	.refine((date) => !startsAfter(date.toISOString().slice(0, 10)), { error: (issue) => `${(issue.input as Date).toISOString().slice(0, 10)} is after today (${buildDay()}); expected the day the page was written` });

export const docSchema = z
	.strictObject({
	/** The page's title: its `<h1>`, `<title>` and navigation label. */
	title: cardLineSchema,
	/** One or two sentences for search results, link previews and the overview's cards. */
	description: cardLineSchema.pipe(z.string().min(20).max(200)),
	/** Position among the pages of its navigation group; lower comes first. */
	order: z.number().int().nonnegative(),
	/** A shorter label for the sidebar, when the title is long. */
	navLabel: lineSchema.optional(),
	/** The day the page was first published (`2026-11-24`): the date of its citation and its `datePublished`. */
	published: pageDate,
	/** The day its text last changed in substance, when later than `published`: the date a citation of the page gives. */
	updated: pageDate.optional(),
})
	.refine((data) => data.updated === undefined || data.updated >= data.published, {
		path: ['updated'],
		message: 'expected a date on or after `published`',
	});
