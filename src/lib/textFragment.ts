/**
 * Text fragments (`#p3:~:text=start,end`): links that land on, and mark, the words a statement rests on. Builds them
 * from the words as the target page renders them, and finds what a directive matches in a page's text, as browsers
 * do, so the build can check every one.
 */
import type { PageText } from './pageText.ts';
import { FOLDED_CHARACTERS, normalizePassage } from './passage.ts';

/** A text directive: the words to mark (`start`, or `start` to `end`), optionally pinned by the words around them. */
export interface TextDirective {
	prefix?: string | undefined;
	start: string;
	end?: string | undefined;
	suffix?: string | undefined;
}

/** The fewest words at each end of a long passage a directive names (`start,end`); a passage this short is named whole. */
const MIN_WORDS = 2;

/** How many words at each end name a long quote on a page the build cannot read: enough to be its own on any page. */
const OUTSIDE_WORDS = 4;

/**
 * The directive for words read on an outside page. The page is not here to tell how few words would mark only
 * these, so a quote of up to twice OUTSIDE_WORDS words is named whole, a longer one by that many words at each end.
 */
export function outsideDirective(quote: string): TextDirective {
	const words = quote.trim().split(/\s+/);
	if (words.length <= 2 * OUTSIDE_WORDS + 1) return { start: words.join(' ') };
	return { start: words.slice(0, OUTSIDE_WORDS).join(' '), end: words.slice(-OUTSIDE_WORDS).join(' ') };
}

// Each character the citation check folds (quote marks, dashes, runs of space) matches any of its forms in the page.
const FOLDED: Record<string, string> = {
	...Object.fromEntries(Object.entries(FOLDED_CHARACTERS).map(([plain, forms]) => [plain, `[${plain === '-' ? '\\-' : plain}${forms}]`])),
	' ': '\\s+',
};

/**
 * The words of `text` that `quote` stands for, as `text` has them: the citation check compares quotes after folding
 * quote marks, dashes and spaces, but a browser looks for the words as rendered. Undefined when the quote is not there.
 */
