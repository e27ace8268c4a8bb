/** The schema of an anchor alias (`src/content/anchor-aliases.yaml`): an old fragment of a page and its new one. */
import { z } from 'astro/zod';

const fragmentAddress = z.string().regex(/^\/([a-z0-9-]+\/)*#[A-Za-z0-9][\w-]*$/, {
	error: 'expected a site path with a fragment, e.g. /themes/azure/#more-than-funding',
});

export const anchorAliasSchema = z
	.strictObject({
		/** The address that was published. */
		from: fragmentAddress,
		/** Where that section is now. */
		to: fragmentAddress,
	})
	.refine(({ from, to }) => from.split('#')[0] === to.split('#')[0], {
		error: 'an alias keeps a fragment on its own page: "from" and "to" must have the same path',
	});
