// Block ids of the source article follow their published words, not their position.
import { expect, test } from 'vitest';
import { articleBlocks, parseArticle } from '../../src/lib/article.ts';
import { blockHash, changedBlocks, pinBlockIds } from '../../src/lib/blockIds.ts';

const lockOf = (...texts: string[]) => Object.fromEntries(texts.map((text, i) => [`p${i + 1}`, { hash: blockHash(text), words: text }]));
const ids = (text: string, lock: ReturnType<typeof lockOf>) => articleBlocks(pinBlockIds(parseArticle(text), lock)).map((b) => `${b.id}:${b.text}`);

test('without a lock, blocks are numbered in reading order', () => {
	expect(ids('Title\nOne.\nTwo.\n', {})).toEqual(['p1:One.', 'p2:Two.']);
});

test('an inserted block takes a new number; the published ones keep theirs', () => {
	expect(ids('Title\nOne.\nNew.\nTwo.\n', lockOf('One.', 'Two.'))).toEqual(['p1:One.', 'p3:New.', 'p2:Two.']);
});

test('typography does not change a block’s hash', () => {
	expect(blockHash('It’s “here” — now')).toBe(blockHash('It\'s "here" - now'));
});

test('a rewritten block’s old id is reported with what now stands in its place, unless an alias keeps it', () => {
	const blocks = articleBlocks(pinBlockIds(parseArticle('Title\nOne.\nTwo, rewritten.\n'), lockOf('One.', 'Two.')));
	expect(blocks.map((b) => b.id)).toEqual(['p1', 'p3']);
	expect(changedBlocks(blocks, lockOf('One.', 'Two.'), new Set()).map((c) => [c.id, c.was, c.nowAt?.id])).toEqual([['p2', 'Two.', 'p3']]);
	expect(changedBlocks(blocks, lockOf('One.', 'Two.'), new Set(['p2']))).toEqual([]);
});
