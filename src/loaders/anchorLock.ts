/**
 * The one reader of the anchor lock (src/content/published-anchors.json): every address the site has published, the
 * words each article block id was published for, and the first words of each section a heading's id was published for.
 * It fails loudly on a file it cannot read or whose shape is wrong, so nothing rewrites a lock it did not understand.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { ANCHOR_LOCK_FILE } from '../files.ts';

const PROJECT_ROOT = new URL('../../', import.meta.url);

const anchorLockSchema = z.strictObject({
	/** Each page's published fragment ids, by URL path. */
	pages: z.record(z.string(), z.array(z.string())),
	/** Each published block id of the article, with a hash of its words and their start. */
	blocks: z.record(z.string().regex(/^p\d+$/), z.strictObject({ hash: z.string(), words: z.string() })),
	/** For each page, the first words of the section each heading id was published for (none for a heading over no prose). */
	sections: z.record(z.string(), z.record(z.string(), z.string())).default({}),
});

export type AnchorLockFile = z.output<typeof anchorLockSchema>;

export function readAnchorLock(root: URL = PROJECT_ROOT): AnchorLockFile {
	let text: string;
	try {
		text = readFileSync(new URL(ANCHOR_LOCK_FILE, root), 'utf8');
	} catch (cause) {
		throw new Error(`${ANCHOR_LOCK_FILE}: cannot read the anchor lock (${(cause as NodeJS.ErrnoException).code ?? cause}); expected the committed file (a new site starts from {"pages": {}, "blocks": {}})`, { cause });
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (cause) {
		throw new Error(`${ANCHOR_LOCK_FILE}: not valid JSON (${(cause as Error).message}); expected the file as npm run anchors:lock writes it`, { cause });
	}
	const result = anchorLockSchema.safeParse(data);
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new Error(`${ANCHOR_LOCK_FILE}: field "${issue.path.join('.')}": ${issue.message}; expected the file as npm run anchors:lock writes it`);
	}
	return result.data;
}
