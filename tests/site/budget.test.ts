// The weight budgets, checked on every build: what a first visit to each page transfers, and the script it runs.
import { globSync } from 'node:fs';
import { expect, test } from 'vitest';
import { firstLoad } from '../../scripts/pageWeight.ts';

const pages = globSync('**/index.html', { cwd: 'dist' }).sort();

test.each(pages)('dist/%s: first load ≤ 18 KB in ≤ 3 requests, ≤ 2 KB of script before any interaction', (page) => {
	const { bytes, requests, inlineScriptBytes } = firstLoad('dist', page);
	expect(bytes).toBeLessThanOrEqual(18 * 1024);
	expect(requests).toBeLessThanOrEqual(3);
	expect(inlineScriptBytes).toBeLessThanOrEqual(2 * 1024);
});
