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
	events: [{ id: '2019-event', title: 'An event', sources: ['p2'], at: { file: 'events.yaml', line: 1, column: 1 } }],
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

test('reports an event that rests on a block the article does not have, at the event', () => {
	const { problems } = buildProvenance({
		seedFile: 'seed.txt',
		blocks,
		pages: [],
		events: [{ id: '2019-event', title: 'An event', sources: ['p1', 'p2', 'p3', 'p9'], at: { file: 'events.yaml', line: 7, column: 1 } }],
		timelinePath: '/timeline/',
	});
	expect(problems).toEqual([
		{ at: { file: 'events.yaml', line: 7, column: 1 }, message: 'event "2019-event": sources lists "p9", but the source article has no such block; its blocks are p1–p3' },
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
