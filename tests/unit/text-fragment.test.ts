import { expect, test } from 'vitest';
import { readPageText, type PageText } from '../../src/lib/pageText.ts';
import { directiveFor, directiveProblem, formatDirective, matchDirective, outsideDirective, parseTextDirectives, passageIn, withTextDirectives } from '../../src/lib/textFragment.ts';

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

/** A page of one block `#b` after `before`, as the build reads a rendered page. */
function pageWith(target: string, before = ''): PageText {
	return readPageText(`<main><p>${before}</p><div id="b"><span aria-hidden="true">¶1</span><p>${target}</p><details><summary>Cited in 2 places</summary></details></div></main>`);
}

test('names a long passage by its first and last words, as few as mark it and nothing before it', () => {
	const block = 'The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure, the cloud it runs on.';
	const passage = 'The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure,';
	expect(directiveFor(pageWith(block), 'b', passage)).toEqual({ start: 'The cornerstone', end: 'Microsoft Azure,' });
	// The same first words earlier on the page make the directive longer.
	expect(directiveFor(pageWith(block, 'Azure, the cornerstone of the partnership'), 'b', passage)).toEqual({ start: passage });
	expect(directiveFor(pageWith('Text with a short passage in it.'), 'b', 'a short passage')).toEqual({ start: 'a short passage' });
});

test('pins a passage by the words before it when the same words stand earlier on the page', () => {
	const block = 'Then Microsoft and OpenAI signed.';
	expect(directiveFor(pageWith(block, 'Microsoft and OpenAI met.'), 'b', 'Microsoft and OpenAI')).toEqual({ prefix: 'Then', start: 'Microsoft and OpenAI' });
	expect(() => directiveFor(pageWith(block), 'b', 'absent words')).toThrow(/not in the text of #b/);
	expect(() => directiveFor(pageWith(block), 'c', 'Then')).toThrow(/no element #c/);
	// Words that stand twice in the target are pinned to the one quoted, as the link check requires.
	expect(directiveFor(pageWith('Azure runs the models. Azure runs them well.'), 'b', 'Azure runs')).toEqual({ start: 'Azure runs', suffix: 'the' });
});

test('weighs every word the page shows before the block, its labels included, and none it hides', () => {
	const page = readPageText('<nav><a href="/">Cited in the press</a></nav><span role="tooltip">the partnership grew</span><div id="b"><p>As cited in the press, the partnership grew.</p></div>');
	// "cited in" stands in the navigation before the block, so two words do not mark it there first; the tooltip's words are not shown.
	expect(directiveFor(page, 'b', 'cited in the press')).toEqual({ prefix: 'As', start: 'cited in the press' });
	expect(directiveFor(page, 'b', 'the partnership grew')).toEqual({ start: 'the partnership grew' });
});

test('finds what is wrong with a directive as the link check reports it', () => {
	const page = pageWith('Azure runs the models. Azure runs them well.', 'Models run on Azure.');
	expect(directiveProblem({ start: 'Azure runs', suffix: 'the' }, 'b', page)).toBeUndefined();
	expect(directiveProblem({ start: 'absent' }, 'b', page)).toBe('the text "absent" is not on the page');
	expect(directiveProblem({ start: 'Models run' }, 'b', page)).toBe('the text "Models run" is not in #b');
	expect(directiveProblem({ start: 'Azure' }, 'b', page)).toBe('the text "Azure" first occurs before #b, so a browser would mark it there');
	expect(directiveProblem({ start: 'Azure runs' }, 'b', page)).toBe('the text "Azure runs" occurs 2 times in #b; expected once');
});

test('names words read on an outside page whole when short, and by four words at each end when long', () => {
	expect(outsideDirective('Microsoft will become our exclusive cloud provider')).toEqual({ start: 'Microsoft will become our exclusive cloud provider' });
	const long = 'Microsoft said it will no longer pay a revenue share to OpenAI, while revenue share payments continue';
	expect(outsideDirective(long)).toEqual({ start: 'Microsoft said it will', end: 'revenue share payments continue' });
	// The range it names covers the whole quote, so a browser marks all of it.
	expect(matchDirective(long, outsideDirective(long))).toEqual([[0, long.length]]);
});
