// The weight budgets, checked on every build: what a first visit to each page needs to be read (its HTML and CSS), the
// requests it makes and the script it runs before any interaction (the page script, a file every page shares).
import { globSync } from 'node:fs';
import { expect, test } from 'vitest';
import { firstLoad } from '../../scripts/pageWeight.ts';

const pages = globSync('**/index.html', { cwd: 'dist' }).sort();

test.each(pages)('dist/%s: HTML and CSS ≤ 18 KB, ≤ 4 requests, ≤ 2 KB of script before any interaction', (page) => {
	const { bytes, requests, scriptBytes } = firstLoad('dist', page);
	expect(bytes).toBeLessThanOrEqual(18 * 1024);
	// The page, the site's stylesheet, a page's own (the timeline's, the terms table's, the charts'), the page script.
	expect(requests).toBeLessThanOrEqual(4);
	expect(scriptBytes).toBeLessThanOrEqual(2 * 1024);
});
