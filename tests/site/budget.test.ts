// The weight budgets, checked on every build: what a first visit to each page transfers, and the script it runs.
import { globSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';

// As a gzip-only host such as GitHub Pages sends them, at zlib's default level: the weakest common case.
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 6 }).length;
const pages = globSync('**/index.html', { cwd: 'dist' }).sort();

test.each(pages)('dist/%s: first load ≤ 18 KB in ≤ 3 requests, ≤ 2 KB of script before any interaction', (page) => {
	const html = readFileSync(`dist/${page}`);
	const text = html.toString();
	// What the page asks for on load: its stylesheets, scripts and icon (bytes as a gzip-only host sends them).
	// An inline (data:) icon travels inside the page and is counted with it.
	const assets = [...text.matchAll(/<link[^>]+rel="(?:stylesheet|icon)"[^>]+href="([^"]+)"|<script[^>]+src="([^"]+)"/g)]
		.map((m) => (m[1] ?? m[2])!)
		.filter((href) => !href.startsWith('data:'));
	const bytes = gzip(html) + assets.reduce((sum, href) => sum + gzip(readFileSync(`dist${href}`)), 0);
	expect(bytes).toBeLessThanOrEqual(18 * 1024);
	expect(1 + assets.length).toBeLessThanOrEqual(3);
	const inlineScript = [...text.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
	expect(inlineScript).toBeLessThanOrEqual(2 * 1024);
});
