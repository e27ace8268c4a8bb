// A long group of the navigation is windowed around the current page, so each page's navigation stays small.
import { expect, test } from 'vitest';
import { windowLinks } from '../../src/lib/navigation.ts';

const links = Array.from({ length: 30 }, (_, i) => ({ id: `g/${i}`, label: `Page ${i}`, path: `/g/${i}/` }));
const shownIds = (current: string | undefined) => windowLinks(links, current, 6).shown.map((l) => l.id);

test('a short group is shown whole', () => {
	expect(windowLinks(links.slice(0, 5), 'g/2', 6)).toEqual({ shown: links.slice(0, 5), hidden: 0 });
});

test('a long group shows its index, then the window around the current page, and counts the rest', () => {
	expect(shownIds('g/15')).toEqual(['g/0', 'g/13', 'g/14', 'g/15', 'g/16', 'g/17']);
	expect(windowLinks(links, 'g/15', 6).hidden).toBe(24);
});

test('the window stays inside the group at either end', () => {
	expect(shownIds('g/29')).toEqual(['g/0', 'g/25', 'g/26', 'g/27', 'g/28', 'g/29']);
	expect(shownIds('g/0')).toEqual(['g/0', 'g/1', 'g/2', 'g/3', 'g/4', 'g/5']);
	expect(shownIds(undefined)).toEqual(['g/0', 'g/1', 'g/2', 'g/3', 'g/4', 'g/5']);
});
