import { expect, test } from 'vitest';
import { directiveFor, formatDirective, matchDirective, outsideDirective, parseTextDirectives, passageIn, withTextDirectives } from '../../src/lib/textFragment.ts';

test('finds the words a quote stands for as the text has them, quote marks and dashes included', () => {
	const text = 'It is “a deep, multifaceted alliance” — OpenAI’s words.';
	expect(passageIn(text, '"a deep, multifaceted alliance" - OpenAI\'s')).toBe('“a deep, multifaceted alliance” — OpenAI’s');
	expect(passageIn(text, 'deep,   multifaceted')).toBe('deep, multifaceted');
	expect(passageIn(text, 'eep, multi')).toBeUndefined();
	expect(passageIn(text, 'shallow alliance')).toBeUndefined();
});

test('encodes the characters that separate the parts of a directive, and reads them back', () => {
	const directive = { prefix: 'GPT-3', start: 'a leap, forward', end: 'R&D', suffix: '-ish' };
	const formatted = formatDirective(directive);
	expect(formatted).toBe('text=GPT%2D3-,a%20leap%2C%20forward,R%26D,-%2Dish');
	expect(parseTextDirectives(`#p3:~:${formatted}&text=second`)).toEqual([directive, { prefix: undefined, start: 'second', end: undefined, suffix: undefined }]);
	expect(parseTextDirectives('#p3')).toEqual([]);
});

test('adds directives after an address fragment, or after an empty one', () => {
	expect(withTextDirectives('/source/#p3', [{ start: 'a b' }, { start: 'c' }])).toBe('/source/#p3:~:text=a%20b&text=c');
	expect(withTextDirectives('https://example.org/page', [{ start: 'words' }])).toBe('https://example.org/page#:~:text=words');
	expect(withTextDirectives('/source/#p3', [])).toBe('/source/#p3');
});

test('matches as a browser does: whole words, any case, start to end, within a block for each part', () => {
	const text = 'Azure cloud.\nThe Azure OpenAI Service offers models.\nAzures of old.';
	expect(matchDirective(text, { start: 'azure openai' })).toEqual([[17, 29]]);
	expect(matchDirective(text, { start: 'Azure' }).length).toBe(2);
	expect(matchDirective(text, { start: 'Azure', end: 'models.' })[0]).toEqual([0, 52]);
	expect(matchDirective(text, { prefix: 'The', start: 'Azure', end: 'models.' })).toEqual([[17, 52]]);
	expect(matchDirective(text, { start: 'Azure', suffix: 'OpenAI' })).toEqual([[17, 22]]);
	expect(matchDirective(text, { start: 'cloud. The' })).toEqual([]);
	// An empty part matches nothing (and ends: it once looped for ever).
	expect(matchDirective(text, { start: '' })).toEqual([]);
	expect(parseTextDirectives('#p3:~:text=%E')).toEqual([{ prefix: undefined, start: '%E', end: undefined, suffix: undefined }]);
});

test('names a long passage by its first and last words, as few as mark it and nothing before it', () => {
	const block = 'The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure, the cloud it runs on.';
	const passage = 'The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure,';
	expect(directiveFor(passage, block)).toEqual({ start: 'The cornerstone', end: 'Microsoft Azure,' });
	// The same first words earlier on the page make the directive longer.
	expect(directiveFor(passage, block, 'Azure, the cornerstone of the partnership')).toEqual({ start: passage });
	expect(directiveFor('a short passage', 'Text with a short passage in it.')).toEqual({ start: 'a short passage' });
});

test('pins a passage by the words before it when the same words stand earlier on the page', () => {
	const block = 'Then Microsoft and OpenAI signed.';
	expect(directiveFor('Microsoft and OpenAI', block, 'Microsoft and OpenAI met.')).toEqual({ prefix: 'Then', start: 'Microsoft and OpenAI' });
	expect(() => directiveFor('absent words', block)).toThrow(/not in the text/);
	// Words that stand twice in the target are pinned to the one quoted, as the link check requires.
	expect(directiveFor('Azure runs', 'Azure runs the models. Azure runs them well.')).toEqual({ start: 'Azure runs', suffix: 'the' });
});

test('names words read on an outside page whole when short, and by four words at each end when long', () => {
	expect(outsideDirective('Microsoft will become our exclusive cloud provider')).toEqual({ start: 'Microsoft will become our exclusive cloud provider' });
	const long = 'Microsoft said it will no longer pay a revenue share to OpenAI, while revenue share payments continue';
	expect(outsideDirective(long)).toEqual({ start: 'Microsoft said it will', end: 'revenue share payments continue' });
	// The range it names covers the whole quote, so a browser marks all of it.
	expect(matchDirective(long, outsideDirective(long))).toEqual([[0, long.length]]);
});
