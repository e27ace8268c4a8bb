/** Parses the plain-text source article into its title, sections and citable blocks. */
import GithubSlugger from 'github-slugger';

/** A citable unit of the article: one paragraph or one list item. */
export interface Block {
	/** Short stable id, `p1`, `p2`, … in reading order; used in URLs (`/source/#p3`) and citations. */
	id: string;
	kind: 'paragraph' | 'list-item';
	/** The block's text exactly as in the seed, minus the list marker and trailing whitespace. */
	text: string;
	/** 1-based line in the seed file, so errors and reports can point at it. */
	line: number;
}

/** A run of blocks under one of the article's own headings (or before the first one). */
export interface Section {
	/** github-slugger id of the heading, or `introduction` for the blocks before any heading. */
	id: string;
	/** The heading as written, or `null` for the introduction, which sits under the title. */
	heading: string | null;
	blocks: Block[];
}

export interface Article {
	title: string;
	sections: Section[];
}

/** Thrown when the seed cannot be read as an article; the message names the file and the line. */
export class ArticleParseError extends Error {
	constructor(file: string, message: string, line?: number) {
		super(`${file}${line ? `:${line}` : ''}: ${message}`);
		this.name = 'ArticleParseError';
	}
}

const INTRODUCTION_ID = 'introduction';

// Bullets (`-`, `*`, `•`) and numbers (`1.`, `2)`) start list items.
const LIST_MARKER = /^\s*(?:[-*•]|\d+[.)])\s+/;
// A line that ends like a sentence (or introduces a list) is prose, however short; a question can be a heading.
const SENTENCE_END = /[.!:;,…"'”’)\]]$/;
const MAX_HEADING_WORDS = 12;

/**
 * Whether a line reads as a section heading: short, capitalised and without the punctuation
 * that ends a sentence. "Examples include:" and "It grew." are prose; "Evolution and Future
 * Outlook" is a heading.
 */
export function isHeadingLine(line: string): boolean {
	const text = line.trim();
	if (!text || LIST_MARKER.test(line) || SENTENCE_END.test(text)) return false;
	if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
	return /^\p{Lu}|^\d/u.test(text);
}

/**
 * Parses the article: the first non-blank line is the title; then each non-blank line is a
 * heading, a list item (`- `) or a paragraph. Blank lines and trailing whitespace are ignored.
 * `file` only labels error messages.
 */
export function parseArticle(source: string, file = 'article'): Article {
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	const slugger = new GithubSlugger();
	// Reserve the introduction's id so a heading of the same name cannot take it.
	slugger.slug(INTRODUCTION_ID);

	let title: string | undefined;
	const sections: Section[] = [{ id: INTRODUCTION_ID, heading: null, blocks: [] }];
	const headingLines = new Map<Section, number>();
	let blockCount = 0;

	lines.forEach((raw, index) => {
		const text = raw.trimEnd();
		if (!text.trim()) return;
		const line = index + 1;
		if (title === undefined) {
			if (LIST_MARKER.test(text)) {
				throw new ArticleParseError(file, `expected the article's title on the first line, found a list item "${text.trim()}"`, line);
			}
			title = text.trim();
			return;
		}
		const current = sections[sections.length - 1]!;
		if (LIST_MARKER.test(text)) {
			current.blocks.push({ id: `p${++blockCount}`, kind: 'list-item', text: text.replace(LIST_MARKER, ''), line });
		} else if (isHeadingLine(text)) {
			const section: Section = { id: slugger.slug(text.trim()), heading: text.trim(), blocks: [] };
			sections.push(section);
			headingLines.set(section, line);
		} else {
			current.blocks.push({ id: `p${++blockCount}`, kind: 'paragraph', text: text.trim(), line });
		}
	});

	if (title === undefined) {
		throw new ArticleParseError(file, 'the file is empty; expected the article title on the first line, then its paragraphs');
	}
	if (blockCount === 0) {
		throw new ArticleParseError(file, `found the title "${title}" but no paragraph; expected at least one paragraph after it`);
	}
	const empty = sections.find((section) => section.heading !== null && section.blocks.length === 0);
	if (empty) {
		throw new ArticleParseError(file, `the heading "${empty.heading}" has no paragraph under it; expected at least one`, headingLines.get(empty));
	}
	return { title, sections: sections.filter((section) => section.blocks.length > 0) };
}

/** Every block of the article in reading order. */
export function articleBlocks(article: Article): Block[] {
	return article.sections.flatMap((section) => section.blocks);
}

/** Splits a section's blocks into runs to render: each paragraph alone, consecutive list items together. */
export function groupListItems(blocks: readonly Block[]): Block[][] {
	const runs: Block[][] = [];
	for (const block of blocks) {
		const last = runs.at(-1);
		if (last && block.kind === 'list-item' && last[0]!.kind === 'list-item') last.push(block);
		else runs.push([block]);
	}
	return runs;
}

/** A block's number as readers see it: `p7` → 7. */
export function blockNumber(id: string): number {
	return Number(id.slice(1));
}

/** The first `words` words of a passage, with an ellipsis when there is more. */
export function excerpt(text: string, words: number): string {
	const all = text.split(/\s+/);
	return all.length > words ? `${all.slice(0, words).join(' ')} …` : text;
}
