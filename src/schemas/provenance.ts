/** The schema of the `provenance` collection: what cites each block of the article and each outside source. */
import { z } from 'astro/zod';

/** A place on the site that cites something: a page (its title and site path, without the base) or a section or event of it. */
const citingPlaceSchema = z.strictObject({
	page: z.string(),
	path: z.string().startsWith('/'),
	section: z.strictObject({ id: z.string(), title: z.string() }).optional(),
	/** For an event of the timeline, its date, so a list of many can name them briefly. */
	date: z.string().optional(),
	/** The words of what is cited that the place's citations quote. */
	quotes: z.array(z.string()),
	/** Whether the place says, in a correction note of its own, what the record says of the block. */
	corrects: z.boolean().optional(),
});

/** A block of the source article and every page section and event that rests on it. */
const blockProvenanceSchema = z.strictObject({
	kind: z.literal('block'),
	block: z.string(),
	citedBy: z.array(citingPlaceSchema),
});

/** An outside source, where it is cited and the words each citation quotes. */
const sourceProvenanceSchema = z.strictObject({
	kind: z.literal('source'),
	source: z.string(),
	places: z.array(citingPlaceSchema),
	quotes: z.array(z.string()),
});

export const provenanceSchema = z.discriminatedUnion('kind', [blockProvenanceSchema, sourceProvenanceSchema]);

export type ProvenanceEntry = z.infer<typeof provenanceSchema>;
export type CitingPlaceData = z.infer<typeof citingPlaceSchema>;

/** The entry ids of the collection: `block/p3`, `source/openai-gpt-4`. */
export const provenanceId = {
	block: (id: string) => `block/${id}`,
	source: (id: string) => `source/${id}`,
} as const;
