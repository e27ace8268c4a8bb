// A site with many pages keeps its long lists short: what cites a paragraph on /source/, and the site index on /search/.
import { readFileSync, writeFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Fixture, makeFixture } from '../fixture.ts';

const PAGES = 10;
const QUOTE = 'The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure.';
let copy: Fixture;
let build: { status: number | null; output: string };

/** A page of two sections, each citing paragraph 3. */
const page = (i: number) =>
	`---\ntitle: Extra page ${i}\ndescription: An extra page that cites paragraph 3.\norder: ${100 + i}\npublished: 2026-11-24\n---\n\n## First part ${i}\n\nText.<Cite id="p3" quote="${QUOTE}" />\n\n## Second part ${i}\n\nMore text.<Cite id="p3" quote="${QUOTE}" />\n`;

type Node = ReturnType<typeof parseDocument>;
type Element = ReturnType<typeof DomUtils.findAll>[number];
const html = (path: string) => parseDocument(readFileSync(copy.path(`dist${path}index.html`), 'utf8'));
const byId = (id: string, root: Node | Element) => DomUtils.getElementById(id, [root])!;
const hasClass = (el: Element, name: string) => (el.attribs.class ?? '').split(/\s+/).includes(name);
/** The elements named `tag` below `root`. */
const all = (tag: string, root: Node | Element) => DomUtils.getElementsByTagName(tag, [root], true);
const text = (el: Element) => DomUtils.textContent(el).trim();
const citingLinks = (root: Node | Element) => all('ul', root).filter((ul) => hasClass(ul, 'citing-places')).flatMap((ul) => all('a', ul));

beforeAll(() => {
	copy = makeFixture();
	for (let i = 0; i < PAGES; i += 1) writeFileSync(copy.path(`src/content/docs/themes/extra-${i}.mdx`), page(i));
	build = copy.astro(['build']);
}, 180_000);

afterAll(() => copy?.remove());

test('the build succeeds with the extra pages', () => {
	expect(build.status, build.output).toBe(0);
});

test("a widely cited paragraph's list on /source/ is cut short and links to a page listing every place", () => {
	const p3 = all('details', byId('p3', html('/source/')))[0]!;
	const summary = text(all('summary', p3)[0]!);
	const [, places, pages] = /^Cited in (\d+) places on (\d+) pages$/.exec(summary)!;
	// The site's own citations of p3 plus two per extra page.
	expect(Number(places)).toBeGreaterThan(2 * PAGES);
	const listed = citingLinks(p3);
	expect(listed.length).toBeLessThan(Number(places));
	const more = all('a', p3).find((a) => a.attribs.href === '/source/cited-by/p3/');
	expect(more && text(more)).toBe(`All ${places} places that cite paragraph 3…`);

	const full = byId('main', html('/source/cited-by/p3/'));
	const hrefs = new Set(citingLinks(full).map((a) => a.attribs.href));
	for (let i = 0; i < PAGES; i += 1) {
		expect(hrefs).toContain(`/themes/extra-${i}/`);
		expect(hrefs).toContain(`/themes/extra-${i}/#first-part-${i}`);
		expect(hrefs).toContain(`/themes/extra-${i}/#second-part-${i}`);
	}
	// Each page is named once, with its sections after it.
	const list = all('ul', full).find((ul) => hasClass(ul, 'citing-places'))!;
	expect(list.children.filter((child) => 'name' in child && child.name === 'li')).toHaveLength(Number(pages));
});

test('a paragraph whose whole list fits gets no page of its own', () => {
	expect(() => html('/source/cited-by/p1/')).toThrow(/ENOENT/);
	expect(all('a', byId('p1', html('/source/'))).some((a) => a.attribs.href?.startsWith('/source/cited-by/'))).toBe(false);
});

test('the site index on /search/ cuts a long group and links to its index page, which lists every page', () => {
	const links = all('a', byId('main', html('/search/')));
	const whole = links.find((a) => /^All \d+ pages of Themes…$/.test(text(a)));
	expect(whole?.attribs.href).toBe('/themes/');
	expect(links.filter((a) => /^\/themes\/extra-\d+\/$/.test(a.attribs.href ?? '')).length).toBeLessThan(PAGES);
	const index = all('a', byId('main', html('/themes/'))).map((a) => a.attribs.href);
	for (let i = 0; i < PAGES; i += 1) expect(index).toContain(`/themes/extra-${i}/`);
});

test("a section's index shows its first pages as cards and lists every other page of it by title", () => {
	const section = byId('in-this-section', html('/themes/')).parent!.parent as Element;
	const [cards, rest] = all('ul', section);
	expect(all('li', cards!).filter((li) => all('p', li).length === 1)).toHaveLength(12);
	const listed = new Set(all('a', section).map((a) => a.attribs.href));
	for (let i = 0; i < PAGES; i += 1) expect(listed).toContain(`/themes/extra-${i}/`);
	expect(all('a', rest!).length).toBeGreaterThan(0);
	expect(all('p', rest!)).toHaveLength(0);
});
