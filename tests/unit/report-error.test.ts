// "Report an error": a new issue in the site's tracker with the page, and the section when there is one, filled in.
import { expect, test } from 'vitest';
import { reportErrorUrl } from '../../src/lib/reportError.ts';

const ISSUES = 'https://github.com/owner/repo/issues';

test('opens a new issue naming the page and its address, with what the reader is asked for', () => {
	const url = new URL(reportErrorUrl(`${ISSUES}/`, { title: 'Azure, the cornerstone', url: 'https://example.org/themes/azure/' }));
	expect(`${url.origin}${url.pathname}`).toBe(`${ISSUES}/new`);
	expect(url.searchParams.get('title')).toBe('Error on “Azure, the cornerstone”');
	expect(url.searchParams.get('body')).toBe('Page: https://example.org/themes/azure/\n\nWhat is wrong:\n\nWhat the source says (a link if you have one):\n');
});

test('names the section, and its address, when the reader was in one', () => {
	const url = new URL(reportErrorUrl(ISSUES, { title: 'How it evolved', url: 'https://example.org/themes/evolution/#revenue-share', section: 'Revenue share & AGI' }));
	expect(url.searchParams.get('title')).toBe('Error on “How it evolved”, Revenue share & AGI');
	expect(url.searchParams.get('body')).toMatch(/^Page: https:\/\/example\.org\/themes\/evolution\/#revenue-share\nSection: Revenue share & AGI\n/);
});
