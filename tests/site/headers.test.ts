// Static hosts get the same Content Security Policy as the pages, and the usual security headers.
import { globSync, readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { expect, test } from 'vitest';

const headers = readFileSync('dist/_headers', 'utf8');

/** The directives of a policy, one string each, as a browser splits them. */
const directives = (policy: string) =>
	policy
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);

/** The policy a built page carries in its `<meta http-equiv="content-security-policy">`. */
function metaPolicy(page: string): string | undefined {
	const document = parseDocument(readFileSync(`dist/${page}`, 'utf8'));
	return DomUtils.findOne((el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy', document.children)?.attribs['content'];
}

test('_headers sends every page the policy its <meta> carries, and forbids framing', () => {
	// The header line that applies to every path (`/*`).
	const line = /^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
	expect(line, 'a Content-Security-Policy header under /*').toBeDefined();
	const pages = globSync('**/*.html', { cwd: 'dist', exclude: (file) => file.startsWith('pagefind') });
	expect(pages).toContain('timeline/index.html');
	for (const page of pages) {
		const policy = metaPolicy(page);
		expect(policy, page).toContain("'wasm-unsafe-eval'");
		expect(directives(line!), page).toEqual([...directives(policy!), "frame-ancestors 'none'"]);
	}
});

test('_headers sets the usual security headers', () => {
	for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'Permissions-Policy: ', 'X-Frame-Options: DENY']) {
		expect(headers).toContain(header);
	}
});
