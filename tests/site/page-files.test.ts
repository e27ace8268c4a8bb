// The files beside each page: its link card, its Markdown copy with every citation, its citation files, and /llms.txt.
import { existsSync, readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { DomUtils, parseDocument } from 'htmlparser2';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { expect, test } from 'vitest';
import { readBuiltAnchors } from '../../scripts/anchors.ts';
import { siteAddress } from '../built-site.ts';

const pages = Object.keys(readBuiltAnchors('dist'));
/** The written pages, which have a Markdown copy and a citation; the site index (/search/) is a tool, not a text. */
const textPages = pages.filter((path) => readFileSync(`dist${path}index.html`, 'utf8').includes('rel="alternate" type="text/markdown"'));

test('every written page announces a Markdown copy and a citation', () => {
	expect(textPages.length).toBeGreaterThanOrEqual(15);
	expect(pages.filter((path) => !textPages.includes(path))).toEqual(['/search/']);
});

test.each(pages)('%s has a link card: a PNG of 1200 × 630 pixels', (path) => {
	const png = readFileSync(`dist${path}card.png`);
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	// The IHDR chunk: width and height, big-endian, after the signature, length and type.
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test.each(textPages)('%s: its Markdown copy keeps every citation of the page, as absolute links', (path) => {
	const document = parseDocument(readFileSync(`dist${path}index.html`, 'utf8'));
	const main = DomUtils.findOne((el) => el.name === 'main', document.children)!;
	const cited = new Set(
		DomUtils.findAll((el) => el.name === 'a' && (el.attribs['class'] ?? '').includes('cite-marker'), [main]).map((a) => siteAddress(a.attribs['href']!)),
	);
	const markdown = readFileSync(`dist${path}index.md`, 'utf8');
	const title = DomUtils.textContent(DomUtils.findOne((el) => el.name === 'h1', [main])!);
	expect(markdown.startsWith(`# ${title}\n`)).toBe(true);
	// Read back as Markdown, so escapes in the addresses count as what they mean.
	const links: string[] = [];
	visit(fromMarkdown(markdown), 'link', (node) => void links.push(node.url));
	for (const href of cited) expect(links, href).toContain(href);
	expect(links.every((link) => URL.canParse(link)), 'no link left relative').toBe(true);
	// None of the page's chrome: permalink marks, the hidden passages, "On this page", previous/next.
	expect(markdown).not.toMatch(/\[#\]|Source: paragraph|On this page|^Previous$|View as Markdown/m);
});

test.each(textPages)('%s: its citation files parse, each naming the page, its address and its date', (path) => {
	const html = readFileSync(`dist${path}index.html`, 'utf8');
	const title = /<meta name="citation_title" content="([^"]*)"/.exec(html)?.[1];
	const date = /<meta name="citation_publication_date" content="(\d{4})\/(\d{2})\/(\d{2})"/.exec(html);
	expect(title).toBeTruthy();
	expect(date).toBeTruthy();
	const decoded = title!.replaceAll('&#39;', "'").replaceAll('&amp;', '&').replaceAll('&quot;', '"');
	const expected = { title: decoded, URL: siteAddress(path), issued: { 'date-parts': [[Number(date![1]), Number(date![2]), Number(date![3])]] } };
	const csl = JSON.parse(readFileSync(`dist${path}cite.json`, 'utf8'));
	expect(csl).toHaveLength(1);
	expect(csl[0]).toMatchObject({ type: 'webpage', ...expected });
	for (const file of ['cite.bib', 'cite.ris']) {
		const items = new Cite(readFileSync(`dist${path}${file}`, 'utf8')).data;
		expect(items, file).toHaveLength(1);
		expect(items[0], file).toMatchObject({ title: decoded, URL: siteAddress(path) });
	}
});

test('/llms.txt follows the convention and links every page\'s Markdown copy, each of which exists', () => {
	const index = readFileSync('dist/llms.txt', 'utf8');
	expect(index).toMatch(/^# .+\n\n> .+\n/);
	const links = [...index.matchAll(/^- \[[^\]]+\]\(([^)]+)\): .+$/gm)].map((m) => m[1]!);
	const home = siteAddress('/');
	for (const link of links) expect(existsSync(`dist/${link.slice(home.length)}`), link).toBe(true);
	expect(links.sort()).toEqual(textPages.map((path) => siteAddress(`${path}index.md`)).sort());
});

test('/llms-full.txt holds every Markdown copy, the source article included', () => {
	const full = readFileSync('dist/llms-full.txt', 'utf8');
	for (const path of textPages) expect(full, path).toContain(readFileSync(`dist${path}index.md`, 'utf8').trimEnd());
	expect(full).toContain('# The source article');
});

test.each(textPages)('%s: its structured data is a schema.org Article based on the source article, with its breadcrumbs', (path) => {
	const html = readFileSync(`dist${path}index.html`, 'utf8');
	const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]!);
	expect(scripts).toHaveLength(1);
	const data = JSON.parse(scripts[0]!) as { '@context': string; '@graph': Array<Record<string, any>> };
	expect(data['@context']).toBe('https://schema.org');
	const article = data['@graph'].find((node) => node['@type'] === 'Article')!;
	const crumbs = data['@graph'].find((node) => node['@type'] === 'BreadcrumbList')!;
	const document = parseDocument(html);
	const h1 = DomUtils.textContent(DomUtils.findOne((el) => el.name === 'h1', document.children)!);
	expect(article).toMatchObject({ headline: h1, url: siteAddress(path), image: siteAddress(`${path}card.png`), isBasedOn: { '@type': 'Article', url: siteAddress('/source/') } });
	expect(article['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	expect(article['dateModified'] >= article['datePublished']).toBe(true);
	// Each outside source it cites is an entry of a sources page, which exists.
	for (const { '@id': id } of article['citation'] ?? []) {
		const [file, anchor] = (id as string).slice(siteAddress('/').length).split('#');
		expect(readFileSync(`dist/${file}index.html`, 'utf8'), id).toContain(`id="${anchor}"`);
	}
	const items = crumbs['itemListElement'] as Array<{ '@type': string; position: number; name: string; item: string }>;
	expect(items.map((item) => item.position)).toEqual(items.map((_, i) => i + 1));
	expect(items[0]!.item).toBe(siteAddress('/'));
	expect(items.at(-1)!.item).toBe(siteAddress(path));
});

test('a page whose text cites outside sources names them in its structured data', () => {
	const html = readFileSync('dist/themes/evolution/index.html', 'utf8');
	const data = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
	expect(data['@graph'][0].citation.length).toBeGreaterThan(0);
});

test.each(textPages)('%s offers its APA reference and its citation files under "Cite this page"', (path) => {
	const document = parseDocument(readFileSync(`dist${path}index.html`, 'utf8'));
	const details = DomUtils.findOne((el) => el.name === 'details' && DomUtils.textContent(el).startsWith('Cite this page'), document.children)!;
	const text = DomUtils.textContent(details);
	expect(text).toMatch(/\(\d{4}, [A-Z][a-z]+ \d{1,2}\)\./);
	expect(text).toContain(siteAddress(path));
	const links = DomUtils.findAll((el) => el.name === 'a', [details]).map((a) => a.attribs['href']);
	expect(links).toEqual(['cite.bib', 'cite.ris', 'cite.json', expect.stringMatching(/\/source\/$/)]);
	// Each file is saved under the page's own name; the site, as the author, is plainly not the companies.
	const slug = path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'home';
	const downloads = DomUtils.findAll((el) => el.name === 'a' && 'download' in el.attribs, [details]).map((a) => a.attribs['download']);
	expect(downloads).toEqual(['bib', 'ris', 'json'].map((ext) => expect.stringMatching(new RegExp(`^${slug}-\\d{4}\\.${ext}$`))));
	expect(text).toMatch(/^Cite this page\s*Microsoft × OpenAI, an independent reference site\. \(/);
});
