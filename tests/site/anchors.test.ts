// Published addresses never silently disappear: the built site against the committed anchor lock.
import { afterAll, describe, expect, test } from 'vitest';
import { compareWithLock } from '../../src/lib/anchors.ts';
import { readBuiltAnchors, readLock } from '../../scripts/anchors.ts';
import { makeFixture } from '../fixture.ts';

describe('the built site', () => {
	const result = compareWithLock(readLock(), readBuiltAnchors('dist'));

	test('still has every page and fragment it ever published', () => {
		expect(result.missing).toEqual([]);
	});

	test('has no permalink the lock does not hold yet (run npm run anchors:lock after adding sections)', () => {
		expect(result.unlocked).toEqual([]);
	});
});

describe('renaming a published heading', { timeout: 120_000 }, () => {
	const fixture = makeFixture();
	afterAll(() => fixture.remove());

	test('without an alias fails the lock with a message naming the old address and the fix', () => {
		fixture.edit('src/content/docs/themes/azure.mdx', '## More than funding', '## Beyond funding');
		expect(fixture.astro(['build', '--outDir', 'dist-renamed']).status).toBe(0);
		const { missing } = compareWithLock(readLock(), readBuiltAnchors(fixture.path('dist-renamed')));
		expect(missing).toEqual([
			'/themes/azure/#more-than-funding was published but the page no longer has it; add an alias to src/content/anchor-aliases.yaml (from: /themes/azure/#more-than-funding, to: /themes/azure/#<new id>); new ids on the page: beyond-funding',
		]);
	});

	test('with an alias keeps the old address landing on the renamed section', () => {
		fixture.edit('src/content/anchor-aliases.yaml', '\n- from: ', '\n- from: /themes/azure/#more-than-funding\n  to: /themes/azure/#beyond-funding\n- from: ');
		expect(fixture.astro(['build', '--outDir', 'dist-aliased']).status).toBe(0);
		const built = readBuiltAnchors(fixture.path('dist-aliased'));
		expect(compareWithLock(readLock(), built).missing).toEqual([]);
		expect(built['/themes/azure/']!.all.has('more-than-funding')).toBe(true);
	});
});
