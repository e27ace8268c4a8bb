import { describe, expect, test } from 'vitest';
import { compareWithLock, extendLock, pageAnchors } from '../../src/lib/anchors.ts';

const page = (body: string) => `<html><body><main>${body}</main></body></html>`;
const heading = (id: string) => `<div><h2 id="${id}">T</h2><a href="#${id}" data-permalink>#</a></div>`;

describe('pageAnchors', () => {
	test('publishes the targets of permalinks, not every id', () => {
		const anchors = pageAnchors(page(`${heading('one')}<span id="cite-1"></span><a href="#one">again</a>`));
		expect(anchors.published).toEqual(['one']);
		expect([...anchors.all].sort()).toEqual(['cite-1', 'one']);
	});

	test('publishes the rows and columns of a data table marked permanent', () => {
		const table = '<table><tr><th id="at-2019" data-permanent>2019</th></tr><tr id="term-cloud" data-permanent><td id="cell">x</td></tr></table>';
		expect(pageAnchors(page(table)).published).toEqual(['at-2019', 'term-cloud']);
	});
});

describe('compareWithLock', () => {
	const lock = { '/a/': ['old-name', 'kept'] };

	test('names a renamed section, the alias that would keep it, and the new ids on the page', () => {
		const site = { '/a/': pageAnchors(page(heading('new-name') + heading('kept'))) };
		expect(compareWithLock(lock, site).missing).toEqual([
			'/a/#old-name was published but the page no longer has it; add an alias to src/content/anchor-aliases.yaml (from: /a/#old-name, to: /a/#<new id>); new ids on the page: new-name',
		]);
	});

	test('accepts a renamed section whose old id is kept by an alias', () => {
		const site = { '/a/': pageAnchors(page(`<span id="old-name"></span>${heading('new-name')}${heading('kept')}`)) };
		expect(compareWithLock(lock, site).missing).toEqual([]);
	});

	test('names a published page that is gone', () => {
		expect(compareWithLock(lock, {}).missing).toEqual(['page /a/ was published but is no longer built; restore it or keep its address with a redirect']);
	});

	test('lists new pages and fragments that the lock does not hold yet', () => {
		const site = { '/a/': pageAnchors(page(heading('old-name') + heading('kept') + heading('added'))), '/b/': pageAnchors(page('')) };
		expect(compareWithLock(lock, site).unlocked).toEqual(['/a/#added', 'page /b/']);
	});
});

test('extending the lock keeps every address it held and adds the new ones', () => {
	expect(extendLock({ '/a/': ['x'], '/gone/': ['y'] }, { '/a/': ['z'], '/b/': [] })).toEqual({ '/a/': ['x', 'z'], '/b/': [], '/gone/': ['y'] });
});
