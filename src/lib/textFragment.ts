/**
 * Text fragments (`#p3:~:text=start,end`): links that land on, and mark, the words a statement rests on. Builds them
 * from the words as the target page renders them, and finds what a directive matches in a page's text, as browsers
 * do, so the build can check every one.
 */
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
	// Context is whole words too: a prefix starts at a word's start, a suffix ends at a word's end.
	const hasPrefix = (at: number) => {
		const before = page.slice(0, at).trimEnd();
		return before.endsWith(prefix!) && !isWordCharacter(before[before.length - prefix!.length - 1]);
	};
	const hasSuffix = (to: number) => {
		const after = page.slice(to).trimStart();
		return after.startsWith(suffix!) && !isWordCharacter(after[suffix!.length]);
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

/**
 * The shortest directive whose first match on a page is `passage` in its target, so a browser marks those words and no
 * others: the passage whole when short, else its first and last words, as few as do it; failing that, pinned by the
 * words before or after it in `target`. `before` is the text the page shows ahead of the target (blocks on lines).
 */
export function directiveFor(passage: string, target: string, before = ''): TextDirective {
	const words = passage.trim().split(/\s+/);
	const context = `${before}\n${target}`;
	const offset = comparable(`${before}\n`).length;
	const at = occurrences(comparable(context), comparable(passage).trim(), offset)[0];
	if (at === undefined) throw new Error(`text fragment: "${passage}" is not in the text it should mark`);
	// As the link check holds it: the first match on the page is the passage, and nothing else in the target matches.
	const lands = (directive: TextDirective) => {
		const [first, ...others] = matchDirective(context, directive);
		return first !== undefined && first[0] === at && first[1] === at + comparable(passage).trim().length && others.every(([from]) => from < offset);
	};
	const candidates: TextDirective[] = [];
	for (let n = MIN_WORDS; 2 * n < words.length; n += 1) candidates.push({ start: words.slice(0, n).join(' '), end: words.slice(-n).join(' ') });
	candidates.push({ start: words.join(' ') });
	// Words around the passage in its own block tell it apart from the same words earlier on the page.
	const [head = '', tail = ''] = target.split(passage);
	const wordsBefore = head.trim().split(/\s+/).filter(Boolean);
	const wordsAfter = tail.trim().split(/\s+/).filter(Boolean);
	for (let n = 1; n <= 3; n += 1) {
		if (wordsBefore.length >= n) candidates.push({ prefix: wordsBefore.slice(-n).join(' '), start: words.join(' ') });
		if (wordsAfter.length >= n) candidates.push({ start: words.join(' '), suffix: wordsAfter.slice(0, n).join(' ') });
	}
	const directive = candidates.find(lands);
	if (!directive) throw new Error(`text fragment: no directive marks "${passage}" in its target before the same words elsewhere on the page`);
	return directive;
}
