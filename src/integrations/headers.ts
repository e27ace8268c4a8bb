/**
 * Completes dist/_headers with the site's Content Security Policy, so hosts send it as a header too, and narrows each
 * page's own <meta> policy to the inline scripts and styles that page has: least privilege, and bytes every page saves.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { cspHash } from '../lib/csp.ts';
import { rejectOutputOnFailure } from './rejectOutput.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaPolicy(html: string): string | undefined {
	return META_POLICY.exec(html)?.[1];
}

/** The _headers file with the policy added under `/*`, with `frame-ancestors`, which a <meta> cannot carry. */
function withPolicy(headers: string, policy: string): string {
	const line = `  Content-Security-Policy: ${policy.replace(/;\s*$/, '')}; frame-ancestors 'none'`;
	if (!/^\/\*\r?\n/m.test(headers)) throw new Error('_headers has no "/*" block for the Content Security Policy; expected public/_headers to start its rules for every page with a line "/*"');
	return headers.replace(/^\/\*\r?\n/m, `/*\n${line}\n`);
}

/** The hashes of a page's inline scripts and styles (those a policy must allow by hash), exactly as written. */
export function inlineHashes(html: string): Set<string> {
	const hashes = new Set<string>();
	let inline: { text: string } | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				// Data blocks (JSON, JSON-LD) are not run, so no policy needs to allow them.
				const executable = name === 'script' && attributes['src'] === undefined && ['', 'module', 'text/javascript', 'application/javascript'].includes(attributes['type'] ?? '');
				if (executable || name === 'style') inline = { text: '' };
			},
			ontext(text) {
				if (inline) inline.text += text;
			},
			onclosetag(name) {
				if (inline && (name === 'script' || name === 'style')) hashes.add(cspHash(inline.text));
				inline = undefined;
			},
		},
		{ decodeEntities: false },
	);
	parser.end(html);
	return hashes;
}

/**
 * A policy narrowed to the inline code `own` names (a page's, or the whole site's): every hash it names that is not one of the page's own inline scripts or
 * styles is left out. Throws when the page has an inline script or style the policy does not allow, which browsers
 * would block.
 */
function narrowPolicy(policy: string, own: ReadonlySet<string>, page: string): string {
	const allowed = new Set([...policy.matchAll(/'(sha256-[^']+)'/g)].map((match) => match[1]!));
	const blocked = [...own].filter((hash) => !allowed.has(hash));
	if (blocked.length > 0) throw new Error(`${page}: an inline script or style (${blocked.join(', ')}) is not allowed by the Content Security Policy; expected every inline one hashed in security.csp`);
	return policy.replace(/ '(sha256-[^']+)'/g, (token, hash: string) => (own.has(hash) ? token : ''));
}

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': rejectOutputOnFailure(({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policy = metaPolicy(readFileSync(join(root, 'index.html'), 'utf8'));
				if (!policy) throw new Error('dist/index.html has no Content-Security-Policy <meta>; expected security.csp to be on');
				// Astro's policy names every script it bundled; the bundled files are allowed as 'self', so only inline code needs a hash.
				const pages = globSync('**/*.html', { cwd: root })
					.map((page) => ({ page, file: join(root, page), html: readFileSync(join(root, page), 'utf8') }))
					.filter(({ html }) => metaPolicy(html) !== undefined)
					.map((page) => ({ ...page, own: inlineHashes(page.html) }));
				for (const { page, html, file, own } of pages) {
					if (metaPolicy(html) !== policy) throw new Error(`${page}: its Content-Security-Policy differs from the site's (dist/index.html); expected one policy for the whole site`);
					writeFileSync(file, html.replace(META_POLICY, (meta) => meta.replace(policy, narrowPolicy(policy, own, page))));
				}
				const site = narrowPolicy(policy, new Set(pages.flatMap(({ own }) => [...own])), 'the site');
				writeFileSync(join(root, '_headers'), withPolicy(readFileSync(join(root, '_headers'), 'utf8'), site));
				logger.info(`Added the Content Security Policy to _headers; each of ${pages.length} pages allows only its own inline code`);
			}),
		},
	};
}
