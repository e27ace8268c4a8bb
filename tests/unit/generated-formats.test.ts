// Every file the site generates from its text holds for any text the schemas accept: each format is written from
// generated strings and read back by a real parser of that format, which must find the same text.
import { getRssString } from '@astrojs/rss';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import fc from 'fast-check';
import type { Heading, Link, List, Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { cardSvg } from '../../src/lib/card.ts';
import { bibtexEntry, risRecord } from '../../src/lib/citationFormats.ts';
import { llmsTxt } from '../../src/lib/llmsTxt.ts';
import { CARD } from '../../src/lib/pageFiles.ts';
import { pageMarkdown } from '../../src/lib/pageMarkdown.ts';
import { type PublishedEvent, timelineFeed } from '../../src/lib/timelineFeed.ts';
import { cardLineSchema, lineSchema } from '../../src/schemas/text.ts';
import { SITE } from '../../src/site.ts';

/** Any Unicode, mixed with the characters each format treats specially, kept to what the schema accepts (as it returns it). */
function accepted(schema: typeof lineSchema, maxLength = 80): fc.Arbitrary<string> {
	const special = fc.constantFrom(...'\\{}$&%#_~^<>[]()*`!|"\'-–—…@:;/ \u00a0\t\nAa0'.split(''), '--', '---', '``', "''", '?`', '](', '<!--', '&amp;', 'http://x.org');
	const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }), special);
	return fc
		.array(piece, { minLength: 1, maxLength: Math.ceil(maxLength / 4) })
		.map((pieces) => schema.safeParse(pieces.join('')))
		.filter((result) => result.success)
		.map((result) => result.data!);
}

/** White space as the format reads it: one space for any run. */
const collapsed = (text: string) => text.replace(/\s+/gu, ' ').trim();

const record = (title: string, publisher: string) => ({ key: 'themes-azure-2026', title, publisher, url: 'https://partnership.example/themes/azure/', date: '2026-11-24' });

describe('citation files', () => {
	test('BibTeX: any accepted title and publisher read back the same, in one entry', () => {
		fc.assert(
			fc.property(accepted(lineSchema), accepted(lineSchema, 30), (title, publisher) => {
				const items = new Cite(bibtexEntry(record(title, publisher))).data as Array<{ title: string; author: Array<{ family?: string }>; URL: string }>;
				expect(items).toHaveLength(1);
				expect(items[0]!.title).toBe(collapsed(title));
				// A double-braced author is one name, a corporate author, read whole as its family name.
				expect(items[0]!.author).toEqual([{ family: collapsed(publisher) }]);
				expect(items[0]!.URL).toBe('https://partnership.example/themes/azure/');
			}),
			{ numRuns: 300 },
		);
	});

	test('RIS: any accepted title reads back the same, in one record, one line per field', () => {
		fc.assert(
			fc.property(accepted(lineSchema, 400), accepted(lineSchema, 30), (title, publisher) => {
				const ris = risRecord(record(title, publisher));
				expect(ris.trimEnd().split("\n").every((line) => /^[A-Z][A-Z0-9]  -( |$)/.test(line))).toBe(true);
				const items = new Cite(ris).data as Array<{ title: string }>;
				expect(items).toHaveLength(1);
				expect(items[0]!.title).toBe(collapsed(title));
			}),
			{ numRuns: 300 },
		);
	});
});

describe('the timeline feed', () => {
	const event = (title: string, summary: string): PublishedEvent => ({ id: '2019-07-22-x', date: '2019-07-22', title, summary, category: 'investment', products: [], article: [], context: [], sources: [] });

	test('is well-formed XML for any accepted title and summary, which read back the same', async () => {
		await fc.assert(
			fc.asyncProperty(accepted(lineSchema), accepted(lineSchema, 200), async (title, summary) => {
				const xml = await getRssString(timelineFeed([event(title, summary)], { description: 'The timeline.', page: new URL('https://partnership.example/timeline/'), lang: 'en', link: (id) => `/timeline/2019/#${id}` }));
				const texts: Record<string, string> = {};
				const path: string[] = [];
				const parser = new SaxesParser();
				parser.on('opentag', (tag) => void path.push(tag.name));
				parser.on('closetag', () => void path.pop());
				const collect = (text: string) => {
					const key = path.join('/');
					texts[key] = (texts[key] ?? '') + text;
				};
				parser.on('text', collect);
				parser.on('cdata', collect);
				// saxes checks well-formedness, characters included, and throws on the first fault.
				parser.write(xml).close();
				expect(texts['rss/channel/item/title']).toBe(title);
				expect(texts['rss/channel/item/description']).toBe(summary);
			}),
			{ numRuns: 200 },
		);
	});
});

