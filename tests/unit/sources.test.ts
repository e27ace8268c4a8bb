import { expect, test } from 'vitest';
import { SOURCE_SHELVES, shelvesOf, sourcePath, sourceShelf } from '../../src/lib/sources.ts';

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

test('puts a kind’s sources on their shelves, each by publisher, leaving out empty shelves and other kinds', () => {
	const source = (id: string, publisher: string, kind: 'news' | 'primary' = 'news') => ({ id, publisher, kind });
	const shelves = shelvesOf([source('zdnet-x', 'ZDNet'), source('cnbc-b', 'CNBC'), source('axios-a', 'Axios'), source('openai-x', 'OpenAI', 'primary')], 'news');
	expect(shelves.map(({ shelf, sources }) => [shelf, sources.map((s) => s.id)])).toEqual([
		['a-c', ['axios-a', 'cnbc-b']],
		['s-z', ['zdnet-x']],
	]);
});
