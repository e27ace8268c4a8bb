import { expect, test } from 'vitest';
import { articleBlocks, parseArticle } from '../../src/lib/article.ts';
import { extractCitations } from '../../src/lib/citations.ts';
import { buildProvenance } from '../../src/lib/provenance.ts';

const blocks = articleBlocks(parseArticle('Title\nFirst.\nSecond.\nThird.\n'));
const mdx = `---\ntitle: Page\nsources: [p1]\n---\n\nIntro.<Cite id="p1" quote="First." />\n\n## Part\n\nText.<Cite id="p1" quote="First." />\n`;
const provenance = buildProvenance({
	seedFile: 'seed.txt',
	blocks,
	pages: [{ citations: extractCitations(mdx, 'page.mdx'), title: 'Page', path: '/page/' }],
	events: [{ id: '2019-event', title: 'An event', article: [{ block: 'p2', quote: 'Second.' }], at: { file: 'events.yaml', line: 1, column: 1 } }],
	timelinePath: '/timeline/',
});

test('links each block to the page sections and events that cite it', () => {
	expect(Object.fromEntries(provenance.citedBy)).toEqual({
		p1: [
			{ label: 'Page', href: '/page/' },
			{ label: 'Page › Part', href: '/page/#part' },
		],
		p2: [{ label: 'Timeline › An event', href: '/timeline/#2019-event' }],
		p3: [],
	});
});

test('reports a block that nothing cites at its line in the seed', () => {
	expect(provenance.uncited.map((b) => b.id)).toEqual(['p3']);
	expect(provenance.problems).toEqual([
		{ at: { file: 'seed.txt', line: 4, column: 1 }, message: 'block p3 ("Third.") is cited by no page or event; expected every block of the article to be cited' },
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
		events: [{ id: '2019-event', title: 'An event', article, at: { file: 'events.yaml', line: 7, column: 1 } }],
		timelinePath: '/timeline/',
	});
	expect(problems.map((p) => `${p.at.file}:${p.at.line}  ${p.message}`)).toEqual([
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
		timelinePath: '/timeline/',
	});
	expect(citedBy.get('p1')).toEqual([]);
});
