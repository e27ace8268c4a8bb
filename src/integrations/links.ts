/**
 * Checks every link of a built site in one pass over its files: internal pages and #fragments must
 * exist, ids must be unique on a page, outside links must be https, every alias must still land, and
 * every internal text fragment (#p3:~:text=…) must mark words once, in its target, before any like them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { siteFromEnv } from '../lib/siteUrl.ts';
import { type PageText, readPageText } from '../lib/pageText.ts';
import { directiveProblem, parseTextDirectives } from '../lib/textFragment.ts';
import { readYamlList } from '../loaders/yamlList.ts';
import { ALIASES_FILE } from '../files.ts';
import { rejectOutputOnFailure } from './rejectOutput.ts';

export interface LinkCheckOptions {
	/** The folder the site was built into, e.g. `dist`; it holds what is served at the base path. */
	dir: string;
	/** The base path the site was built with, e.g. `/` or `/partnership/`. */
	base?: string;
	/** The site's own address: absolute links to it (canonical, feeds) are its own, not outside links. */
	site?: string | undefined;
	/** The old addresses (`/themes/azure/#old-id`) that must still resolve, from the aliases file. */
	aliases?: readonly string[];
}

export interface LinkCheckReport {
	problems: string[];
	pages: number;
	links: number;
	fragments: number;
}

/** Attributes that load or link to another address, by element. */
const LINK_ATTRIBUTES: Record<string, readonly string[]> = {
	a: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	form: ['action'],
};

interface Page {
	/** The file, relative to the output folder: `themes/azure/index.html`. */
	file: string;
	ids: Set<string>;
	/** Permalink targets, named in messages as the page's sections. */
	sections: string[];
	links: string[];
	duplicateIds: string[];
}

/** Reads one HTML file in a single streaming pass: its ids, its permalinks and every address it links to. */
function readPage(html: string, file: string): Page {
	const page: Page = { file, ids: new Set(), sections: [], links: [], duplicateIds: [] };
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				const id = attributes['id'];
				if (id !== undefined) {
					if (page.ids.has(id)) page.duplicateIds.push(id);
					page.ids.add(id);
				}
				if (name === 'a' && 'data-permalink' in attributes) page.sections.push(decodeURIComponent((attributes['href'] ?? '').replace(/^#/, '')));
				for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
					const value = attributes[attribute];
					if (value !== undefined && value !== '') page.links.push(value);
				}
			},
		},
		{ decodeEntities: true, lowerCaseAttributeNames: true },
	);
	parser.end(html);
	return page;
}

/**
 * What is wrong with a text fragment on a page, or undefined when it holds: each directive must mark words first
 * inside the target element, and once there (directiveProblem).
 */
function textFragmentProblem(hash: string, target: string, page: PageText): string | undefined {
	for (const directive of parseTextDirectives(hash)) {
		const problem = directiveProblem(directive, target, page);
		if (problem) return problem;
	}
	return undefined;
}

/** Every file below `dir`, relative and `/`-separated. */
function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length).replaceAll('\\', '/').replace(/^\/+/, ''))
		.sort();
}

