/**
 * Writes the files each built page declares in its head, beside it: its link card (`og:image`), its Markdown
 * copy (`rel=alternate type=text/markdown`) and its citation files (`citation_*`), then `/llms-full.txt`, every
 * copy in the order `/llms.txt` lists them. What a page declares is the one source of each file, so a page and
 * its files cannot disagree; a declaration the step cannot fulfil fails the build, naming the page.
 */
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { Parser } from 'htmlparser2';
import { cardKey, renderCard } from '../lib/card.ts';
import { CITATION_META, citationFiles } from '../lib/pageCitation.ts';
import { MARKDOWN_COPY } from '../lib/pageFiles.ts';
import { pageMarkdown } from '../lib/pageMarkdown.ts';
import { LLMS_FULL, LLMS_INDEX } from '../routes.ts';
import { rejectOutputOnFailure } from './rejectOutput.ts';

/** What a page's head declares, read with a streaming parser (the body is not needed). */
export interface PageHead {
	canonical?: string | undefined;
	markdown?: string | undefined;
	/** `og:*` and `citation_*` values by property or name. */
	meta: Map<string, string>;
}

function readHead(html: string): PageHead {
	const head: PageHead = { meta: new Map() };
	const parser = new Parser({
		onopentag(name, attributes) {
			if (name === 'link' && attributes['rel'] === 'canonical') head.canonical = attributes['href'];
			if (name === 'link' && attributes['rel'] === 'alternate' && attributes['type'] === MARKDOWN_COPY.type) head.markdown = attributes['href'];
			const key = attributes['property'] ?? attributes['name'];
			if (name === 'meta' && key && attributes['content'] !== undefined) head.meta.set(key, attributes['content']);
			if (name === 'body') parser.pause();
		},
	});
	parser.end(html);
	return head;
}

export interface PageFilesReport {
	cards: number;
	/** Of those, the cards found in the cache, drawn by an earlier build from the same text and design. */
	cached: number;
	copies: number;
	citations: number;
	/** The Markdown copies written, as files of the site. */
	written: string[];
}

export interface PageFilesOptions {
	/** Where cards are kept between builds (Astro's cacheDir), keyed by their text and the card's design. */
	cacheDir?: string | undefined;
	/** How many threads share the pages; each draws cards and converts pages on a core of its own. */
	threads?: number;
}

/** Writes the files of `pages` (paths of HTML files in `dir`, the finished site served at `base`). */
export async function writeFilesOf(dir: string, base: string, pages: readonly string[], cacheDir?: string): Promise<PageFilesReport> {
	const report: PageFilesReport = { cards: 0, cached: 0, copies: 0, citations: 0, written: [] };
	// A declared address as a file of `dir`: only addresses of the site itself can be written.
	const fileOf = (page: string, url: string, what: string): string => {
		const { pathname } = new URL(url, 'file:///');
		if (!pathname.startsWith(base)) throw new Error(`${page}: its ${what} (${url}) is not below the site's base ${base}`);
		return join(dir, decodeURIComponent(pathname.slice(base.length)));
	};
	// Cards are rasterised on libuv's pool while the next pages are read; the queue is drained in step, not held for the whole site.
	const drawing: Array<Promise<void>> = [];
	for (const file of pages) {
		const html = readFileSync(join(dir, file), 'utf8');
		const head = readHead(html);
		const meta = (key: string): string => {
			const value = head.meta.get(key);
			if (value === undefined) throw new Error(`${file}: it declares a link card or a citation but has no <meta> "${key}"`);
			return value;
		};
		const image = head.meta.get('og:image');
		if (image) {
			const target = fileOf(file, new URL(image).pathname, 'og:image');
			const text = { site: meta('og:site_name'), title: meta('og:title'), description: meta('og:description') };
			mkdirSync(dirname(target), { recursive: true });
			const kept = cacheDir === undefined ? undefined : join(cacheDir, `${cardKey(text)}.png`);
			if (kept !== undefined && existsSync(kept)) {
				copyFileSync(kept, target);
				report.cached += 1;
			} else {
				drawing.push(
					renderCard(text).then((png) => {
						writeFileSync(target, png);
						if (kept !== undefined) {
							mkdirSync(dirname(kept), { recursive: true });
							writeFileSync(kept, png);
						}
					}),
				);
				if (drawing.length >= 8) await Promise.all(drawing.splice(0));
			}
			report.cards += 1;
		}
		if (head.markdown) {
			const target = join(dir, dirname(file), head.markdown);
			const copy = await pageMarkdown(html, file);
			writeFileSync(target, copy.markdown);
			report.written.push(target);
			report.copies += 1;
		}
		if (head.meta.has(CITATION_META.title)) {
			if (!head.canonical) throw new Error(`${file}: a page with a citation needs <link rel="canonical">, the address its citation gives`);
			const date = meta(CITATION_META.date).replaceAll('/', '-');
			const files = citationFiles({ title: meta(CITATION_META.title), publisher: meta(CITATION_META.publisher), url: head.canonical, date });
			for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, dirname(file), name), content);
			report.citations += 1;
		}
	}
	await Promise.all(drawing);
	return report;
}

