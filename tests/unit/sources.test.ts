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

test('a source address is https://host/… as written, without credentials or a look-alike host, and one page is one address', async () => {
	const { sameAddress, sourceSchema } = await import('../../src/schemas/source.ts');
	const url = (value: string) => sourceSchema.safeParse({ id: 'a', publisher: 'P', kind: 'news', url: value }).success;
	expect(url('https://openai.com/index/gpt-4/')).toBe(true);
	expect(url('https://xn--penai-hsa.com/')).toBe(true);
	for (const bad of ['https:/openai.com/x', 'https://:@openai.com/x', 'https://user@openai.com/', 'https://оpenai.com/x', 'https://openai.com/a b', 'http://openai.com/']) expect(url(bad), bad).toBe(false);
	const same = ['https://openai.com/index/x/', 'https://OpenAI.com:443/index/./x/', 'https://openai.com/index/x#top', 'https://openai.com/index/x'].map(sameAddress);
	expect(new Set(same).size).toBe(1);
});
