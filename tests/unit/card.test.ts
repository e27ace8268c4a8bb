// A page's link card: the same text always draws the same bytes, at the size the Open Graph tags declare.
import { expect, test } from 'vitest';
import { cardKey, renderCard } from '../../src/lib/card.ts';

const text = { site: 'Microsoft × OpenAI', title: 'How the partnership evolved', description: 'From Azure in 2016 to the amended agreement of April 2026.' };

test('draws a 1200 × 630 PNG, byte for byte the same each time', { timeout: 30_000 }, async () => {
	const [a, b] = [await renderCard(text), await renderCard({ ...text })];
	expect(Buffer.from(a).subarray(1, 4).toString()).toBe('PNG');
	expect([Buffer.from(a).readUInt32BE(16), Buffer.from(a).readUInt32BE(20)]).toEqual([1200, 630]);
	expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
	expect(Buffer.compare(Buffer.from(a), Buffer.from(await renderCard({ ...text, title: 'Another page' })))).not.toBe(0);
});

test('keeps a card between builds under a key of its text', () => {
	expect(cardKey(text)).toBe(cardKey({ ...text }));
	expect(cardKey(text)).not.toBe(cardKey({ ...text, description: 'Something else entirely, at some length.' }));
});
