import { expect, test } from 'vitest';
import { articleBlocks, parseArticle } from '../../src/lib/article.ts';
import { extractCitations } from '../../src/lib/citations.ts';
import { buildProvenance } from '../../src/lib/provenance.ts';

const blocks = articleBlocks(parseArticle('Title\nFirst.\nSecond.\nThird.\n'));
const mdx = `---\ntitle: Page\n---\n\nIntro.<Cite id="p1" quote="First." />\n\n## Part\n\nText.<Cite id="p1" quote="First." /> More.<Cite source="a-source" quote="Words read." />\n`;
const at = (line: number) => ({ file: 'events.yaml', line, column: 1 });
const event = { id: '2019-event', title: 'An event', context: [], sources: [{ source: 'a-source', quote: 'Other words.' }] };
const sources = [
	{ id: 'a-source', at: { file: 'sources.yaml', line: 1, column: 1 } },
	{ id: 'unused-source', at: { file: 'sources.yaml', line: 5, column: 1 } },
];
const provenance = buildProvenance({
	seedFile: 'seed.txt',
	blocks,
	pages: [{ citations: extractCitations(mdx, 'page.mdx'), title: 'Page', path: '/page/' }],
	events: [{ ...event, article: [{ block: 'p2', quote: 'Second.' }], at: at(1) }],
	sources,
});

test('links each block to the page sections and events that cite it', () => {
	expect(Object.fromEntries(provenance.citedBy)).toEqual({
		p1: [
			{ page: 'Page', path: '/page/', quotes: ['First.'] },
			{ page: 'Page', path: '/page/', section: { id: 'part', title: 'Part' }, quotes: ['First.'] },
		],
		p2: [{ page: 'Timeline 2019', path: '/timeline/2019/', section: { id: '2019-event', title: 'An event' }, date: undefined, quotes: ['Second.'] }],
		p3: [],
	});
});

test('gathers where each outside source is cited and the words each citation quotes', () => {
	expect(provenance.sourceUses.get('a-source')).toEqual({
		places: [
			{ page: 'Page', path: '/page/', section: { id: 'part', title: 'Part' }, quotes: ['Words read.'] },
			{ page: 'Timeline 2019', path: '/timeline/2019/', section: { id: '2019-event', title: 'An event' }, date: undefined, quotes: ['Other words.'] },
		],
		quotes: ['Words read.', 'Other words.'],
	});
});

test('reports a block that nothing cites at its line in the seed, and a source that nothing cites at its entry', () => {
	expect(provenance.uncited.map((b) => b.id)).toEqual(['p3']);
	expect(provenance.problems).toEqual([
		{ at: { file: 'sources.yaml', line: 5, column: 1 }, message: 'source "unused-source" is cited by no page or event; cite it or remove it' },
		{ at: { file: 'seed.txt', line: 4, column: 1 }, message: 'block p3 ("Third.") is cited by no page or event; expected every block of the article to be cited' },
	]);
});

test('reports an event citing a source that does not exist', () => {
	const { problems } = buildProvenance({
		seedFile: 'seed.txt',
		blocks: [],
		pages: [],
		events: [{ ...event, article: [], sources: [{ source: 'missing' }], at: at(3) }],
		sources: [],
	});
	expect(problems.map((p) => `${p.at.file}:${p.at.line}  ${p.message}`)).toEqual([
		'events.yaml:3  event "2019-event" cites source "missing", but there is no such source; expected an id of the sources file',
	]);
});

test('reports an event citing a block the article does not have, or words its block does not say, at the event', () => {
	const article = [
		{ block: 'p1', quote: 'First.' },
		{ block: 'p2', quote: 'Third.' },
		{ block: 'p3', quote: 'Third.' },
		{ block: 'p9', quote: 'Ninth.' },
	];
	const { problems } = buildProvenance({
		seedFile: 'seed.txt',
		blocks,
		pages: [],
		events: [{ ...event, article, at: at(7) }],
		sources,
	});
	expect(problems.filter((p) => p.at.file === 'events.yaml').map((p) => `${p.at.file}:${p.at.line}  ${p.message}`)).toEqual([
		'events.yaml:7  event "2019-event", article citation of p2: the quote "Third." is too short to pin a passage; quote at least two words',
		'events.yaml:7  event "2019-event", article citation of p9: the source article has no block "p9"; its blocks are p1–p3',
	]);
});

test('leaves the source page out of what cites the article', () => {
	const { citedBy } = buildProvenance({
		seedFile: 'seed.txt',
		blocks,
		pages: [{ citations: extractCitations(mdx, 'source.mdx'), title: 'Source', path: '/source/', isSource: true }],
		events: [],
		sources: [],
	});
	expect(citedBy.get('p1')).toEqual([]);
});
