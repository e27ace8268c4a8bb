/** The schema of a citation of the source article: a block id that must exist in the seed. */
import { z } from 'astro/zod';

/**
 * A block id such as `p3`, checked against the ids the seed actually has. The error names the
 * id that was given and the ids that exist, so an editor can fix the frontmatter in one look.
 */
export function blockIdSchema(blockIds: readonly string[]) {
	const known = new Set(blockIds);
	return z.string().refine((id) => known.has(id), {
		error: (issue) =>
			`no block "${String(issue.input)}" in the source article; expected one of ${blockIds.join(', ')}`,
	});
}

/** A non-empty list of distinct block ids. */
export function blockIdsSchema(blockIds: readonly string[]) {
	return z
		.array(blockIdSchema(blockIds))
		.min(1, { error: 'expected at least one block id of the source article, e.g. [p1]' })
		.refine((ids) => new Set(ids).size === ids.length, { error: 'lists the same block id twice' });
}
