// Static hosts get the same Content Security Policy as the pages, and the usual security headers.
import { createHash } from 'node:crypto';
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

const pages = globSync('**/*.html', { cwd: 'dist', exclude: (file) => file.startsWith('pagefind') });

/** The hashes of a page's inline scripts and styles, as a browser computes them to check them against the policy. */
function inlineHashes(page: string): string[] {
	const document = parseDocument(readFileSync(`dist/${page}`, 'utf8'), { decodeEntities: false });
	const runs = (type: string | undefined) => ['', 'module', 'text/javascript', 'application/javascript'].includes(type ?? '');
	const inline = DomUtils.findAll((el) => (el.name === 'script' && el.attribs['src'] === undefined && runs(el.attribs['type'])) || el.name === 'style', document.children);
	return inline.map((el) => `sha256-${createHash('sha256').update(DomUtils.textContent(el)).digest('base64')}`).sort();
}

const hashesOf = (policy: string) => [...policy.matchAll(/'(sha256-[^']+)'/g)].map((m) => m[1]!).sort();

test('_headers sends every page a policy that allows what its <meta> allows and no more, and forbids framing', () => {
	// The header line that applies to every path (`/*`).
	const line = /^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy: (.*)$/m.exec(headers)?.[1];
	expect(line, 'a Content-Security-Policy header under /*').toBeDefined();
	expect(pages).toContain('timeline/index.html');
	const withoutHashes = (policy: string) => directives(policy.replace(/ 'sha256-[^']+'/g, ''));
	const everyHash = new Set(pages.flatMap(inlineHashes));
	expect(new Set(hashesOf(line!))).toEqual(everyHash);
	for (const page of pages) {
		const policy = metaPolicy(page)!;
		expect(policy, page).toContain("'wasm-unsafe-eval'");
		expect(withoutHashes(line!), page).toEqual([...withoutHashes(policy), "frame-ancestors 'none'"]);
	}
});

test("each page's <meta> policy allows exactly its own inline scripts and styles", () => {
	for (const page of pages) {
		expect(hashesOf(metaPolicy(page)!), page).toEqual([...new Set(inlineHashes(page))].sort());
	}
	// The timeline has a style of its own (its filters), which no other page needs.
	expect(hashesOf(metaPolicy('timeline/index.html')!).length).toBeGreaterThan(hashesOf(metaPolicy('themes/azure/index.html')!).length);
});

test('_headers sets the usual security headers', () => {
	for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'Permissions-Policy: ', 'X-Frame-Options: DENY']) {
		expect(headers).toContain(header);
	}
});
