// The built site's links: every internal link and fragment resolves, also under a base path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { checkLinks } from '../../src/integrations/links.ts';
import { type Fixture, makeFixture } from '../fixture.ts';
import { builtSiteUrl } from '../built-site.ts';

test('every internal link and #fragment of the built site resolves', async () => {
	expect(checkLinks({ dir: 'dist', site: builtSiteUrl() }).problems).toEqual([]);
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
	expect(html).toContain('href="/partnership/source/#p3"');
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
