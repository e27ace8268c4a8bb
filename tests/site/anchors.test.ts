// Published addresses never silently disappear: the built site against the committed anchor lock.
import { afterEach, describe, expect, test } from 'vitest';
import { compareWithLock } from '../../src/lib/anchors.ts';
import { readBuiltAnchors, readLock } from '../../scripts/anchors.ts';
import { type Fixture, makeFixture } from '../fixture.ts';

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
	// Each test renames the heading in a copy of its own, so each stands alone.
	const fixtures: Fixture[] = [];
	afterEach(() => {
		for (const fixture of fixtures.splice(0)) fixture.remove();
	});

	/** A copy of the project whose "More than funding" section of the Azure page is renamed "Beyond funding". */
	function renamed(): Fixture {
		const fixture = makeFixture();
		fixtures.push(fixture);
		fixture.edit('src/content/docs/themes/azure.mdx', '## More than funding', '## Beyond funding');
		return fixture;
	}

	test('without an alias fails the lock with a message naming the old address and the fix', () => {
		const fixture = renamed();
		expect(fixture.astro(['build', '--outDir', 'dist-renamed']).status).toBe(0);
		const { missing } = compareWithLock(readLock(), readBuiltAnchors(fixture.path('dist-renamed')));
		expect(missing).toEqual([
			'/themes/azure/#more-than-funding was published but the page no longer has it; add an alias to src/content/anchor-aliases.yaml (from: /themes/azure/#more-than-funding, to: /themes/azure/#<new id>); new ids on the page: beyond-funding',
		]);
	});

	test('with an alias keeps the old address landing on the renamed section', () => {
		const fixture = renamed();
		fixture.edit('src/content/anchor-aliases.yaml', '\n- from: ', '\n- from: /themes/azure/#more-than-funding\n  to: /themes/azure/#beyond-funding\n- from: ');
		expect(fixture.astro(['build', '--outDir', 'dist-aliased']).status).toBe(0);
		const built = readBuiltAnchors(fixture.path('dist-aliased'));
		expect(compareWithLock(readLock(), built).missing).toEqual([]);
		expect(built['/themes/azure/']!.all.has('more-than-funding')).toBe(true);
		expect(built['/themes/azure/']!.published).toContain('beyond-funding');
		expect(built['/themes/azure/']!.published).not.toContain('more-than-funding');
	});
});