export function passageIn(text: string, quote: string): string | undefined {
	const pattern = [...normalizePassage(quote)].map((char) => FOLDED[char] ?? char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');
	return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').exec(text.normalize('NFC'))?.[0];
}

/** A part of a directive, percent-encoded, with the characters that separate parts (`-`, `,`, `&`) encoded too. */
function encodePart(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The directive as it stands in an address: `text=The%20cornerstone,Microsoft%20Azure.` */
export function formatDirective({ prefix, start, end, suffix }: TextDirective): string {
	return `text=${prefix ? `${encodePart(prefix)}-,` : ''}${encodePart(start)}${end ? `,${encodePart(end)}` : ''}${suffix ? `,-${encodePart(suffix)}` : ''}`;
}

/** An address with text directives after its fragment: `/source/#p3:~:text=…&text=…`. */
export function withTextDirectives(href: string, directives: readonly TextDirective[]): string {
	if (directives.length === 0) return href;
	return `${href.includes('#') ? href : `${href}#`}:~:${directives.map(formatDirective).join('&')}`;
}

/** The text directives of an address's fragment, decoded; empty when it has none. */
export function parseTextDirectives(hash: string): TextDirective[] {
	const at = hash.indexOf(':~:');
	if (at < 0) return [];
	return hash
		.slice(at + 3)
		.split('&')
		.filter((directive) => directive.startsWith('text='))
		.map((directive) => {
			const parts = directive.slice(5).split(',');
			const prefix = parts[0]?.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
			const suffix = parts.length > 1 && parts.at(-1)!.startsWith('-') ? parts.pop()!.slice(1) : undefined;
			// A malformed escape (`%E`) is read as written: it then matches nothing, and the link check says so.
			const decode = (part: string) => {
				try {
					return decodeURIComponent(part);
				} catch {
					return part;
				}
			};
			const [start = '', end] = parts.map(decode);
			return { prefix: prefix && decode(prefix), start, end, suffix: suffix && decode(suffix) };
		});
}

/** Text as a browser compares it for a text fragment: case and runs of space do not count. */
function comparable(text: string): string {
	return text.normalize('NFC').toLowerCase().replace(/[^\S\n]+/g, ' ');
}

/**
 * A page's text as compared, kept for the pages last matched against: the link check matches thousands of
 * fragments against the few pages they point at, and folding a whole page's text for each would make it quadratic.
 */
const comparedPages = new Map<string, string>();
function comparablePage(text: string): string {
	let compared = comparedPages.get(text);
	if (compared === undefined) {
		if (comparedPages.size >= 16) comparedPages.clear();
		comparedPages.set(text, (compared = comparable(text)));
	}
	return compared;
}

/** Whether a character belongs to a word (a letter or digit); undefined (the text's edge) does not. */
function isWordCharacter(char: string | undefined): boolean {
	return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Every start of `needle` in `text` at word boundaries and within one block (a needle never spans a line break). */
function occurrences(text: string, needle: string, from = 0): number[] {
	const found: number[] = [];
	// An empty part (`text=` or `text=a-`) matches nothing; without this, indexOf('') would never move on.
	if (needle === '') return found;
	for (let at = text.indexOf(needle, from); at >= 0; at = text.indexOf(needle, at + 1)) {
		if (!isWordCharacter(text[at - 1]) && !isWordCharacter(text[at + needle.length])) found.push(at);
	}
	return found;
}

/**
 * Every range of `text` (a page's rendered text, blocks separated by line breaks) that `directive` matches, in
 * document order; a browser marks the first. Ranges are [start, end) offsets into `text`.
 */
export function matchDirective(text: string, directive: TextDirective): Array<[number, number]> {
	const page = comparablePage(text);
	const [start, end, prefix, suffix] = [directive.start, directive.end, directive.prefix, directive.suffix].map((part) => (part === undefined ? undefined : comparable(part).trim()));
	const ranges: Array<[number, number]> = [];
	// Context is whole words too: a prefix starts at a word's start, a suffix ends at a word's end. Space between the
	// context and the words is skipped where it stands, not by slicing the page, which at every match would be quadratic.
	const hasPrefix = (at: number) => {
		let to = at;
		while (to > 0 && /\s/.test(page[to - 1]!)) to -= 1;
		const from = to - prefix!.length;
		return from >= 0 && page.slice(from, to) === prefix && !isWordCharacter(page[from - 1]);
	};
	const hasSuffix = (at: number) => {
		let from = at;
		while (from < page.length && /\s/.test(page[from]!)) from += 1;
		return page.startsWith(suffix!, from) && !isWordCharacter(page[from + suffix!.length]);
	};
	for (const at of occurrences(page, start!)) {
		if (prefix !== undefined && !hasPrefix(at)) continue;
		let to = at + start!.length;
		if (end !== undefined) {
			const next = occurrences(page, end, to)[0];
			if (next === undefined) continue;
			to = next + end.length;
		}
		if (suffix !== undefined && !hasSuffix(to)) continue;
		ranges.push([at, to]);
	}
	return ranges;
}

/** A span of a page's text mapped onto the text as matchDirective compares it (runs of space folded to one). */
function comparableSpan(text: string, [from, to]: [number, number]): [number, number] {
	const fold = (end: number) => text.slice(0, end).normalize('NFC').replace(/[^\S\n]+/g, ' ').length;
	return [fold(from), fold(to)];
}

/** Each page's element spans as compared, worked out once per element: a page is matched against many times. */
const comparedSpans = new WeakMap<PageText, Map<string, [number, number] | undefined>>();
function comparedSpanOf(page: PageText, target: string): [number, number] | undefined {
	let spans = comparedSpans.get(page);
	if (!spans) comparedSpans.set(page, (spans = new Map()));
	if (!spans.has(target)) {
		const span = page.spans.get(target);
		spans.set(target, span && comparableSpan(page.text, span));
	}
	return spans.get(target);
}

/** The words a directive names, as an address writes them: `prefix-,start,end,-suffix`. */
function directiveWords({ prefix, start, end, suffix }: TextDirective): string {
	return [prefix && `${prefix}-`, start, end, suffix && `-${suffix}`].filter(Boolean).join(',');
}

/**
 * What is wrong with a directive that should mark words in the element `target` of a page, or undefined when it
 * holds: it must match, first on the page inside the target (a browser marks the first match), and once only in the
 * target. Without the target on the page, only that it matches.
 */
export function directiveProblem(directive: TextDirective, target: string, page: PageText): string | undefined {
	const words = directiveWords(directive);
	// Offsets of matchDirective are into the text as compared, whose length is the page text's but for folded runs of space.
	const matches = matchDirective(page.text, directive);
	if (matches.length === 0) return `the text "${words}" is not on the page`;
	const span = comparedSpanOf(page, target);
	if (!span) return undefined;
	const [from, to] = span;
	const inTarget = matches.filter(([a, b]) => a >= from && b <= to);
	if (inTarget.length === 0) return `the text "${words}" is not in #${target}`;
	if (matches[0] !== inTarget[0]) return `the text "${words}" first occurs before #${target}, so a browser would mark it there`;
	if (inTarget.length > 1) return `the text "${words}" occurs ${inTarget.length} times in #${target}; expected once`;
	return undefined;
}

/**
 * The shortest directive that marks `passage` where it first stands in the element `target` of a page, as the link
 * check holds it (directiveProblem) and marking those words exactly: the passage whole when short, else its first and
 * last words, as few as do it; failing that, pinned by the words before or after it on its line.
 */
export function directiveFor(page: PageText, target: string, passage: string): TextDirective {
	const span = page.spans.get(target);
	if (!span) throw new Error(`text fragment: the page has no element #${target} to mark "${passage}" in`);
	const words = passage.trim().split(/\s+/);
	const whole = words.join(' ');
	const compared = comparedSpanOf(page, target)!;
	const wanted = matchDirective(page.text, { start: whole }).find(([from, to]) => from >= compared[0] && to <= compared[1]);
	if (!wanted) throw new Error(`text fragment: "${passage}" is not in the text of #${target}`);
	const lands = (directive: TextDirective) => {
		if (directiveProblem(directive, target, page) !== undefined) return false;
		const [from, to] = matchDirective(page.text, directive).find(([a, b]) => a >= compared[0] && b <= compared[1])!;
		return from === wanted[0] && to === wanted[1];
	};
	const candidates: TextDirective[] = [];
	for (let n = MIN_WORDS; 2 * n < words.length; n += 1) candidates.push({ start: words.slice(0, n).join(' '), end: words.slice(-n).join(' ') });
	candidates.push({ start: whole });
	// Words around the passage on its own line tell it apart from the same words earlier on the page.
	const text = page.text.slice(...span);
	const at = text.indexOf(passage);
	const lineStart = text.lastIndexOf('\n', at) + 1;
	const lineEnd = text.indexOf('\n', at + passage.length);
	const wordsBefore = at < 0 ? [] : text.slice(lineStart, at).trim().split(/\s+/).filter(Boolean);
	const wordsAfter = at < 0 ? [] : text.slice(at + passage.length, lineEnd < 0 ? undefined : lineEnd).trim().split(/\s+/).filter(Boolean);
	for (let n = 1; n <= 3; n += 1) {
		if (wordsBefore.length >= n) candidates.push({ prefix: wordsBefore.slice(-n).join(' '), start: whole });
		if (wordsAfter.length >= n) candidates.push({ start: whole, suffix: wordsAfter.slice(0, n).join(' ') });
	}
	const directive = candidates.find(lands);
	if (!directive) throw new Error(`text fragment: no directive marks "${passage}" in #${target} before the same words elsewhere on the page`);
	return directive;
}
