// The search index integration: it writes an index for a built site and fails the build when it cannot.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, expect, test } from 'vitest';
import pagefindIndex from '../../src/integrations/pagefind.ts';

const dirs: string[] = [];
const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;

/** Runs the integration's build hook over a folder holding `pages` (path → HTML). */
async function indexSite(pages: Record<string, string>): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'pagefind-site-'));
	dirs.push(dir);
	for (const [path, html] of Object.entries(pages)) writeFileSync(join(dir, path), html);
	const hook = pagefindIndex().hooks['astro:build:done']!;
	await (hook as (options: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger: silent });
	return dir;
}

afterEach(() => {
	// A failed step moves the output aside (src/integrations/rejectOutput.ts).
	for (const dir of dirs.splice(0)) for (const path of [dir, `${dir}-rejected`]) rmSync(path, { recursive: true, force: true });
});

test('writes a search index next to the pages it indexed', { timeout: 30_000 }, async () => {
	const dir = await indexSite({ 'index.html': '<html lang="en"><body><main data-pagefind-body><h1>Azure</h1><p>Cloud.</p></main></body></html>' });
	expect(existsSync(join(dir, 'pagefind/pagefind.js'))).toBe(true);
});

test('fails the build when there is nothing to index', { timeout: 30_000 }, async () => {
	const error = (await indexSite({}).catch((caught: unknown) => caught)) as Error & { cause: Error & { cause: Error } };
	expect(error.message).toMatch(/^Building the search index failed\nThe output was moved to pagefind-site-\w+-rejected\/ so it cannot be deployed\.$/);
	expect(error.cause.cause.message).toContain('Pagefind indexed none of the 0 HTML files');
});

test('fails the build when no page marks content for search', { timeout: 30_000 }, async () => {
	await expect(indexSite({ 'index.html': '<html lang="en"><body><main data-pagefind-body></main></body></html>', 'a.html': '<html lang="en"><body><p>Text.</p></body></html>' })).rejects.toMatchObject({
		cause: { cause: { message: expect.stringContaining('Pagefind indexed none of the 2 HTML files') } },
	});
});
