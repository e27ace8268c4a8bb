// Content the build must refuse rather than drop or publish wrongly, each case in a copy of its own, and addresses of the article that never move.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { type Fixture, makeFixture, outputPlaces } from '../fixture.ts';

const SEED = 'seeds/000_65962688311309a5.txt';
const AZURE = 'src/content/docs/themes/azure.mdx';
/** The line of the heading the cases below write before, in the page as it stands: what is inserted there starts on this line. */
const HEADING = '## More than funding';
const AT = readFileSync(AZURE, 'utf8').split('\n').indexOf(HEADING) + 1;
const fixtures: Fixture[] = [];

function fixture(): Fixture {
	const made = makeFixture();
	fixtures.push(made);
	return made;
}

/** A copy of the project changed by `change`, loaded and checked as the build does (`astro sync`). */
function sync(change: (copy: Fixture) => void, env: Record<string, string> = {}) {
	const copy = fixture();
	change(copy);
	return copy.astro(['sync'], env);
}

function copyFile(copy: Fixture, from: string, to: string) {
	mkdirSync(dirname(copy.path(to)), { recursive: true });
	copyFileSync(copy.path(from), copy.path(to));
}

afterEach(() => {
	for (const made of fixtures.splice(0)) made.remove();
});

describe('the build refuses', { timeout: 90_000 }, () => {
	test('two files for one address, naming both', () => {
		const { status, output } = sync((copy) => copyFile(copy, AZURE, 'src/content/docs/themes/azure/index.mdx'));
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/docs/themes/azure/index.mdx:1:1  has the same address /themes/azure/ as src/content/docs/themes/azure.mdx; expected one file per page');
	});

	test('a page whose address a route of the site takes', () => {
		const { status, output } = sync((copy) => copyFile(copy, AZURE, 'src/content/docs/search.mdx'));
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/docs/search.mdx:1:1  would be published at /search/, which the site\'s own route "search" (/search/) already takes; expected another file name');
	});

	test('a page below a folder the site generates', () => {
		const { status, output } = sync((copy) => copyFile(copy, AZURE, 'src/content/docs/sources/news.mdx'));
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/docs/sources/news.mdx:1:1  would be published at /sources/news/, which the pages the route "sources" generates below /sources/ already takes');
	});

	test('a Markdown file the docs collection would silently leave out', () => {
		const { status, output } = sync((copy) => writeFileSync(copy.path('src/content/docs/themes/notes.md'), '# Notes\n\nA page in plain Markdown.\n'));
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/docs/themes/notes.md:1:1  only .mdx files are pages, so this file would be silently left out; rename it to themes/notes.mdx');
	});

	test('a heading with no letters or digits, whose id would be empty', () => {
		const { status, output } = sync((copy) => copy.edit(AZURE, HEADING, '## 🚀🚀\n\nA heading of emoji.<Cite id="p3" quote="The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure." />\n\n## More than funding'));
		expect(status).not.toBe(0);
		expect(output).toMatch(new RegExp(`src/content/docs/themes/azure\\.mdx:${AT}:1 {2}heading "🚀🚀" has no letters or digits, so its id would be empty`));
	});

	test('a heading whose id the layout generates', () => {
		const { status, output } = sync((copy) => copy.edit(AZURE, HEADING, '## Page sources'));
		expect(status).not.toBe(0);
		expect(output).toContain(`src/content/docs/themes/azure.mdx:${AT}:1  heading "Page sources" would have the id "page-sources", which is reserved for a section the layout adds; expected a different wording`);
	});

	test('a heading whose id a citation generates', () => {
		const { status, output } = sync((copy) => copy.edit(AZURE, HEADING, '## Cite 1'));
		expect(status).not.toBe(0);
		expect(output).toContain(`src/content/docs/themes/azure.mdx:${AT}:1  heading "Cite 1" would have the id "cite-1", which is reserved for citations (<Cite>)`);
	});

	test('raw scripts, frames, styles and event handlers in a page', () => {
		const { status, output } = sync((copy) =>
			copy.edit(AZURE, HEADING, '<script>alert(1)</script>\n\n<iframe src="https://example.org/" />\n\n<style>{`p { color: red }`}</style>\n\n<div onClick="x()" />\n\n## More than funding'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(`src/content/docs/themes/azure.mdx:${AT}:1  <script> is not allowed in a page; write it in Markdown (emphasis, links, lists, tables) instead of HTML`);
		expect(output).toContain(`src/content/docs/themes/azure.mdx:${AT + 2}:1  <iframe> is not allowed in a page`);
		expect(output).toContain(`src/content/docs/themes/azure.mdx:${AT + 4}:1  <style> is not allowed in a page`);
		expect(output).toContain(`src/content/docs/themes/azure.mdx:${AT + 4}:8  the expression {\`p { color: red }\`} would run code at build time`);
		expect(output).toContain(`src/content/docs/themes/azure.mdx:${AT + 6}:1  <div> is not allowed in a page`);
	});

	test('an alias from an address of a page that does not exist', () => {
		const { status, output } = sync((copy) => copy.edit('src/content/anchor-aliases.yaml', '\n- from: ', '\n- from: /themes/azur/#old\n  to: /themes/azur/#new\n- from: '));
		expect(status).not.toBe(0);
		expect(output).toMatch(/src\/content\/anchor-aliases\.yaml:\d+:1 {2}alias from "\/themes\/azur\/#old" points at page \/themes\/azur\/, which is not a page of the site/);
	});

	test('an invalid SITE_URL, naming the variable', () => {
		const { status, output } = sync(() => {}, { SITE_URL: 'example.org/partnership' });
		expect(status).not.toBe(0);
		expect(output).toContain('SITE_URL: "example.org/partnership" is not an address the site can be published at; expected an absolute http(s) URL');
	});

	test('an event field of the wrong form, at the line of the field', () => {
		const { status, output } = sync((copy) => copy.edit('src/content/events.yaml', "date: '2020-05-28'", "date: '2020-05-32'"));
		const line = readFileSync('src/content/events.yaml', 'utf8').split('\n').findIndex((text) => text.includes("date: '2020-05-28'")) + 1;
		expect(status).not.toBe(0);
		expect(output).toContain(`src/content/events.yaml:${line}:3  event "2020-05-28-gpt-3-paper", field "date": expected an ISO date as precise as the sources allow`);
	});
});

describe('a built site that does not hold', { timeout: 180_000 }, () => {
	test('an alias whose section is gone fails the build and leaves no deployable output', () => {
		const copy = fixture();
		copy.edit('src/content/anchor-aliases.yaml', '\n- from: ', '\n- from: /themes/azure/#old-section\n  to: /themes/azure/#no-such-section\n- from: ');
		const { status, output } = copy.astro(['build']);
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/anchor-aliases.yaml: the alias from /themes/azure/#old-section does not land');
		expect(output).toContain('The output was moved to dist-rejected/ so it cannot be deployed.');
		expect(outputPlaces(copy)).toEqual({ deployable: false, rejected: true });
	});

	test('a SITE_URL with a path keeps it in canonical and feed links', () => {
		const copy = fixture();
		const { status, output } = copy.astro(['build'], { SITE_URL: 'https://example.org/partnership/' });
		expect(output).toContain('Every link and fragment resolves');
		expect(status).toBe(0);
		const page = readFileSync(copy.path('dist/themes/azure/index.html'), 'utf8');
		expect(page).toContain('<link rel="canonical" href="https://example.org/partnership/themes/azure/">');
		const feed = readFileSync(copy.path('dist/timeline.xml'), 'utf8');
		expect(feed).toContain('<link>https://example.org/partnership/timeline/2016/#2016-11-openai-moves-experiments-to-azure</link>');
	});
});

describe('the addresses of the source article', { timeout: 90_000 }, () => {
	test('a paragraph inserted before #p3 leaves #p3 on its words: citations of it still hold, and the new paragraph gets a new number', () => {
		const inserted = 'An inserted paragraph that no page cites yet.';
		const { output } = sync((copy) => copy.edit(SEED, 'The cornerstone of the Microsoft-OpenAI alliance', `${inserted}\nThe cornerstone of the Microsoft-OpenAI alliance`));
		// Only the new block is reported, as uncited; no citation of p3 or any later block moved.
		expect(output).toContain('block p13 ("An inserted paragraph that no page …") is cited by no page or event');
		expect(output).not.toMatch(/<Cite id="p\d+">: the quote/);
		expect(output).not.toMatch(/was published for the words/);
	});

	test('a rewritten paragraph fails the build with its old words, what stands there now, and the alias that keeps its address', () => {
		const { status, output } = sync((copy) => copy.edit(SEED, 'The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure.', 'Microsoft Azure is the cornerstone of the alliance.'));
		expect(status).not.toBe(0);
		expect(output).toContain('/source/#p3 was published for the words "The cornerstone of the Microsoft-OpenAI alliance is Microsoft …", which the article no longer has; in its place now stands p13 ("Microsoft Azure is the cornerstone of the alliance. …")');
		expect(output).toContain('Keep the address: add to src/content/anchor-aliases.yaml\n  - from: /source/#p3\n    to: /source/#p13');
	});
});