/** Every problem with the links of the site built in `dir`, one message each; empty when all hold. Linear in the size of the site. */
export function checkLinks({ dir, base = '/', site, aliases = [] }: LinkCheckOptions): LinkCheckReport {
	const root = dir.replace(/\/+$/, '');
	const files = listFiles(root);
	const fileSet = new Set(files);
	const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	// Addresses are resolved as the deployed site would resolve them, on a host of its own.
	const origin = site ? new URL(site).origin : 'https://site.invalid';
	const pages = new Map<string, Page>();
	for (const file of files.filter((f) => f.endsWith('.html'))) pages.set(file, readPage(readFileSync(join(root, file), 'utf8'), file));

	/** The file an internal path is served from, if any: `/base/themes/` → `themes/index.html`. */
	const fileOf = (pathname: string): string | undefined => {
		if (!pathname.startsWith(prefix) && `${pathname}/` !== prefix) return undefined;
		const path = decodeURIComponent(pathname.slice(prefix.length));
		const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`];
		return candidates.find((candidate) => fileSet.has(candidate));
	};
	const sitePath = (file: string) => `/${file}`;

	const problems = new Set<string>();
	let links = 0;
	let fragments = 0;
	// The shown text of pages that text fragments point at, read once each and only for those.
	const texts = new Map<string, PageText>();
	const textOf = (file: string) => {
		let text = texts.get(file);
		if (!text) texts.set(file, (text = readPageText(readFileSync(join(root, file), 'utf8'))));
		return text;
	};
	for (const page of pages.values()) {
		const from = sitePath(page.file);
		for (const id of new Set(page.duplicateIds)) problems.add(`${from} has more than one element with the id "${id}"; a link to #${id} could land on either`);
		const pageUrl = new URL(`${prefix}${page.file.replace(/index\.html$/, '')}`, origin);
		for (const link of page.links) {
			links += 1;
			if (link.startsWith('data:') || link.startsWith('mailto:')) continue;
			let url: URL;
			try {
				url = new URL(link, pageUrl);
			} catch {
				problems.add(`${from} links to ${link}: not a valid address`);
				continue;
			}
			if (url.origin !== origin) {
				if (url.protocol !== 'https:') problems.add(`${from} links to ${link}: an outside link must be an absolute https:// URL`);
				continue;
			}
			const target = fileOf(url.pathname);
			const shown = `${url.pathname.slice(prefix.length - 1)}${url.hash}`;
			if (target === undefined) {
				problems.add(`${from} links to ${shown}: no such page in the built site`);
				continue;
			}
			// A text fragment (#p3:~:text=…) names words after the element, if any.
			const fragment = decodeURIComponent(url.hash.slice(1).split(':~:')[0]!);
			if (!target.endsWith('.html')) continue;
			const where = `/${target.replace(/index\.html$/, '')}`;
			if (url.hash.includes(':~:')) {
				fragments += 1;
				const problem = textFragmentProblem(url.hash, fragment, textOf(target));
				if (problem) problems.add(`${from} links to ${decodeURIComponent(shown)}: ${problem} on ${where}`);
			}
			if (fragment === '') continue;
			fragments += 1;
			const targetPage = pages.get(target)!;
			if (!targetPage.ids.has(fragment)) {
				problems.add(`${from} links to ${shown}: no such fragment on ${where}; its sections are: ${[...new Set(targetPage.sections)].sort().join(', ') || 'none'}`);
			}
		}
	}
	for (const alias of aliases) {
		const [path = '', id = ''] = alias.split('#');
		const target = fileOf(`${prefix}${path.replace(/^\/+/, '')}`);
		fragments += 1;
		if (target === undefined || !pages.get(target)?.ids.has(id)) {
			problems.add(`${ALIASES_FILE}: the alias from ${alias} does not land: its section ("to") is not on the built page, so the old address leads nowhere; expected "to" to name a section of ${path}`);
		}
	}
	return { problems: [...problems].sort(), pages: pages.size, links, fragments };
}

/** The message that stops the build: one line per broken link. */
function linkErrorMessage(problems: readonly string[]): string {
	return `${problems.length} broken link${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`;
}

/** The old addresses of the aliases file (it was validated when the content was loaded). */
function readAliases(root: string): string[] {
	const file = join(root, ALIASES_FILE);
	if (!existsSync(file)) return [];
	return readYamlList(readFileSync(file, 'utf8'), ALIASES_FILE, 'from').map((entry) => entry.id);
}

/** Fails the build when any link of the finished site is broken; the output is then moved aside, as for every step over it (rejectOutput.ts). */
export default function linkCheck(): AstroIntegration {
	let base = '/';
	let site: string | undefined;
	let root = '.';
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
				site = config.site;
				root = fileURLToPath(config.root);
			},
			'astro:build:done': rejectOutputOnFailure(async ({ dir, logger }) => {
				const out = fileURLToPath(dir).replace(/\/+$/, '');
				const start = performance.now();
				const report = checkLinks({ dir: out, base, site, aliases: readAliases(root) });
				logger.info(`Link check: ${report.pages} pages, ${report.links} links, ${report.fragments} fragments in ${Math.round(performance.now() - start)} ms`);
				if (report.problems.length > 0) throw new Error(linkErrorMessage(report.problems));
				logger.info('Every link and fragment resolves');
			}),
		},
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	// `npm run check:links [dir]`: checks a finished build again, e.g. one made elsewhere.
	const { site, base } = siteFromEnv(process.env);
	const { problems } = checkLinks({ dir: process.argv[2] ?? 'dist', base, site, aliases: readAliases(process.cwd()) });
	if (problems.length > 0) {
		console.error(linkErrorMessage(problems));
		process.exit(1);
	}
	console.log('Every link and fragment resolves.');
}
