/** Reads the seed article from disk and exposes it to Astro as the `article` collection, block ids pinned to their published words. */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { type Article, parseArticle } from '../lib/article.ts';
import { pinBlockIds } from '../lib/blockIds.ts';
import { readAnchorLock } from './anchorLock.ts';
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
	return {
		name: 'article-loader',
		async load({ store, parseData, generateDigest, config, watcher, logger }) {
			const sync = async () => {
				const article = readArticle(file, config.root);
				const data = await parseData({ id: ARTICLE_ENTRY_ID, data: { ...article } });
				store.clear();
				store.set({ id: ARTICLE_ENTRY_ID, data, filePath: file, digest: generateDigest(JSON.stringify(article)) });
			};
			await sync();
			const paths = [file, ANCHOR_LOCK_FILE].map((f) => new URL(f, config.root).pathname);
			for (const path of paths) watcher?.add(path);
			watcher?.on('change', async (changed) => {
				if (!paths.includes(changed)) return;
				logger.info(`Reloading ${file}`);
				await sync();
			});
		},
	};
}
