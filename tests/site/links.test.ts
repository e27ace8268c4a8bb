// The built site's links: every internal link and fragment resolves, also under a base path.
import { globSync, readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkLinks } from '../../src/integrations/links.ts';
import { type Fixture, makeFixture } from '../fixture.ts';
import { builtSiteUrl } from '../built-site.ts';

test('every internal link and #fragment of the built site resolves', async () => {
	expect(checkLinks({ dir: 'dist', site: builtSiteUrl() }).problems).toEqual([]);
});

test('every citation with a quote, every event quote and every page-source link lands on words (a text fragment)', () => {
	const pages = globSync('**/index.html', { cwd: 'dist', exclude: (file) => file.startsWith('pagefind') });
	let checked = 0;
	for (const page of pages) {
		// Links into the article: citation markers, timeline events, the record beside the article, a page's sources.
		// The site index and the source page itself link to paragraphs as such.
		if (page === 'search/index.html' || page.startsWith('source/')) continue;
		const document = parseDocument(readFileSync(join('dist', page), 'utf8'));
		const links = DomUtils.findAll((el) => el.name === 'a' && /^\/source\/#p\d+/.test(el.attribs['href'] ?? ''), document.children);
		for (const a of links) {
			const href = a.attribs['href']!;
			expect(href, `${page}: ${href}`).toMatch(/^\/source\/#p\d+:~:text=/);
			checked += 1;
		}
	}
	// Today's site has well over a hundred; a selector that found none would pass vacuously.
	expect(checked).toBeGreaterThan(100);
});

// Each test below builds its own copy of the project, so none depends on what another changed or built.
const fixtures: Fixture[] = [];
function fixture(): Fixture {
	const made = makeFixture();
	fixtures.push(made);
	return made;
}
afterEach(() => {
	for (const made of fixtures.splice(0)) made.remove();
});

test('the site built under a sub-path keeps every link working', { timeout: 120_000 }, async () => {
	const copy = fixture();
	const { status, output } = copy.astro(['build', '--outDir', 'dist-base'], { BASE_PATH: '/partnership/', SITE_URL: 'https://example.org' });
	expect(output).toContain('[link-check] Every link and fragment resolves');
	expect(status).toBe(0);
	const html = readFileSync(join(copy.path('dist-base'), 'themes/azure/index.html'), 'utf8');
	// Links written in MDX, navigation and citations all carry the base.
	expect(html).toContain('href="/partnership/themes/evolution/"');
	expect(html).toContain('href="/partnership/source/#p3:~:text=');
	expect(html).toContain('<link rel="canonical" href="https://example.org/partnership/themes/azure/">');
	expect(checkLinks({ dir: copy.path('dist-base'), base: '/partnership/', site: 'https://example.org' }).problems).toEqual([]);
});

test('a link to a missing fragment fails the build, naming the page, the link and the sections that exist', { timeout: 120_000 }, () => {
	const copy = fixture();
	copy.edit('src/content/docs/themes/azure.mdx', '(/themes/evolution/)', '(/themes/evolution/#no-such-section)');
	const { status, output } = copy.astro(['build', '--outDir', 'dist-broken']);
	expect(status).not.toBe(0);
	expect(output).toContain('1 broken link:');
	expect(output).toMatch(/\/themes\/azure\/index\.html links to \/themes\/evolution\/#no-such-section: no such fragment on \/themes\/evolution\/; its sections are: a-first-investment-in-2019, a-new-structure-2024-and-2025, a-significant-stake,/);
});

test('a text fragment that would mark no words, or other words than its target, fails the build, naming the link and the text', { timeout: 120_000 }, () => {
	const copy = fixture();
	copy.edit(
		'src/content/docs/themes/azure.mdx',
		'(/themes/evolution/)',
		'(/themes/evolution/). See [nothing](/source/#p3:~:text=no%20such%20words) and [earlier](/source/#p4:~:text=AI%20innovation) and [twice](/source/#p3:~:text=Azure%20OpenAI)',
	);
	const { status, output } = copy.astro(['build', '--outDir', 'dist-broken']);
	expect(status).not.toBe(0);
	expect(output).toContain('/themes/azure/index.html links to /source/#p3:~:text=no such words: the text "no such words" is not on the page on /source/');
	// "AI innovation" stands in the heading of p4's section, before it, so a browser would mark it there, not in p4.
	expect(output).toContain('/themes/azure/index.html links to /source/#p4:~:text=AI innovation: the text "AI innovation" first occurs before #p4');
	expect(output).toMatch(/\/themes\/azure\/index\.html links to \/source\/#p3:~:text=Azure OpenAI: the text "Azure OpenAI" (occurs \d+ times in #p3; expected once|first occurs before #p3)/);
});
