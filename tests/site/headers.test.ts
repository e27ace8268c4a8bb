// Static hosts get the same Content Security Policy as the pages, and the usual security headers.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { metaPolicy } from '../../src/integrations/headers.ts';

const headers = readFileSync('dist/_headers', 'utf8');

test('_headers sends every page the policy its <meta> carries, and forbids framing', () => {
	const policy = metaPolicy(readFileSync('dist/timeline/index.html', 'utf8'))!;
	expect(policy).toContain("'wasm-unsafe-eval'");
	expect(headers).toContain(`/*\n  Content-Security-Policy: ${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'\n`);
});

test('_headers sets the usual security headers', () => {
	for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'Permissions-Policy: ', 'X-Frame-Options: DENY']) {
		expect(headers).toContain(header);
	}
});
