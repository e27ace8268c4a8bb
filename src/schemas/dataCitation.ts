/** The schema of a citation written in a data file (the terms, the money): the same three kinds a page's <Cite> has. */
import { z } from 'astro/zod';
import { blockIdSchema } from './citations.ts';
import { sourceIdSchema } from './source.ts';
import { lineSchema } from './text.ts';

const words = lineSchema;

/** A passage of the source article (`block` + `quote`), an outside source with the words read (`source` + `quote`), or a timeline event. */
const dataCitationSchema = z.union(
	[
		z.strictObject({ block: blockIdSchema, quote: words }),
		z.strictObject({ source: sourceIdSchema, quote: words }),
		z.strictObject({ event: z.string().trim().min(1) }),
	],
	{ error: 'expected a citation: {block: p3, quote: …}, {source: <id of sources.yaml>, quote: …} or {event: <id of events.yaml>}' },
);

/**
 * The citations of one statement of a data file: at least one that names the words it rests on, so a
 * reader can check the statement without following an event to its sources.
 */
export const dataCitationsSchema = z.array(dataCitationSchema).refine((cites) => cites.some((cite) => 'quote' in cite), {
	error: 'expected at least one citation with a quote: the words of the article or of a source the statement rests on',
});

export type DataCitation = z.output<typeof dataCitationSchema>;
