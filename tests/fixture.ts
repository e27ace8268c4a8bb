/** Builds a changed copy of the project, for tests of what a build does with a given change. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PROJECT_FILES = ['src', 'seeds', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface Fixture {
	dir: string;
	/** The absolute path of a file of the copy. */
	path(file: string): string;
	/** Replaces text in a file of the copy, failing if the text is not there (so a test cannot pass vacuously). */
	edit(file: string, from: string, to: string): void;
	/** Runs an Astro command in the copy with the project's Node. */
	astro(args: string[], env?: Record<string, string>): { status: number | null; output: string };
	remove(): void;
}

/** The environment without what Vitest sets for its own Vite (BASE_URL, MODE, …), which would leak into the build. */
export function cleanEnv(): NodeJS.ProcessEnv {
	const leaked = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']);
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaked.has(key)));
}

export function makeFixture(): Fixture {
	const dir = mkdtempSync(join(tmpdir(), 'site-fixture-'));
	for (const entry of PROJECT_FILES) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	// The packages are linked one by one, so Astro's and Vite's caches (node_modules/.astro, .vite)
	// are the copy's own and copies built at the same time do not share them.
	mkdirSync(join(dir, 'node_modules'));
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (entry === '.astro' || entry === '.vite') continue;
		symlinkSync(join(ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
	}
	return {
		dir,
		path: (file) => join(dir, file),
		edit(file, from, to) {
			const text = readFileSync(join(dir, file), 'utf8');
			if (!text.includes(from)) throw new Error(`fixture: "${from}" is not in ${file}`);
			writeFileSync(join(dir, file), text.replace(from, to));
		},
		astro(args, env = {}) {
			const run = spawnSync(process.execPath, [ASTRO, ...args], {
				cwd: dir,
				encoding: 'utf8',
				env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
			});
			return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/** Whether a failed build left its output where a deploy step looks (`dist/`) or moved it aside (`dist-rejected/`). */
export function outputPlaces(copy: Fixture): { deployable: boolean; rejected: boolean } {
	return { deployable: existsSync(copy.path('dist/index.html')), rejected: existsSync(copy.path('dist-rejected/index.html')) };
}
