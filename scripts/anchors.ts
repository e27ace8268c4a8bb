// Reads the addresses a built site publishes; `npm run anchors:lock` adds new ones to the committed lock.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AnchorLock, extendLock, pageAnchors } from '../src/lib/anchors.ts';

/** The committed list of every published page and fragment. */
export const LOCK_FILE = 'tests/site/published-anchors.json';

/** Every built page of `dir` (by site path, without the base) with its published and existing ids. */
export function readBuiltAnchors(dir: string): Record<string, ReturnType<typeof pageAnchors>> {
	const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.replaceAll('\\', '/'))
		.filter((file) => file === 'index.html' || file.endsWith('/index.html'))
		.sort();
	return Object.fromEntries(pages.map((file) => [`/${file.replace(/index\.html$/, '')}`, pageAnchors(readFileSync(join(dir, file), 'utf8'))]));
}

export function readLock(): AnchorLock {
	return JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as AnchorLock;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const built = readBuiltAnchors(process.argv[2] ?? 'dist');
	const published = Object.fromEntries(Object.entries(built).map(([path, page]) => [path, page.published]));
	let lock: AnchorLock = {};
	try {
		lock = readLock();
	} catch {
		// No lock yet: this build's addresses become the first published set.
	}
	const next = extendLock(lock, published);
	writeFileSync(LOCK_FILE, `${JSON.stringify(next, null, '\t')}\n`);
	const count = (l: AnchorLock) => Object.values(l).reduce((n, ids) => n + ids.length, 0);
	console.log(`${LOCK_FILE}: ${Object.keys(next).length} pages, ${count(next)} fragments (${count(next) - count(lock)} new)`);
}
