// Links that mark a passage on /source/ are made from the text the page shows, so words added to the page (a label,
// guidance, a list) that repeat a quoted passage change the links instead of breaking them.
import { readFileSync, writeFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readPageText } from '../../src/lib/pageText.ts';
import { matchDirective, parseTextDirectives } from '../../src/lib/textFragment.ts';
import { type Fixture, makeFixture } from '../fixture.ts';

const SOURCE_PAGE = 'src/content/docs/source.mdx';
/** Words of paragraph 5 that the GitHub Copilot page quotes, now also written in the source page's own guidance. */
const REPEATED = 'An AI pair programmer that suggests real-time code completions and automates repetitive coding tasks';
let copy: Fixture;
let build: { status: number | null; output: string };

beforeAll(() => {
	copy = makeFixture();
	const page = readFileSync(copy.path(SOURCE_PAGE), 'utf8');
	writeFileSync(copy.path(SOURCE_PAGE), page.replace('</Wayfinding>', `For example, the list below describes GitHub Copilot as “${REPEATED}”.\n\n</Wayfinding>`));
	build = copy.astro(['build']);
}, 180_000);

afterAll(() => copy?.remove());

test('the build succeeds when the source page repeats a quoted passage in its own words', () => {
	expect(build.status, build.output).toBe(0);
	expect(readFileSync(copy.path('dist/source/index.html'), 'utf8')).toContain(REPEATED);
});

test('each link to paragraph 5 marks words in paragraph 5 first, not the same words in the guidance above it', () => {
	const source = readPageText(readFileSync(copy.path('dist/source/index.html'), 'utf8'));
	const [from, to] = source.spans.get('p5')!;
	const offset = (at: number) => source.text.slice(0, at).replace(/[^\S\n]+/g, ' ').length;
	const copilot = parseDocument(readFileSync(copy.path('dist/products/github-copilot/index.html'), 'utf8'));
	const hrefs = DomUtils.findAll((el) => el.name === 'a' && (el.attribs.href ?? '').startsWith('/source/#p5:~:'), copilot.children).map((a) => a.attribs.href!);
	expect(hrefs.length).toBeGreaterThan(0);
	for (const href of hrefs) {
		for (const directive of parseTextDirectives(href)) {
			const [first] = matchDirective(source.text, directive);
			expect(first, `${href} marks nothing`).toBeDefined();
			expect(first![0], `${href} marks words before paragraph 5`).toBeGreaterThanOrEqual(offset(from));
			expect(first![1]).toBeLessThanOrEqual(offset(to));
		}
	}
});

test('a site that names no issue tracker offers no "Report an error" link', () => {
	expect(process.env['ISSUES_URL'], 'this copy is built without ISSUES_URL').toBeUndefined();
	expect(readFileSync(copy.path('dist/themes/azure/index.html'), 'utf8')).not.toContain('data-report-error');
});
