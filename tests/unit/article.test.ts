import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ArticleParseError, articleBlocks, blockNumber, excerpt, groupListItems, isHeadingLine, parseArticle } from '../../src/lib/article.ts';
import { blockPath } from '../../src/routes.ts';
import { SEED_FILE } from '../../src/files.ts';

const seed = readFileSync(SEED_FILE, 'utf8');

describe('parseArticle on the seed', () => {
	const article = parseArticle(seed, SEED_FILE);

	test('reads the first line as the title', () => {
		expect(article.title).toBe('The Unprecedented Alliance: Microsoft and OpenAI');
	});

	test('splits the article into its own headed sections', () => {
		expect(article.sections.map((s) => [s.id, s.heading])).toMatchInlineSnapshot(`
			[
			  [
			    "introduction",
			    null,
			  ],
			  [
			    "the-pillars-of-partnership-azure-and-ai-innovation",
			    "The Pillars of Partnership: Azure and AI Innovation",
			  ],
			  [
			    "evolution-and-future-outlook",
			    "Evolution and Future Outlook",
			  ],
			  [
			    "conclusion-a-symbiotic-drive-for-ai-advancement",
			    "Conclusion: A Symbiotic Drive for AI Advancement",
			  ],
			]
		`);
	});

	test('gives every block a short id in reading order', () => {
		const map = articleBlocks(article).map(
			(b) => `${b.id.padEnd(4)}${b.kind === 'list-item' ? '• ' : ''}${b.text.split(/\s+/).slice(0, 6).join(' ')}`,
		);
		expect(map).toMatchInlineSnapshot(`
			[
			  "p1  The world of artificial intelligence is",
			  "p2  Microsoft, a long-standing giant in the",
			  "p3  The cornerstone of the Microsoft-OpenAI alliance",
			  "p4  Beyond infrastructure, the partnership has been",
			  "p5  • GitHub Copilot: An AI pair programmer",
			  "p6  • Microsoft 365 Copilot: Embedded in Word,",
			  "p7  • Azure OpenAI Service: Empowering developers to",
			  "p8  The commitment to responsible AI development",
			  "p9  Over the years, the Microsoft-OpenAI partnership",
			  "p10 Recent amendments to their agreement in",
			  "p11 The partnership continues to be a",
			  "p12 The Microsoft-OpenAI partnership is more than",
			]
		`);
	});

	test('keeps each block text byte for byte as it stands in the seed', () => {
		for (const block of articleBlocks(article)) expect(seed).toContain(block.text);
	});
});

describe('parseArticle on edge cases', () => {
	test('ignores blank lines and trailing whitespace, including CRLF endings', () => {
		const article = parseArticle('Title  \r\n\r\n\r\nFirst paragraph.   \r\n\t\r\nSecond paragraph.\r\n\r\n');
		expect(articleBlocks(article).map((b) => b.text)).toEqual(['First paragraph.', 'Second paragraph.']);
		expect(article.title).toBe('Title');
	});

	test('reads dash items as list items without their marker', () => {
		const article = parseArticle('Title\nExamples include:\n- One: first.\n- Two: second.\n');
		expect(articleBlocks(article).map((b) => [b.id, b.kind, b.text])).toEqual([
			['p1', 'paragraph', 'Examples include:'],
			['p2', 'list-item', 'One: first.'],
			['p3', 'list-item', 'Two: second.'],
		]);
	});

	test('treats a short sentence as a paragraph, not a heading', () => {
		expect(isHeadingLine('It grew.')).toBe(false);
		expect(isHeadingLine('Examples include:')).toBe(false);
		expect(isHeadingLine('what comes next')).toBe(false);
		expect(isHeadingLine('Evolution and Future Outlook')).toBe(true);
		expect(isHeadingLine('Conclusion: A Symbiotic Drive for AI Advancement')).toBe(true);
	});

	test('treats a long line without a full stop as a paragraph', () => {
		const long = 'This line has far more words than any heading in the article would ever have in it';
		const article = parseArticle(`Title\n${long}\n`);
		expect(article.sections).toHaveLength(1);
		expect(articleBlocks(article)[0]!.text).toBe(long);
	});

	test('gives repeated headings distinct ids and never reuses the introduction id', () => {
		const article = parseArticle('Title\nIntro.\nIntroduction\nA.\nIntroduction\nB.\n');
		expect(article.sections.map((s) => s.id)).toEqual(['introduction', 'introduction-1', 'introduction-2']);
	});

	test('records the line of each block', () => {
		const article = parseArticle('Title\n\nOne.\n\nTwo.\n');
		expect(articleBlocks(article).map((b) => b.line)).toEqual([3, 5]);
	});
});

describe('parseArticle on bad input', () => {
	test('rejects an empty file, naming it', () => {
		expect(() => parseArticle(' \n\n', 'seeds/a.txt')).toThrow(
			new ArticleParseError('seeds/a.txt', 'the file is empty; expected the article title on the first line, then its paragraphs'),
		);
	});

	test('rejects a title with no paragraph', () => {
		expect(() => parseArticle('Only a title\n', 'seeds/a.txt')).toThrow(/seeds\/a\.txt: found the title "Only a title" but no paragraph/);
	});

	test('rejects a heading with nothing under it, naming its line', () => {
		expect(() => parseArticle('Title\nText.\nEmpty Heading\n', 'seeds/a.txt')).toThrow(/seeds\/a\.txt:3: the heading "Empty Heading" has no paragraph/);
	});

	test('rejects a list item where the title should be', () => {
		expect(() => parseArticle('- item\nText.', 'seeds/a.txt')).toThrow(/seeds\/a\.txt:1: expected the article's title/);
	});
});

describe('groupListItems', () => {
	test('keeps paragraphs apart and gathers consecutive list items into one list', () => {
		const article = parseArticle('Title\nA.\nB:\n- one\n- two\nC.\n- three\n');
		expect(groupListItems(articleBlocks(article)).map((run) => run.map((b) => b.id).join('+'))).toEqual([
			'p1',
			'p2',
			'p3+p4',
			'p5',
			'p6',
		]);
	});
});

describe('parseArticle on numbered lists and questions', () => {
	test('reads numbered items as list items', () => {
		const article = parseArticle('Title\nSteps:\n1. First step.\n2) Second step.\n');
		expect(articleBlocks(article).map((b) => [b.kind, b.text])).toEqual([
			['paragraph', 'Steps:'],
			['list-item', 'First step.'],
			['list-item', 'Second step.'],
		]);
	});

	test('reads a short question as a heading', () => {
		expect(isHeadingLine('What Comes Next?')).toBe(true);
	});
});

describe('block helpers', () => {
	test('number a block, address it on the source page and shorten its text', () => {
		expect(blockNumber('p12')).toBe(12);
		expect(blockPath('p3')).toBe('/source/#p3');
		expect(excerpt('one two three four', 2)).toBe('one two …');
		expect(excerpt('one two', 2)).toBe('one two');
	});
});
