/** The schema of the parsed source article, the single entry of the `article` collection. */
import { z } from 'astro/zod';

const blockSchema = z.strictObject({
	id: z.string().regex(/^p\d+$/),
	kind: z.enum(['paragraph', 'list-item']),
	text: z.string().min(1),
	line: z.number().int().positive(),
});

const sectionSchema = z.strictObject({
	id: z.string().min(1),
	heading: z.string().nullable(),
	blocks: z.array(blockSchema).min(1),
});

export const articleSchema = z.strictObject({
	title: z.string().min(1),
	sections: z.array(sectionSchema).min(1),
});
