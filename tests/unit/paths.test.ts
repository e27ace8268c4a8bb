import { expect, test } from 'vitest';
import { withBase } from '../../src/lib/paths.ts';

test('prefixes a path with the base, with a single slash between', () => {
	expect(withBase('/themes/azure/', '/')).toBe('/themes/azure/');
	expect(withBase('/source/#p3', '/repo/')).toBe('/repo/source/#p3');
	expect(withBase('/', '/repo')).toBe('/repo/');
});

test('refuses a relative path, which would resolve differently on every page', () => {
	expect(() => withBase('source/', '/')).toThrow(/site-relative path/);
});
