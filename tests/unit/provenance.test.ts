import { expect, test } from 'vitest';
import { articleBlocks, parseArticle } from '../../src/lib/article.ts';
import { extractCitations } from '../../src/lib/citations.ts';
import { buildProvenance } from '../../src/lib/provenance.ts';

const blocks = articleBlocks(parseArticle('Title\nFirst.\nSecond.\nThird.\n'));
const mdx = `---\ntitle: Page\nsources: [p1]\n---\n\nIntro.<Cite id="p1" />\n\n## Part\n\nText.<Cite id="p1" />\n`;
const provenance = buildProvenance({
	seedFile: 'seed.txt',
	blocks,
	pages: [{ citations: extractCitations(mdx, 'page.mdx'), title: 'Page', path: '/page/' }],
	events: [{ id: '2019-event', title: 'An event', sources: ['p2'] }],
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
		{ at: { file: 'seed.txt', line: 4, column: 1 }, message: 'block p3 ("Third. …") is cited by no page or event; expected every block of the article to be cited' },
	]);
});
