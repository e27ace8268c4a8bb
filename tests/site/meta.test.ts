// Links that travel: every page describes itself for link previews, and crawlers find every page.
import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';
import { readBuiltAnchors } from '../../scripts/anchors.ts';
import { siteAddress } from '../built-site.ts';

const pages = Object.keys(readBuiltAnchors('dist'));

test.each(pages)('%s has a canonical URL, Open Graph meta and a large link card', (path) => {
	const document = parseDocument(readFileSync(`dist${path}index.html`, 'utf8'));
	const attribute = (selector: (el: { name: string; attribs: Record<string, string> }) => boolean, name: string) =>
		DomUtils.findOne((el) => selector(el), document.children)?.attribs[name];
	const meta = (key: string) => attribute((el) => el.name === 'meta' && (el.attribs['property'] === key || el.attribs['name'] === key), 'content');
	expect(attribute((el) => el.name === 'link' && el.attribs['rel'] === 'canonical', 'href')).toBe(siteAddress(path));
	expect(meta('og:url')).toBe(siteAddress(path));
	expect(meta('og:title')?.length).toBeGreaterThan(3);
	expect(meta('og:description')?.length).toBeGreaterThan(20);
	expect(meta('og:image')).toBe(siteAddress(`${path}card.png`));
	expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
	expect(meta('og:image:alt')).toContain(meta('og:title'));
	// X reads the og: tags; only the card's kind is its own.
	expect(meta('twitter:card')).toBe('summary_large_image');
});

test('the sitemap lists every page and nothing else', () => {
	const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
	const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
	expect(listed).toEqual(pages.map((path) => siteAddress(path)).sort());
});

test('robots.txt allows crawling and points at the sitemap', () => {
	expect(readFileSync('dist/robots.txt', 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${siteAddress('/sitemap-index.xml')}\n`);
});

test.each(pages)('%s keeps every correction note in what search indexes', (path) => {
	const document = parseDocument(readFileSync(`dist${path}index.html`, 'utf8'));
	const notes = DomUtils.findAll((el) => el.attribs['role'] === 'note' && (el.attribs['class'] ?? '').includes('record-note'), document.children);
	for (const note of notes) {
		let node: typeof note | null = note;
		while (node) {
			expect(node.attribs['data-pagefind-ignore']).toBeUndefined();
			node = node.parent && 'attribs' in node.parent ? (node.parent as typeof note) : null;
		}
	}
});
