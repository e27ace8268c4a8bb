import { expect, test } from 'vitest';
import { type CitingPlace, firstGroups, groupByPage, placeHref, placeLabel } from '../../src/lib/provenance.ts';

const section = (path: string, id: string): CitingPlace => ({ page: `Page ${path}`, path, section: { id, title: `Section ${id}` }, quotes: [] });

test('names a place by its page and section, and links to the section', () => {
	const place = section('/a/', 'one');
	expect(placeLabel(place)).toBe('Page /a/ › Section one');
	expect(placeHref(place)).toBe('/a/#one');
	expect(placeHref({ path: '/a/' })).toBe('/a/');
});

test('groups places by page in the order pages first cite, noting a page that cites outside its sections', () => {
	const groups = groupByPage([section('/a/', 'one'), section('/b/', 'two'), { page: 'Page /a/', path: '/a/', quotes: [] }, section('/a/', 'three')]);
	expect(groups.map((g) => [g.path, g.whole, g.sections.map((s) => s.section!.id)])).toEqual([
		['/a/', true, ['one', 'three']],
		['/b/', false, ['two']],
	]);
});

test('cuts a long list after whole pages, within the pages and places allowed', () => {
	const places = Array.from({ length: 30 }, (_, i) => [section(`/p${i}/`, 'x'), section(`/p${i}/`, 'y'), section(`/p${i}/`, 'z')]).flat();
	const groups = groupByPage(places);
	expect(firstGroups(groups, 8, 16)).toMatchObject({ hidden: 75 });
	expect(firstGroups(groups, 8, 16).shown.map((g) => g.path)).toEqual(['/p0/', '/p1/', '/p2/', '/p3/', '/p4/']);
	expect(firstGroups(groups, 2, 100).shown).toHaveLength(2);
	expect(firstGroups(groupByPage(places.slice(0, 6)), 8, 16)).toMatchObject({ hidden: 0 });
});

test('keeps the first sections of a first page too long to show whole, so the list is never empty nor long', () => {
	const many = Array.from({ length: 40 }, (_, i) => section('/big/', `s${i}`));
	const { shown, hidden } = firstGroups(groupByPage([...many, section('/small/', 'x')]), 8, 16);
	expect(shown.map((g) => [g.path, g.sections.length])).toEqual([['/big/', 16]]);
	expect(hidden).toBe(25);
});
