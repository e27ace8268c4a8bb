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

test.each(pages)('%s shows where it stands and when it last changed, as its structured data says', (path) => {
	const document = parseDocument(readFileSync(`dist${path}index.html`, 'utf8'));
	const jsonLd = DomUtils.findOne((el) => el.name === 'script' && el.attribs['type'] === 'application/ld+json', document.children);
	if (!jsonLd) return; // The search page is an index of the site, not a page of it.
	const graph = JSON.parse(DomUtils.textContent(jsonLd))['@graph'] as Array<Record<string, unknown>>;
	const article = graph.find((node) => node['@type'] === 'Article')!;
	const trail = (graph.find((node) => node['@type'] === 'BreadcrumbList')!['itemListElement'] as Array<{ name: string; item: string }>).map(({ name, item }) => [name, item]);
	const nav = DomUtils.findOne((el) => el.name === 'nav' && el.attribs['aria-label'] === 'Breadcrumbs', document.children);
	if (trail.length === 1) expect(nav, 'the home page needs no breadcrumbs').toBeNull();
	else {
		const items = DomUtils.findAll((el) => el.name === 'li', nav!.children);
		const shown = items.map((li) => {
			const link = DomUtils.findOne((el) => el.name === 'a', li.children);
			return [DomUtils.textContent(li), link ? siteAddress(link.attribs['href']!) : siteAddress(path)];
		});
		expect(shown).toEqual(trail);
		// The page itself is named, not linked.
		expect(items.at(-1)!.attribs['aria-current']).toBe('page');
	}
	const dates = DomUtils.findOne((el) => el.name === 'p' && el.attribs['class'] === 'page-dates not-prose', document.children)!;
	const times = DomUtils.findAll((el) => el.name === 'time', dates.children).map((el) => el.attribs['datetime']);
	expect(DomUtils.textContent(dates)).toMatch(/^Last updated \d{1,2} [A-Z][a-z]+ \d{4}/);
	expect(times[0]).toBe(article['dateModified']);
	expect(times[1] ?? times[0]).toBe(article['datePublished']);
});
