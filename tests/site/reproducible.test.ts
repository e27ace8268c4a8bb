// Two builds of the same sources produce the same files, byte for byte.
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { makeFixture } from '../fixture.ts';

/** Every file of a build with the SHA-256 of its bytes. */
function digest(dir: string): Record<string, string> {
	return Object.fromEntries(
		globSync('**/*', { cwd: dir, withFileTypes: false })
			.sort()
			.flatMap((file) => {
				try {
					return [[file, createHash('sha256').update(readFileSync(join(dir, file))).digest('hex')]];
				} catch {
					return []; // a folder
				}
			}),
	);
}

test('two builds of the same commit are identical', { timeout: 120_000 }, () => {
	const fixture = makeFixture();
	try {
		expect(fixture.astro(['build', '--outDir', 'build-a']).status).toBe(0);
		expect(fixture.astro(['build', '--outDir', 'build-b']).status).toBe(0);
		const a = digest(fixture.path('build-a'));
		const b = digest(fixture.path('build-b'));
		expect(Object.keys(a).length).toBeGreaterThan(40);
		expect(b).toEqual(a);
	} finally {
		fixture.remove();
	}
});
