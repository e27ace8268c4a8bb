import { describe, expect, test } from 'vitest';
import { cleanQuery, excerptDirective, normalizeWord, rankPassages, resultHref, resultsStatus, safeExcerpt } from '../../src/lib/search.ts';

/** A passage whose matched words are at `locations`, each scoring `score`. */
const passage = (title: string, locations: number[], score = 1) => ({ title, url: `/#${title}`, excerpt: '', weighted_locations: locations.map((location) => ({ location, balanced_score: score })) });

describe('cleanQuery', () => {
	test('folds whitespace and treats a blank query as no query', () => {
		expect(cleanQuery('  GitHub \n  Copilot ')).toBe('GitHub Copilot');
		expect(cleanQuery(' \t\n ')).toBe('');
	});

	test('cuts a very long query to 200 characters', () => {
		expect(cleanQuery('x'.repeat(1000))).toBe('x'.repeat(200));
		// Cut at 200 characters, which end in a space, then trimmed.
		expect(cleanQuery('a '.repeat(1000))).toBe('a '.repeat(99) + 'a');
	});
});

describe('rankPassages', () => {
	//               0       1   2       3      4   5        6   7      8   9
	const content = 'Azure hosts the models. Azure serves $13 billion and $1 billion.';

	test('puts the best-matching passage first, not the first on the page', () => {
		const ranked = rankPassages([passage('intro', [2]), passage('detail', [0, 4]), passage('aside', [5], 3)], content, 'azure', 2);
		expect(ranked.map((p) => p.title)).toEqual(['detail', 'aside']);
	});

	test('prefers the passage that has the query words exactly over one that only has longer words they begin', () => {
		// "$1" is also found in "$13" (Pagefind matches prefixes); the exact "$1 billion" must win.
		const ranked = rankPassages([passage('thirteen', [6, 7, 6, 7], 5), passage('one', [9, 10])], content, '$1 billion', 2);
		expect(ranked.map((p) => p.title)).toEqual(['one', 'thirteen']);
	});

	test('keeps page order between passages that match equally', () => {
		expect(rankPassages([passage('a', [0]), passage('b', [4])], content, 'azure', 5).map((p) => p.title)).toEqual(['a', 'b']);
	});
});

test('compares words without case or the punctuation around them', () => {
	expect(normalizeWord('“Billion.”')).toBe('billion');
	expect(normalizeWord('$13')).toBe('$13');
});

describe('safeExcerpt', () => {
	test('keeps the marks around matched words and neutralises any other tag', () => {
		expect(safeExcerpt('a <mark>match</mark> and <img src=x onerror=alert(1)>')).toBe('a <mark>match</mark> and &lt;img src=x onerror=alert(1)>');
	});
});

test('the status names the count and the query, how many are shown, and helps when nothing is found', () => {
	expect(resultsStatus(1, 1, 'azure')).toBe('1 result for “azure”');
	expect(resultsStatus(10, 8, 'azure')).toBe('10 results for “azure”, 8 shown');
	expect(resultsStatus(10, 10, 'azure')).toBe('10 results for “azure”');
	expect(resultsStatus(0, 0, 'xyzzy')).toMatch(/^No results for “xyzzy”\. Try fewer or other words/);
});

test('a result leads to the words its excerpt marks, with words around them from the same sentence', () => {
	expect(excerptDirective('The deal. Under the <mark>revenue</mark> <mark>share</mark> Microsoft receives 20% of it.')).toEqual({ prefix: 'Under the', start: 'revenue share', suffix: 'Microsoft receives' });
	// A sentence's end stops the context: a citation marker may follow it on the page.
	expect(excerptDirective('It grew. <mark>Azure</mark> ran it. Then it')).toEqual({ prefix: undefined, start: 'Azure', suffix: 'ran it.' });
	// A comma may be followed by a citation marker on the page, which the index leaves out.
	expect(excerptDirective('to 2019, <mark>when</mark> Microsoft, then')).toEqual({ prefix: undefined, start: 'when', suffix: 'Microsoft,' });
	expect(excerptDirective('OpenAI&#39;s <mark>Azure</mark>&#39;s')).toEqual({ prefix: "OpenAI's", start: 'Azure', suffix: undefined });
	expect(excerptDirective('Nothing marked')).toBeUndefined();
	// A full stop the index added after a heading is no part of the words, and nothing after it is context.
	expect(excerptDirective('<mark>Revenue</mark> <mark>share.</mark> The article')).toEqual({ prefix: undefined, start: 'Revenue share', suffix: undefined });
});

test('where text fragments are supported, a result address drops ?highlight= for a text fragment', () => {
	const url = '/themes/evolution/?highlight=total&highlight=cap#revenue-share';
	const result = { url, title: 'Revenue share', excerpt: 'continue through 2030 under a <mark>total</mark> <mark>cap.</mark> The' };
	expect(resultHref(result, 'highlight', true)).toBe('/themes/evolution/#revenue-share:~:text=under%20a-,total%20cap');
	expect(resultHref(result, 'highlight', false)).toBe(url);
	// Words with nothing around them would be marked wherever they first stand (the menu, say): the search script marks them.
	expect(resultHref({ url: '/timeline/?highlight=x', title: 'Timeline', excerpt: '<mark>x</mark>' }, 'highlight', true)).toBe('/timeline/?highlight=x');
	expect(resultHref({ url: '/a/?highlight=x#s', title: 'S', excerpt: 'one two <mark>x</mark> three' }, 'highlight', true)).toBe('/a/#s:~:text=one%20two-,x,-three');
	// Words that are the passage's heading: its address lands on them and marks them.
	expect(resultHref({ url, title: 'Revenue share', excerpt: '<mark>Revenue</mark> <mark>share.</mark> The article says' }, 'highlight', true)).toBe('/themes/evolution/#revenue-share');
});
