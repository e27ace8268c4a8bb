/** The schema of a term of the partnership's agreements and how it changed (`src/content/terms.yaml`): a row of the terms table. */
import { z } from 'astro/zod';
import { dataCitationsSchema } from './dataCitation.ts';

/** What a term was after one agreement: a cell of the table, under the column of that agreement's event. */
const termStepSchema = z.strictObject({
	/** The timeline event of the agreement or statement that set the term so; its date is the column. */
	event: z.string().trim().min(1),
	/** The term as it stood from then on, in a few words. */
	state: z.string().trim().min(1).max(160),
	/** Whether the agreement restated the term as it was: the cell says so, cited, instead of marking a change. */
	reaffirmed: z.boolean().default(false),
	/** Whether the state rests on press reports only (unnamed sources, documents seen by reporters), not on the companies' words. */
	reported: z.boolean().default(false),
	cite: dataCitationsSchema,
});

export const termSchema = z.strictObject({
	/** The row's permanent address on the terms page (`#term-cloud`): lowercase words joined by hyphens. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected lowercase words joined by hyphens, e.g. cloud' }),
	/** The term as a row heading: "Where OpenAI's workloads run". */
	term: z.string().trim().min(1).max(80),
	/** Its steps in date order; a column with no step keeps the state before it. */
	steps: z.array(termStepSchema).min(1, { error: 'expected at least one step: what the term was after some agreement' }),
});

export type Term = z.output<typeof termSchema>;
