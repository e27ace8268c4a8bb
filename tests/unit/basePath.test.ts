import { expect, test } from 'vitest';
import { withBase, withoutBase } from '../../src/lib/basePath.ts';

test('prefixes a path with the base, with a single slash between', () => {
	expect(withBase('/themes/azure/', '/')).toBe('/themes/azure/');
	expect(withBase('/source/#p3', '/repo/')).toBe('/repo/source/#p3');
	expect(withBase('/', '/repo')).toBe('/repo/');
});

test('refuses a relative path, which would resolve differently on every page', () => {
	expect(() => withBase('source/', '/')).toThrow(/site-relative path/);
});

test('removes the base from a path that has it, and leaves other paths alone', () => {
	expect(withoutBase('/repo/themes/azure/', '/repo/')).toBe('/themes/azure/');
	expect(withoutBase('/themes/azure/', '/')).toBe('/themes/azure/');
	expect(withoutBase('/repository/', '/repo/')).toBe('/repository/');
});
