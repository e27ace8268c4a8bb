import { expect, test } from 'vitest';
import { svgDataUri } from '../../src/lib/dataUri.ts';

test('escapes only what a URL cannot carry, and keeps the SVG readable', () => {
	expect(svgDataUri('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#0b57a4"/></svg>\n')).toBe(
		"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Crect fill='%230b57a4'/%3E%3C/svg%3E",
	);
});

test('gives a URL a browser decodes back to the same drawing', () => {
	const svg = '<svg viewBox="0 0 32 32"><path d="M9 10l14 12"/></svg>';
	expect(decodeURIComponent(svgDataUri(svg).slice('data:image/svg+xml,'.length)).replace(/'/g, '"')).toBe(svg);
});
