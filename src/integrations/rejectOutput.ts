/**
 * A step that runs over the finished output (the search index, the per-page files, the security policy, the link check)
 * and fails must not leave that output where a deploy step looks: every such step's failure moves `dist` aside.
 */
import { renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BaseIntegrationHooks } from 'astro';

type BuildDone = BaseIntegrationHooks['astro:build:done'];

/** Moves the output directory to `<dir>-rejected` (replacing an older one) and returns the sentence that says so. */
export function rejectOutput(dir: URL): string {
	const out = fileURLToPath(dir).replace(/[\\/]+$/, '');
	const rejected = `${out}-rejected`;
	rmSync(rejected, { recursive: true, force: true });
	renameSync(out, rejected);
	return `The output was moved to ${basename(rejected)}/ so it cannot be deployed.`;
}

/** `hook`, such that when it throws, the output is moved aside and the error says so. */
export function rejectOutputOnFailure(hook: BuildDone): BuildDone {
	return async (options) => {
		try {
			await hook(options);
		} catch (error) {
			const moved = rejectOutput(options.dir);
			throw new Error(`${(error as Error).message}\n${moved}`, { cause: error });
		}
	};
}
