/** The schema of a figure of the money between Microsoft and OpenAI (`src/content/money.yaml`): a row of the money table and a bar of its charts. */
import { z } from 'astro/zod';
import { dataCitationsSchema } from './dataCitation.ts';
import { pastDateSchema } from './event.ts';

/** How a figure is known: a filing or the companies' own statement, or press reports only. */
const FIGURE_BASES = ['filed', 'stated', 'reported'] as const;

/** What a figure measures; each measure is one chart. */
export const FIGURE_MEASURES = {
	/** Money Microsoft put in or committed, in billions of US dollars. */
	money: { unit: 'billion US dollars' },
	/** Microsoft's share of OpenAI, in percent. */
	stake: { unit: 'percent' },
} as const;

export const figureSchema = z.strictObject({
	/** The row's permanent address on the money page (`#figure-first-investment`). */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected lowercase words joined by hyphens, e.g. first-investment' }),
	/** When the figure held or was made: as precise as its sources allow. */
	date: pastDateSchema,
	measure: z.enum(Object.keys(FIGURE_MEASURES) as [keyof typeof FIGURE_MEASURES]),
	/** The bar's label: what the figure is, in a few words ("Invested in 2021"). */
	label: z.string().trim().min(1).max(60),
	/** In the measure's unit: billions of US dollars, or percent. */
	amount: z.number().positive(),
	/** Whether the sources give the amount as an approximation ("about $10 billion"). */
	approximate: z.boolean().default(false),
	basis: z.enum(FIGURE_BASES),
	/** One sentence on what the figure is and how it is known, shown in the table. */
	note: z.string().trim().min(1).max(300),
	cite: dataCitationsSchema,
});

export type Figure = z.output<typeof figureSchema>;
export type FigureBasis = (typeof FIGURE_BASES)[number];
export type FigureMeasure = keyof typeof FIGURE_MEASURES;