/** Writes every page's files into `dir` (the finished site, served at `base`), then `/llms-full.txt`. */
async function writePageFiles(dir: string, base: string, { cacheDir, threads = 1 }: PageFilesOptions = {}): Promise<PageFilesReport> {
	const pages = globSync('**/*.html', { cwd: dir }).sort();
	// A thread costs its start and its own load of the fonts and libraries (~0.5 s): worth it only for a larger site.
	const count = Math.max(1, Math.min(threads, Math.floor(pages.length / MIN_PAGES_PER_THREAD)));
	let reports: PageFilesReport[];
	if (count === 1) {
		reports = [await writeFilesOf(dir, base, pages, cacheDir)];
	} else {
		// Pages dealt round-robin, so each thread gets long and short ones alike.
		const shares = Array.from({ length: count }, (_, i) => pages.filter((_, j) => j % count === i));
		reports = await Promise.all(
			shares.map(
				(share) =>
					new Promise<PageFilesReport>((resolve, reject) => {
						const worker = new Worker(new URL('./pageFilesWorker.ts', import.meta.url), { workerData: { dir, base, pages: share, cacheDir } });
						worker.once('message', resolve);
						worker.once('error', reject);
						worker.once('exit', (code) => code === 0 || reject(new Error(`a thread writing page files stopped with code ${code}`)));
					}),
			),
		);
	}
	const report = reports.reduce((sum, r) => ({
		cards: sum.cards + r.cards,
		cached: sum.cached + r.cached,
		copies: sum.copies + r.copies,
		citations: sum.citations + r.citations,
		written: [...sum.written, ...r.written],
	}));
	writeLlmsFull(dir, base, report.written);
	return report;
}

/** Below this many pages per thread, one thread does all. */
const MIN_PAGES_PER_THREAD = 40;

/** `/llms-full.txt`: the Markdown copies `/llms.txt` links, in its order, then any other page's copy (what cites a paragraph, …), by address. */
function writeLlmsFull(dir: string, base: string, written: readonly string[]): void {
	const index = join(dir, LLMS_INDEX.slice(1));
	if (!existsSync(index)) throw new Error(`${LLMS_INDEX} was not built, and ${LLMS_FULL} follows its list`);
	const listed = readFileSync(index, 'utf8');
	const links: string[] = [];
	visit(fromMarkdown(listed), 'link', (link) => void links.push(link.url));
	const copies = [...new Set(links)].filter((url) => url.endsWith(`/${MARKDOWN_COPY.file}`));
	const parts = copies.map((url) => {
		const { pathname } = new URL(url);
		const file = join(dir, decodeURIComponent(pathname.slice(base.length)));
		if (!existsSync(file)) throw new Error(`${LLMS_INDEX} lists ${url}, but no page declared that Markdown copy (${relative(dir, file)})`);
		return file;
	});
	const rest = written.filter((file) => !parts.includes(file)).sort();
	const text = [...parts, ...rest].map((file) => readFileSync(file, 'utf8').trimEnd());
	const title = listed.split('\n', 1)[0]!;
	writeFileSync(join(dir, LLMS_FULL.slice(1)), `${title}\n\n${text.join('\n\n')}\n`);
}

export default function pageFiles(): AstroIntegration {
	let base = '/';
	let cacheDir: string | undefined;
	return {
		name: 'page-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				cacheDir = fileURLToPath(new URL('cards/', config.cacheDir));
			},
			'astro:build:done': rejectOutputOnFailure(async ({ dir, logger }) => {
				const start = performance.now();
				const report = await writePageFiles(fileURLToPath(dir), base, { cacheDir, threads: availableParallelism() });
				logger.info(
					`${report.cards} link cards (${report.cached} from the cache), ${report.copies} Markdown copies and ${report.citations} citations written in ${Math.round(performance.now() - start)} ms`,
				);
			}),
		},
	};
}
