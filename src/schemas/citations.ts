/** The schema of a reference to a block of the source article, e.g. `p3`. */
import { z } from 'astro/zod';

/**
 * A block id's form only: whether the block exists, and whether its words still say what a page
 * claims, is checked once for the whole site by the provenance collection.
 */
export const blockIdSchema = z.string().regex(/^p[1-9]\d*$/, { error: 'expected a block id of the source article, e.g. p3' });

