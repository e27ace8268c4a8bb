/** The search interface's pure logic: cleaning queries, ranking passages, keeping result text safe, and where results lead. */
import { type TextDirective, withTextDirectives } from './textFragment.ts';

/** A passage Pagefind found on a page (a sub-result), with where its matched words are and their scores. */
export interface Passage {
	title: string;
	url: string;
	excerpt: string;
	weighted_locations: ReadonlyArray<{ balanced_score: number; location: number }>;
}

/** Longer queries are cut here: nothing a reader types needs more, and the index is searched word by word. */
const MAX_QUERY_LENGTH = 200;

/** The query to search for: whitespace folded, trimmed, at most MAX_QUERY_LENGTH characters; empty means "no search". */
export function cleanQuery(input: string): string {
	return input.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/** A word as it is compared with the query: lower case, without the punctuation around it. */
export function normalizeWord(word: string): string {
	return word.toLowerCase().replace(/^[("'“‘[]+|[)"'”’\].,;:!?]+$/g, '');
}

/** How well a passage matches the query's words, compared as a tuple: best first. */
export interface PassageMatch {
	/** Query words the passage contains exactly (Pagefind also matches prefixes: "$1" finds "$13"). */
	exactTerms: number;
	/** Pagefind's scores of those exact matches. */
	exactScore: number;
	/** Pagefind's scores of every match, prefixes included. */
	score: number;
}

/** Scores a passage against the query, reading its matched words from the page's content. */
function matchPassage(passage: Passage, words: readonly string[], terms: ReadonlySet<string>): PassageMatch {
	const exact = new Set<string>();
	let exactScore = 0;
	let score = 0;
	for (const { location, balanced_score } of passage.weighted_locations) {
		score += balanced_score;
		const word = normalizeWord(words[location] ?? '');
		if (terms.has(word)) {
			exact.add(word);
			exactScore += balanced_score;
		}
	}
	return { exactTerms: exact.size, exactScore, score };
}

/** The query's words, normalized as the passages' are. */
function queryTerms(query: string): Set<string> {
	return new Set(query.split(' ').map(normalizeWord).filter(Boolean));
}

/**
 * A page's passages, best match first, at most `limit`. Pagefind lists them in page order and counts
 * a prefix as a match, so "$1 billion" would favour a passage full of "$13 billion"; passages are
 * ranked by the query words they contain exactly, then by score, then by their order on the page.
 */
export function rankPassages<T extends Passage>(passages: readonly T[], content: string, query: string, limit: number): T[] {
	const words = content.split(/\s+/);
	const terms = queryTerms(query);
	return passages
		.map((passage, index) => ({ passage, index, match: matchPassage(passage, words, terms) }))
		.sort((a, b) => b.match.exactTerms - a.match.exactTerms || b.match.exactScore - a.match.exactScore || b.match.score - a.match.score || a.index - b.index)
		.slice(0, limit)
		.map(({ passage }) => passage);
}

/** An excerpt as HTML that can only hold text and Pagefind's <mark> around matched words. */
export function safeExcerpt(excerpt: string): string {
	return excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
}

/** The sentence the status line reads out after a search. */
export function resultsStatus(count: number, shown: number, query: string): string {
	if (count === 0) return `No results for “${query}”. Try fewer or other words, or another kind of page.`;
	const total = `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
	return shown < count ? `${total}, ${shown} shown` : total;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };
/** An excerpt's text without markup, its entities decoded. */
function excerptText(html: string): string {
	return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}

/**
 * A text directive for the first words an excerpt marks (a run of them, as a phrase), with up to two words on each side
 * so it lands on this passage rather than the same word earlier on the page. Undefined when nothing is marked.
 */
export function excerptDirective(excerpt: string): TextDirective | undefined {
	const run = /(<mark>[^<]*<\/mark>(?:\s+<mark>[^<]*<\/mark>)*)/.exec(excerpt);
	if (!run) return undefined;
	const marked = excerptText(run[1]!).replace(/\s+/g, ' ').trim();
	// Punctuation the index joined to the marked words (a heading's added full stop, quote marks) is left out of them,
	// and ends the context on that side: what stands beyond it may be another block of the page.
	const start = marked.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
	if (!start) return undefined;
	const before = marked.startsWith(start) ? excerptText(excerpt.slice(0, run.index)) : '';
	const after = marked.endsWith(start) ? excerptText(excerpt.slice(run.index + run[1]!.length)) : '';
	// Context only where a space separates it from the marked words ("Azure's" is one word, not "Azure" and "'s"), and
	// only within the clause: a citation marker, which the index leaves out, may stand after a full stop or a comma.
	const ends = (word: string) => /[.,!?;:]["'”’)]*$/.test(word);
	const wordsBefore = /\s$/.test(before) ? before.trim().split(/\s+/).slice(-2) : [];
	const prefix = wordsBefore.slice(wordsBefore.findLastIndex(ends) + 1).join(' ');
	const wordsAfter = /^\s/.test(after) ? after.trim().split(/\s+/).slice(0, 2) : [];
	const cut = wordsAfter.findIndex(ends);
	const suffix = (cut < 0 ? wordsAfter : wordsAfter.slice(0, cut + 1)).join(' ');
	return { prefix: prefix || undefined, start, suffix: suffix || undefined };
}

/**
 * Where a result leads: where the browser supports text fragments, the passage with its marked words as one (no script
 * runs on the page it opens), or just the passage when the words are its heading, which the address itself marks;
 * otherwise Pagefind's address, whose ?highlight= the search script reads to mark them.
 */
export function resultHref(passage: Pick<Passage, 'url' | 'excerpt' | 'title'>, highlightParam: string, textFragments: boolean): string {
	if (!textFragments) return passage.url;
	const address = new URL(passage.url, 'https://site.invalid');
	address.searchParams.delete(highlightParam);
	const href = `${address.pathname}${address.search}${address.hash}`;
	const directive = excerptDirective(passage.excerpt);
	if (directive && directive.start.toLowerCase() === passage.title.trim().toLowerCase()) return href;
	// Words with nothing around them would be marked wherever they first stand on the page (the menu, say): those are
	// left to the search script, which marks them in the passage.
	if (!directive || (directive.prefix === undefined && directive.suffix === undefined)) return passage.url;
	return withTextDirectives(href, [directive]);
}
