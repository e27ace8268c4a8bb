// A page's link card: the same text always draws the same bytes, at the size the Open Graph tags declare, and a card
// drawn once is kept for the next build.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { keptCard, renderCard } from '../../src/lib/card.ts';

const text = { site: 'Microsoft × OpenAI', address: 'example.org', independence: 'Independent reference; not affiliated with Microsoft or OpenAI.', title: 'How the partnership evolved', description: 'From Azure in 2016 to the amended agreement of April 2026.' };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

test('draws a 1200 × 630 PNG, byte for byte the same each time', { timeout: 30_000 }, async () => {
	const [a, b] = [await renderCard(text), await renderCard({ ...text })];
	expect(Buffer.from(a).subarray(1, 4).toString()).toBe('PNG');
	expect([Buffer.from(a).readUInt32BE(16), Buffer.from(a).readUInt32BE(20)]).toEqual([1200, 630]);
	expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
	expect(Buffer.compare(Buffer.from(a), Buffer.from(await renderCard({ ...text, title: 'Another page' })))).not.toBe(0);
	// The site's address and what it is are drawn too: a card cannot pass for the companies' own.
	expect(Buffer.compare(Buffer.from(a), Buffer.from(await renderCard({ ...text, address: 'example.com' })))).not.toBe(0);
	expect(Buffer.compare(Buffer.from(a), Buffer.from(await renderCard({ ...text, independence: 'Something else.' })))).not.toBe(0);
});

test('keeps a card between builds under a key of its image, and draws another for other text', { timeout: 30_000 }, async () => {
	const dir = mkdtempSync(join(tmpdir(), 'cards-'));
	dirs.push(dir);
	const drawn = await keptCard(text, dir);
	expect(Buffer.compare(Buffer.from(drawn), Buffer.from(await renderCard(text)))).toBe(0);
	const [file] = readdirSync(dir);
	// What is kept is what the next build gives, without drawing it again.
	writeFileSync(join(dir, file!), 'kept');
	expect(Buffer.from(await keptCard({ ...text }, dir)).toString()).toBe('kept');
	await keptCard({ ...text, description: 'Something else entirely, at some length.' }, dir);
	expect(readdirSync(dir)).toHaveLength(2);
});
