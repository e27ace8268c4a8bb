/** Completes dist/_headers with the Content Security Policy the pages carry, so hosts send it as a header too. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
	return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
}

/** The _headers file with the policy added under `/*`, with `frame-ancestors`, which a <meta> cannot carry. */
export function withPolicy(headers: string, policy: string): string {
	const line = `  Content-Security-Policy: ${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
	return headers.replace(/^\/\*\n/m, `/*\n${line}\n`);
}

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policy = metaPolicy(readFileSync(`${root}/index.html`, 'utf8'));
				if (!policy) throw new Error('dist/index.html has no Content-Security-Policy <meta>; expected security.csp to be on');
				writeFileSync(`${root}/_headers`, withPolicy(readFileSync(`${root}/_headers`, 'utf8'), policy));
				logger.info('Added the Content Security Policy to _headers');
			},
		},
	};
}
