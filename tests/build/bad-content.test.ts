// Bad content must stop the build with a message naming the file, the field and what was expected.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SEED_FILE } from '../../src/paths.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const fixtures: string[] = [];

/** A copy of the project in a temporary folder, changed by `mutate`, then run through Astro's content sync. */
function syncBroken(mutate: (path: (file: string) => string) => void): { status: number | null; output: string } {
	const dir = mkdtempSync(join(tmpdir(), 'site-fixture-'));
	fixtures.push(dir);
	for (const entry of ['src', 'seeds', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	mutate((file) => join(dir, file));
	// `astro sync` loads every collection and validates it, as the build does, in a fraction of the time.
	const run = spawnSync(process.execPath, [ASTRO, 'sync'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' } });
	return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

const edit = (file: string, from: string | RegExp, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

afterEach(() => {
	for (const dir of fixtures.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the build stops', { timeout: 60_000 }, () => {
	test('when the seed file is missing, naming it', () => {
		const { status, output } = syncBroken((path) => unlinkSync(path(SEED_FILE)));
		expect(status).not.toBe(0);
		expect(output).toContain(`${SEED_FILE}: cannot read the source article (ENOENT); expected the plain-text article at this path`);
	});

	test('when the seed file is empty, naming it', () => {
		const { status, output } = syncBroken((path) => writeFileSync(path(SEED_FILE), '\n\n'));
		expect(status).not.toBe(0);
		expect(output).toContain(`${SEED_FILE}: the file is empty; expected the article title on the first line, then its paragraphs`);
	});

	test('when a page has invalid frontmatter, naming the file and the field', () => {
		const { status, output } = syncBroken((path) => edit(path('src/content/docs/themes/azure.mdx'), /^title: .*$/m, 'title: 42'));
		expect(status).not.toBe(0);
		expect(output).toContain('docs → themes/azure data does not match collection schema');
		expect(output).toContain('title: Expected type `"string"`, received `"number"`');
		expect(output).toContain('src/content/docs/themes/azure.mdx');
	});

	test('when a page cites a block that does not exist, naming the file, the field and the ids that exist', () => {
		const { status, output } = syncBroken((path) => edit(path('src/content/docs/products/github-copilot.mdx'), 'sources: [p4, p5]', 'sources: [p4, p99]'));
		expect(status).not.toBe(0);
		expect(output).toContain('docs → products/github-copilot data does not match collection schema');
		expect(output).toContain('sources.1: no block "p99" in the source article; expected one of p1, p2');
		expect(output).toContain('src/content/docs/products/github-copilot.mdx');
	});

	test('when two events share an id, naming the file and the entries', () => {
		const { status, output } = syncBroken((path) => edit(path('src/content/events.yaml'), '- id: 2025-microsoft-holds-a-significant-stake', '- id: 2019-microsoft-invests-1-billion'));
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/events.yaml: entry 2 ("2019-microsoft-invests-1-billion"): field "id" repeats the id of entry 1');
	});
});

test('the unchanged project syncs cleanly, so the failures above are caused by the changes', { timeout: 60_000 }, () => {
	const { status, output } = syncBroken(() => {});
	expect(output).not.toMatch(/error/i);
	expect(status).toBe(0);
});
