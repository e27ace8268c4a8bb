import { expect, test } from 'vitest';
import { SOURCE_SHELVES, sourcePath, sourceShelf } from '../../src/lib/sources.ts';

test('shelves a source by the first letter of its id, which never changes, so its page never moves', () => {
	expect(sourceShelf('cnbc-observer-seat')).toBe('a-c');
	expect(sourceShelf('reuters-2026-amendment')).toBe('n-r');
	expect(sourceShelf('zdnet-2023')).toBe('s-z');
	expect(sourceShelf('9to5mac-copilot')).toBe(SOURCE_SHELVES[0]);
	expect(sourcePath({ id: 'openai-gpt-4', kind: 'primary' })).toBe('/sources/primary/n-r/#openai-gpt-4');
});

test('puts every letter on exactly one shelf, in order', () => {
	const letters = 'abcdefghijklmnopqrstuvwxyz'.split('');
	const shelves = letters.map((letter) => sourceShelf(`${letter}-source`));
	expect(new Set(shelves)).toEqual(new Set(SOURCE_SHELVES));
	expect(shelves).toEqual([...shelves].sort());
});
