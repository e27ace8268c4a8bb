// Every built page is valid HTML (html-validate's recommended rules, see .htmlvalidate.json).
import { globSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { expect, test } from 'vitest';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = globSync('**/*.html', { cwd: 'dist', exclude: (file) => file.startsWith('pagefind') }).sort();

test('the site has every page to validate', () => {
	expect(pages.length).toBeGreaterThanOrEqual(14);
});

test.each(pages)('dist/%s is valid HTML', async (page) => {
	const report = await validator.validateFile(`dist/${page}`);
	expect(report.valid, formatterFactory('text')(report.results)).toBe(true);
});
