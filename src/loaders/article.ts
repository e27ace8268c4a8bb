/** Reads the seed article from disk and exposes it to Astro as the `article` collection, block ids pinned to their published words. */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { type Article, parseArticle } from '../lib/article.ts';
import { pinBlockIds } from '../lib/blockIds.ts';
import { readAnchorLock } from './anchorLock.ts';
import { watchedLoader } from './watchedLoader.ts';
import { ANCHOR_LOCK_FILE, SEED_FILE } from '../files.ts';

/** The id of the single entry of the `article` collection. */
export const ARTICLE_ENTRY_ID = 'source';

const PROJECT_ROOT = new URL('../../', import.meta.url);

/** Reads and parses the seed, turning a missing file into an error that says what to do; ids follow the lock. */
export function readArticle(file: string = SEED_FILE, root: URL = PROJECT_ROOT): Article {
	let text: string;
	try {
		text = readFileSync(new URL(file, root), 'utf8');
	} catch (cause) {
		throw new Error(`${file}: cannot read the source article (${(cause as NodeJS.ErrnoException).code ?? cause}); expected the plain-text article at this path`, { cause });
	}
	return pinBlockIds(parseArticle(text, file), readAnchorLock(root).blocks);
}

/** A loader with one entry, the parsed article; its schema is validated like any other collection's. */
export function articleLoader(file: string = SEED_FILE): Loader {
	return watchedLoader('article-loader', [file, ANCHOR_LOCK_FILE], async ({ store, parseData, generateDigest, config }) => {
		const article = readArticle(file, config.root);
		const data = await parseData({ id: ARTICLE_ENTRY_ID, data: { ...article } });
		store.clear();
		store.set({ id: ARTICLE_ENTRY_ID, data, filePath: file, digest: generateDigest(JSON.stringify(article)) });
	});
}
