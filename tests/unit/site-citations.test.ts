// The site's own citations, checked as the build checks them, without a build.
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/citations.ts';
import { readSiteProvenance } from '../../src/integrations/citations.ts';

const provenance = readSiteProvenance(pathToFileURL(`${process.cwd()}/`));

test('every citation on every page holds against the seed', () => {
	expect(formatProblems(provenance.problems)).toBe('');
});

test('every block of the article is cited somewhere (coverage 100%)', () => {
	expect(provenance.uncited.map((b) => b.id)).toEqual([]);
	expect(provenance.blockCount).toBe(12);
});

test('every page makes citations', () => {
	const silent = provenance.pages.filter((p) => p.citations.citations.length === 0).map((p) => p.path);
	expect(silent).toEqual([]);
});
