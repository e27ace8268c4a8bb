// Reads the addresses a built site publishes; `npm run anchors:lock` adds new ones to the committed lock, never dropping one.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleBlocks } from '../src/lib/article.ts';
import { type AnchorLock, extendLock, pageAnchors } from '../src/lib/anchors.ts';
import { type BlockLock, blockHash, blockWords } from '../src/lib/blockIds.ts';
import { type AnchorLockFile, readAnchorLock } from '../src/loaders/anchorLock.ts';
import { readSiteProvenance } from '../src/loaders/siteContent.ts';
import { readArticle } from '../src/loaders/article.ts';
import { ANCHOR_LOCK_FILE } from '../src/files.ts';

type SectionLock = AnchorLockFile['sections'];

/** The committed list of every published page and fragment, the words of each published block, and each section's first words. */
export const LOCK_FILE = ANCHOR_LOCK_FILE;

/** Every built page of `dir` (by site path, without the base) with its published and existing ids. */
export function readBuiltAnchors(dir: string): Record<string, ReturnType<typeof pageAnchors>> {
	const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.replaceAll('\\', '/'))
		.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
		.sort();
	return Object.fromEntries(pages.map((file) => [`/${file.replace(/index\.html$/, '')}`, pageAnchors(readFileSync(join(dir, file), 'utf8'))]));
}

/** The published pages and their fragments. */
export function readLock(): AnchorLock {
	return readAnchorLock().pages;
}

/**
 * The lock with the article's blocks added: a new block is locked to its words; a block already locked
 * is never changed (its id was published for those words), so a mismatch is an error, not an update.
 */
export function extendBlockLock(lock: BlockLock, blocks: ReadonlyArray<{ id: string; text: string }>): BlockLock {
	const next: BlockLock = { ...lock };
	for (const block of blocks) {
		const hash = blockHash(block.text);
		const locked = lock[block.id];
		if (locked && locked.hash !== hash) {
			throw new Error(`${LOCK_FILE}: block ${block.id} was published for "${locked.words}" but now holds "${blockWords(block.text)}"; the lock never rewrites a published block (see the build's message for the alias to add)`);
		}
		next[block.id] ??= { hash, words: blockWords(block.text) };
	}
	return Object.fromEntries(Object.entries(next).sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1))));
}

/**
 * The section lock with each heading's current first words: the build has checked that none took another section's
 * address (src/loaders/siteContent.ts), so words rewritten in place are recorded; an id no longer on a page keeps its words.
 */
export function extendSectionLock(lock: SectionLock, pages: ReadonlyArray<{ path: string; citations: { headings: ReadonlyArray<{ id: string; words: string }> } }>): SectionLock {
	const next: SectionLock = { ...lock };
	for (const page of pages) {
		const current = Object.fromEntries(page.citations.headings.filter((heading) => heading.words !== '').map((heading) => [heading.id, heading.words]));
		const merged = { ...lock[page.path], ...current };
		if (Object.keys(merged).length > 0) next[page.path] = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
	}
	return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const built = readBuiltAnchors(process.argv[2] ?? 'dist');
	const published = Object.fromEntries(Object.entries(built).map(([path, page]) => [path, page.published]));
	const lock = readAnchorLock();
	const pages = extendLock(lock.pages, published);
	const blocks = extendBlockLock(lock.blocks, articleBlocks(readArticle()));
	const sections = extendSectionLock(lock.sections, readSiteProvenance(new URL('../', import.meta.url)).pages);
	writeFileSync(LOCK_FILE, `${JSON.stringify({ pages, blocks, sections }, null, '\t')}\n`);
	const count = (l: AnchorLock) => Object.values(l).reduce((n, ids) => n + ids.length, 0);
	console.log(
		`${LOCK_FILE}: ${Object.keys(pages).length} pages, ${count(pages)} fragments (${count(pages) - count(lock.pages)} new); ` +
			`${Object.keys(blocks).length} blocks of the article (${Object.keys(blocks).length - Object.keys(lock.blocks).length} new)`,
	);
}