describe('Markdown for machines', () => {
	test('llms.txt: any accepted name, title and description stay text: one heading, one link per page, nothing else', () => {
		fc.assert(
			fc.property(accepted(lineSchema, 30), accepted(lineSchema), accepted(lineSchema, 200), (name, title, description) => {
				const url = 'https://partnership.example/themes/azure/index.md';
				const tree = fromMarkdown(llmsTxt({ name, summary: description, details: 'How to read it.', sections: [{ heading: 'Themes', items: [{ url, title, description }] }] }));
				const [heading, quote, , section, list] = tree.children as [Heading, { children: Paragraph[] }, Paragraph, Heading, List];
				expect(tree.children).toHaveLength(5);
				expect(collapsed(toString(heading))).toBe(collapsed(name));
				expect(collapsed(toString(quote))).toBe(collapsed(description));
				expect(toString(section)).toBe('Themes');
				const paragraph = list.children[0]!.children[0] as Paragraph;
				const [link, rest] = paragraph.children as [Link, { type: string; value: string }];
				expect(paragraph.children).toHaveLength(2);
				expect(link.url).toBe(url);
				expect(collapsed(toString(link))).toBe(collapsed(title));
				expect(rest.type).toBe('text');
				expect(collapsed(rest.value)).toBe(collapsed(`: ${description}`));
			}),
			{ numRuns: 300 },
		);
	});

	test('a Markdown copy: any accepted title of a page is its one heading, as text', async () => {
		const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
		await fc.assert(
			fc.asyncProperty(accepted(lineSchema), async (title) => {
				const markdown = await pageMarkdown(`<h1>${escape(title)}</h1><p>Text.</p>`, 'https://partnership.example/a/');
				const tree = fromMarkdown(markdown);
				const headings = tree.children.filter((node): node is Heading => node.type === 'heading');
				expect(headings).toHaveLength(1);
				expect(collapsed(toString(headings[0]!))).toBe(collapsed(title));
				expect(tree.children.some((node) => node.type === 'html')).toBe(false);
			}),
			{ numRuns: 150 },
		);
	});
});

describe('the link card', { timeout: 120_000 }, () => {
	/** The rightmost point of the card's text (its title and description, drawn as paths in their colours). */
	const textRight = (svg: string) => {
		let right = 0;
		for (const [, d] of svg.matchAll(/<path fill="(?:#1b1c22|#565a66)" d="([^"]+)"/g)) {
			// Every command satori writes for a glyph is absolute, its points given as x,y pairs.
			for (const [, args] of d!.matchAll(/[MLQCT]([^MLQCTZ]*)/g)) {
				const numbers = args!.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
				for (let i = 0; i < numbers.length; i += 2) right = Math.max(right, numbers[i]!);
			}
		}
		return right;
	};

	test('refuses at the schema what its font cannot draw, naming the character', () => {
		for (const text of ['微软', 'مايكروسوفت', 'Launch 🚀']) {
			const result = cardLineSchema.safeParse(text);
			expect(result.success, text).toBe(false);
			expect(result.error!.issues[0]!.message).toMatch(/which the link card's font \(Inter, Latin script\) cannot draw/);
		}
	});

	test('keeps any accepted title and description, long words included, inside the card', async () => {
		const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzWMé'.split(''));
		// Each text holds one word longer than a line of the card can hold at its size, among shorter words and any accepted text.
		const longWord = fc.string({ unit: letters, minLength: 40, maxLength: 90 });
		const text = (max: number) =>
			fc
				.tuple(fc.array(fc.oneof(fc.string({ unit: letters, minLength: 1, maxLength: 12 }), accepted(cardLineSchema, 20)), { maxLength: max }), longWord, fc.nat())
				.map(([parts, long, at]) => parts.toSpliced(at % (parts.length + 1), 0, long).join(' '))
				.map((joined) => cardLineSchema.safeParse(joined))
				.filter((r) => r.success)
				.map((r) => r.data!);
		await fc.assert(
			fc.asyncProperty(text(6), text(12), async (title, description) => {
				const svg = await cardSvg({ site: SITE.name, address: 'partnership.example.org/microsoft-openai', independence: SITE.independence, title, description });
				// The text box ends at 1120 (80 of padding); satori's ellipsis on a clamped line may overhang it by a glyph.
				expect(textRight(svg)).toBeLessThanOrEqual(CARD.width - 40);
			}),
			{ numRuns: 25 },
		);
	});
});
