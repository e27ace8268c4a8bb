import { describe, expect, test } from 'vitest';
import { buildNavigation, childPages, neighbours, pagePath, primaryNavigation } from '../../src/lib/navigation.ts';

const pages = [
	{ id: 'timeline', title: 'Timeline', order: 0 },
	{ id: 'themes/b', title: 'Theme B', order: 2 },
	{ id: 'index', title: 'The partnership', navLabel: 'Overview', order: 0 },
	{ id: 'products/x', title: 'Product X', order: 1 },
	{ id: 'themes/a', title: 'Theme A', order: 1 },
	{ id: 'themes', title: 'Themes', order: 0 },
	{ id: 'products', title: 'Products', order: 0 },
];

describe('buildNavigation', () => {
	test('groups pages by their folder and sorts each group by order', () => {
		expect(buildNavigation(pages).map((g) => `${g.label}: ${g.links.map((l) => l.path).join(' ')}`)).toMatchInlineSnapshot(`
			[
			  "Overview: /",
			  "Themes: /themes/ /themes/a/ /themes/b/",
			  "Products: /products/ /products/x/",
			  "Reference: /timeline/",
			]
		`);
	});

	test('prefers the short navigation label to the title', () => {
		expect(buildNavigation(pages)[0]!.links[0]!.label).toBe('Overview');
	});

	test('leaves out groups that have no page', () => {
		expect(buildNavigation([{ id: 'themes/a', title: 'A', order: 0 }]).map((g) => g.label)).toEqual(['Themes']);
	});
});

describe('neighbours', () => {
	const navigation = buildNavigation(pages);

	test('links across group boundaries in reading order', () => {
		const { prev, next } = neighbours(navigation, 'themes/b');
		expect([prev?.path, next?.path]).toEqual(['/themes/a/', '/products/']);
	});

	test('has no previous page for the first page and no next for the last', () => {
		expect(neighbours(navigation, 'index').prev).toBeUndefined();
		expect(neighbours(navigation, 'timeline').next).toBeUndefined();
	});
});

test('pagePath maps the index page to the root', () => {
	expect(pagePath('index')).toBe('/');
	expect(pagePath('themes/azure')).toBe('/themes/azure/');
});

describe('childPages', () => {
	test('lists the top-level sections under the home page', () => {
		expect(childPages('index', pages).map((p) => p.id)).toEqual(['timeline', 'themes', 'products']);
	});

	test('lists the pages of a section under its index page', () => {
		expect(childPages('products', pages).map((p) => p.id)).toEqual(['products/x']);
	});

	test('lists nothing under a page that has no folder', () => {
		expect(childPages('timeline', pages)).toEqual([]);
	});
});

describe('primaryNavigation', () => {
	test('names a group with an index page once, and lists the pages of a group without one', () => {
		const primary = primaryNavigation(buildNavigation([...pages, { id: 'source', title: 'Source article', order: 1 }]));
		expect(primary.map((p) => `${p.label} ${p.path}`)).toEqual([
			'Overview /',
			'Themes /themes/',
			'Products /products/',
			'Timeline /timeline/',
			'Source article /source/',
		]);
		expect(primary[1]!.ids).toEqual(['themes', 'themes/a', 'themes/b']);
	});
});
