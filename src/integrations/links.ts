/** Checks every link of a built site after the build: internal pages and #fragments must exist, outside links must be https. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type LinkResult, check } from 'linkinator';
import { pageAnchors } from '../lib/anchors.ts';

export interface LinkCheckOptions {
	/** The folder the site was built into, e.g. `dist`; it holds what is served at the base path. */
	dir: string;
	/** The base path the site was built with, e.g. `/` or `/partnership/`. */
	base?: string;
	/** The site's own origin: absolute links to it (canonical, sitemap) are its own, not outside links. */
	site?: string | undefined;
}

/** Where linkinator's local server lives, so links to anything else count as outside links. */
const LOCAL = /^http:\/\/127\.0\.0\.1:\d+\//;

/** The site path of a URL linkinator reports (a file path under `root`, or a local server URL). */
function sitePath(url: string, root: string): string {
	const path = LOCAL.test(url) ? new URL(url).pathname + new URL(url).hash : url.startsWith(root) ? url.slice(root.length) : url;
	return `/${path.replace(/^\.?\/+/, '').replace(/^\.$/, '')}`;
}

/** Every problem with the links of the site built in `dir`, one message each; empty when all links hold. */
export async function checkLinks({ dir, base = '/', site }: LinkCheckOptions): Promise<string[]> {
	const start = base.replace(/^\/+/, '');
	// Under a base path the build is served from a copy placed at the base, so links resolve as deployed.
	const server = start ? mkdtempSync(join(tmpdir(), 'link-check-')) : undefined;
	if (server) cpSync(dir, join(server, start), { recursive: true });
	try {
		return await checkServed(server ?? dir.replace(/\/+$/, ''), start, site);
	} finally {
		if (server) rmSync(server, { recursive: true, force: true });
	}
}

async function checkServed(root: string, start: string, site: string | undefined): Promise<string[]> {
	// Every page is a starting point, so pages nothing links to (the 404 page) are checked too.
	const result = await check({
		path: [`${start}**/*.html`],
		serverRoot: root,
		recurse: true,
		checkFragments: true,
		linksToSkip: async (url) => !LOCAL.test(url) && !url.startsWith(root),
	});

	const problems: string[] = [];
	const idsOn = (path: string) => {
		const file = join(root, path.split('#')[0]!, path.split('#')[0]!.endsWith('/') ? 'index.html' : '');
		try {
			// The addressable sections, not every id (citation pop-ups have ids too).
			return pageAnchors(readFileSync(file, 'utf8')).published;
		} catch {
			return [];
		}
	};
	const describe = (link: LinkResult) => `${sitePath(link.parent ?? '', root)} links to ${sitePath(link.url, root)}`;

	for (const link of result.links) {
		if (link.state === 'BROKEN') {
			const fragment = link.failureDetails?.some((d) => d instanceof Error && d.message.includes('Fragment identifier'));
			if (fragment) {
				const target = sitePath(link.url, root).split('#')[0]!;
				problems.push(`${describe(link)}: no such fragment on ${target}; its sections are: ${idsOn(target).join(', ') || 'none'}`);
			} else {
				problems.push(`${describe(link)}: ${link.status ? `HTTP ${link.status}` : 'unreachable'}`);
			}
		} else if (link.state === 'SKIPPED') {
			const own = site !== undefined && link.url.startsWith(new URL(site).origin);
			// A data: URL is content carried in the page itself (the inline icon), not a link to anywhere.
			const inline = link.url.startsWith('data:');
			if (!own && !inline && (!URL.canParse(link.url) || new URL(link.url).protocol !== 'https:')) {
				problems.push(`${sitePath(link.parent ?? '', root)} links to ${link.url}: an outside link must be an absolute https:// URL`);
			}
		}
	}
	return [...new Set(problems)].sort();
}

/** The message that stops the build: one line per broken link. */
export function linkErrorMessage(problems: readonly string[]): string {
	return `${problems.length} broken link${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`;
}

/** Fails the build when any link of the finished site is broken. Runs after every other build step. */
export default function linkCheck(): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const problems = await checkLinks({ dir: fileURLToPath(dir), base, site });
				if (problems.length > 0) throw new Error(linkErrorMessage(problems));
				logger.info('Every link and fragment resolves');
			},
		},
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	// `npm run check:links [dir]`: checks a finished build again, e.g. one made elsewhere.
	const problems = await checkLinks({ dir: process.argv[2] ?? 'dist', base: process.env.BASE_PATH ?? '/', site: process.env.SITE_URL ?? 'http://localhost:4321' });
	if (problems.length > 0) {
		console.error(linkErrorMessage(problems));
		process.exit(1);
	}
	console.log('Every link and fragment resolves.');
}
