// `node scripts/scale.ts [N ...] [--keep]`: builds copies of the site with N extra cited pages each and reports how build time and page weight grow with N.
//
// It reports; it is not a test: it exits 0 whatever the figures, and non-zero only when the script itself breaks.
import { spawn } from 'node:child_process';
import { globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { articleBlocks, parseArticle, type Block } from '../src/lib/article.ts';
import { checkArticleQuote, extractCitations, indexBlocks, verifyPage } from '../src/lib/citations.ts';
import { DOCS_DIR, SEED_FILE } from '../src/files.ts';
import { cleanEnv, makeFixture } from '../tests/fixture.ts';

const DEFAULT_SIZES = [12, 120, 600];
/** The first-load budget of one page (HTML + CSS + JS, gzip), as in scripts/bench.ts. */
const PAGE_BUDGET_BYTES = 18 * 1024;
/** The build time allowed at the largest N. */
const BUILD_BUDGET_SECONDS = 25;
/** How much worse build time per generated page may get from the middle N to the largest. */
const GROWTH_LIMIT = 1.5;
/** Words of filler prose per generated paragraph: 6 paragraphs make a page of about 150 words. */
const WORDS_PER_PARAGRAPH = 25;
/** Words quoted from a block; two is the checker's minimum, six pins a passage unambiguously. */
const QUOTE_WORDS = 6;
const LINK_CHECK_LINE = /Link check: (\d+) pages, (\d+) links, (\d+) fragments in (\d+) ms/;

interface Measure {
	n: number;
	ok: boolean;
	buildSeconds: number;
	/** Milliseconds the link checker reports for itself, when it does. */
	linkCheckMs?: number | undefined;
	/** Seconds Astro spent generating the static routes (its "generating static routes … Completed in"). */
	renderSeconds?: number | undefined;
	/** Astro's own "N page(s) built in …" line, as printed. */
	astroSummary?: string | undefined;
	pages: number;
	medianBytes: number;
	max: { bytes: number; path: string };
	over: Array<{ bytes: number; path: string }>;
}

// ---------------------------------------------------------------------------------------------
// Arguments

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const sizes = args.filter((arg) => arg !== '--keep').map((arg) => {
	// A typo must not silently benchmark something else.
	if (!/^\d+$/.test(arg)) throw new Error(`scale: expected page counts (whole numbers) and --keep, got "${arg}"`);
	return Number(arg);
});
if (sizes.length === 0) sizes.push(...DEFAULT_SIZES);

// ---------------------------------------------------------------------------------------------
// Page generation

/** A quotable passage of each block: the first window of QUOTE_WORDS words the citation check accepts. */
function quotesOf(blocks: readonly Block[]): Map<string, string> {
	const index = indexBlocks(blocks);
	const quotes = new Map<string, string>();
	for (const block of blocks) {
		const words = block.text.split(/\s+/).filter(Boolean);
		const size = Math.min(QUOTE_WORDS, words.length);
		// Slide along the block until a window has no character that would end or confuse the JSX attribute.
		for (let start = 0; start + size <= words.length; start += 1) {
			const quote = words.slice(start, start + size).join(' ');
			if (/["<>{}]/.test(quote) || size < 2) continue;
			if (checkArticleQuote(block.id, quote, index) === undefined) {
				quotes.set(block.id, quote);
				break;
			}
		}
		if (!quotes.has(block.id)) throw new Error(`scale: found no quotable run of ${size} words in block ${block.id}`);
	}
	return quotes;
}

/** A small deterministic random generator, so a given N always produces the same pages. */
function random(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 2 ** 32;
	};
}

// Sentence frames for the filler, so pages differ in wording and the search index sees varied text.
const FRAMES: ReadonlyArray<(phrase: string, page: string) => string> = [
	(p, n) => `Page ${n} returns to the passage on ${p}.`,
	(p) => `Read closely, the article ties ${p} to the rest of the partnership.`,
	(p) => `Another reading puts ${p} at the centre.`,
	(p, n) => `For this note, number ${n}, the point is ${p}.`,
	(p) => `The source states it plainly: ${p}.`,
	(p) => `Seen from the other side, ${p} changes what follows.`,
	(p) => `Nothing here goes beyond ${p}.`,
	(p, n) => `Scale note ${n} keeps ${p} in view.`,
];

/** About `words` words of prose reworded from a block, safe to put in MDX (no braces, tags or markup). */
function filler(block: Block, page: string, seed: number, words: number): string {
	const next = random(seed);
	// Only letters, digits and plain punctuation: MDX would read {, <, *, _, [ or a backtick as syntax.
	const vocabulary = block.text
		.replace(/[^\p{L}\p{N}\s'-]/gu, ' ')
		.split(/\s+/)
		.filter((word) => word.length > 1)
		.map((word) => (/^\p{Lu}\p{Ll}/u.test(word) && !/^(Microsoft|OpenAI|Azure|GitHub|GPT|AI|AGI)/.test(word) ? word.toLowerCase() : word));
	const sentences: string[] = [];
	let count = 0;
	while (count < words) {
		const length = 3 + Math.floor(next() * 4);
		const start = Math.floor(next() * Math.max(1, vocabulary.length - length));
		const phrase = vocabulary.slice(start, start + length).join(' ');
		const sentence = FRAMES[Math.floor(next() * FRAMES.length)]!(phrase, page);
		sentences.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
		count += sentence.split(' ').length;
	}
	return sentences.join(' ');
}

/** The MDX of generated page `i`, citing blocks `a` and `b` (one per paragraph, alternating, so each section cites). */
function scalePage(i: number, number: string, a: Block, b: Block, quotes: Map<string, string>): string {
	const cite = (block: Block) => `<Cite id="${block.id}" quote="${quotes.get(block.id)!}" />`;
	const sections = ['First reading', 'Second reading', 'Third reading'].map((title, s) => {
		const paragraphs = [a, b].map((block, p) => `${filler(block, number, i * 101 + s * 7 + p + 1, WORDS_PER_PARAGRAPH)}${cite(block)}`);
		return `## ${title} of ${number}\n\n${paragraphs.join('\n\n')}`;
	});
	return [
		'---',
		`title: Scale page ${number}`,
		`description: Generated page ${number} of the scale benchmark; it rewords blocks ${a.id} and ${b.id} of the article and cites both.`,
		// After every page written by hand, in the order generated.
		`order: ${1000 + i}`,
		`sources: [${a.id}, ${b.id}]`,
		'---',
		'',
		sections.join('\n\n'),
		'',
	].join('\n');
}

/** Writes `n` pages into the copy at `dir`, alternately under themes/ and products/, citing the blocks round-robin. */
function generatePages(dir: string, n: number, blocks: readonly Block[], quotes: Map<string, string>, width: number): void {
	const index = indexBlocks(blocks);
	const none = { sources: new Set<string>(), events: new Map() };
	for (let i = 0; i < n; i += 1) {
		const number = String(i + 1).padStart(width, '0');
		// Two consecutive blocks per page, walking the article, so every block is cited about equally often.
		const a = blocks[(2 * i) % blocks.length]!;
		const b = blocks[(2 * i + 1) % blocks.length]!;
		const group = i % 2 === 0 ? 'themes' : 'products';
		const file = `${DOCS_DIR}/${group}/scale-${number}.mdx`;
		const mdx = scalePage(i, number, a, b, quotes);
		// Check with the site's own rules first: a generator bug should stop here, not look like a failing site.
		const problems = verifyPage(extractCitations(mdx, file), index, none);
		if (problems.length > 0) throw new Error(`scale: generated ${file} breaks the citation rules:\n${problems.map((p) => `${p.at.line}:${p.at.column} ${p.message}`).join('\n')}`);
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), mdx);
	}
}

// ---------------------------------------------------------------------------------------------
// Build and its log

/** Runs `astro build` in `dir` with the project's Node, returning its exit status, output (in arrival order) and wall time. */
function build(dir: string): Promise<{ status: number | null; output: string; seconds: number }> {
	const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [astro, 'build'], {
			cwd: dir,
			env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output: Buffer.concat(chunks).toString('utf8'), seconds: (performance.now() - started) / 1000 }));
	});
}

/** Seconds from Astro's time stats: `595ms`, `1.75s` or `2m 5s`. */
function seconds(stat: string): number | undefined {
	const match = /^(?:(\d+)m\s*(\d+)s|([\d.]+)ms|([\d.]+)s)$/.exec(stat.trim());
	if (!match) return undefined;
	if (match[1] !== undefined) return Number(match[1]) * 60 + Number(match[2]);
	return match[3] !== undefined ? Number(match[3]) / 1000 : Number(match[4]);
}

function readLog(output: string): Pick<Measure, 'linkCheckMs' | 'renderSeconds' | 'astroSummary'> {
	// Colours are turned off, but a stray escape must not hide a figure.
	const text = output.replace(/\x1b\[[0-9;]*m/g, '');
	const link = LINK_CHECK_LINE.exec(text);
	// Astro prints several "Completed in" lines; the page render is the first one after "generating static routes".
	const routes = text.indexOf('generating static routes');
	const render = routes === -1 ? null : /Completed in (\d+m \d+s|[\d.]+m?s)\./.exec(text.slice(routes));
	const summary = /(\d+ page\(s\) built in [^\n]+)/.exec(text);
	return {
		linkCheckMs: link ? Number(link[4]) : undefined,
		renderSeconds: render ? seconds(render[1]!) : undefined,
		astroSummary: summary?.[1]?.trim(),
	};
}

// ---------------------------------------------------------------------------------------------
// First-load weight

/** The values of a tag's attributes, lower-cased names; enough for the tags Astro writes. */
function attributes(tag: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const match of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
		found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
	}
	return found;
}

/**
 * The gzip bytes a first visit to one page downloads: the HTML, every same-origin stylesheet it links
 * and every script file it loads at page load, each compressed on its own as a gzip-only host serves it.
 * Files loaded on demand (search, enhancements imported later) are not counted, as they are not part of the first load.
 */
function firstLoadBytes(dist: string, file: string, gzipped: (path: string) => number): number {
	// Commented-out markup loads nothing.
	const html = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
	const pageUrl = new URL(`/${relative(dist, file).replaceAll('\\', '/')}`, 'https://site.invalid');
	const resources = new Set<string>();
	const add = (href: string | undefined) => {
		if (!href || href.startsWith('data:')) return;
		const url = new URL(href, pageUrl);
		// Another origin's files are not this site's weight (and the site has none).
		if (url.origin !== pageUrl.origin) return;
		resources.add(decodeURIComponent(url.pathname));
	};
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const attrs = attributes(tag.slice(5, -1));
		if ((attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet')) add(attrs.get('href'));
	}
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
		const attrs = attributes(tag.slice(7, -1));
		const type = (attrs.get('type') ?? '').toLowerCase();
		// JSON and templates with a src are data, not scripts the browser runs.
		if (attrs.has('src') && (type === '' || type === 'module' || type.includes('javascript'))) add(attrs.get('src'));
	}
	// The HTML is served as written, comments and all.
	let total = gzipSync(readFileSync(file), { level: 6 }).length;
	for (const path of resources) total += gzipped(join(dist, path));
	return total;
}

function measureWeight(dist: string): Pick<Measure, 'pages' | 'medianBytes' | 'max' | 'over'> {
	// A stylesheet shared by every page is compressed once.
	const cache = new Map<string, number>();
	const gzipped = (path: string) => {
		let bytes = cache.get(path);
		if (bytes === undefined) {
			try {
				bytes = gzipSync(readFileSync(path), { level: 6 }).length;
			} catch {
				console.log(`  warning: ${relative(dist, path)} is linked but not in dist; counted as 0 bytes`);
				bytes = 0;
			}
			cache.set(path, bytes);
		}
		return bytes;
	};
	const files = [...globSync('**/index.html', { cwd: dist }), ...globSync('404.html', { cwd: dist })].sort();
	const pages = files.map((file) => ({
		path: `/${file.replaceAll('\\', '/').replace(/index\.html$/, '')}`,
		bytes: firstLoadBytes(dist, join(dist, file), gzipped),
	}));
	if (pages.length === 0) return { pages: 0, medianBytes: 0, max: { bytes: 0, path: '-' }, over: [] };
	const sorted = [...pages].sort((a, b) => b.bytes - a.bytes);
	const ascending = sorted.map((page) => page.bytes).reverse();
	const middle = ascending.length >> 1;
	const medianBytes = ascending.length % 2 ? ascending[middle]! : Math.round((ascending[middle - 1]! + ascending[middle]!) / 2);
	return { pages: pages.length, medianBytes, max: sorted[0]!, over: sorted.filter((page) => page.bytes > PAGE_BUDGET_BYTES) };
}

// ---------------------------------------------------------------------------------------------
// Run

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const blocks = articleBlocks(parseArticle(readFileSync(new URL(`../${SEED_FILE}`, import.meta.url), 'utf8'), SEED_FILE));
const quotes = quotesOf(blocks);
const width = Math.max(4, String(Math.max(...sizes)).length);
const results: Measure[] = [];

for (const n of sizes) {
	console.log(`\n=== N = ${n}: ${Math.ceil(n / 2)} pages under themes/, ${Math.floor(n / 2)} under products/, citing ${blocks.length} blocks round-robin`);
	const fixture = makeFixture();
	try {
		generatePages(fixture.dir, n, blocks, quotes, width);
		const run = await build(fixture.dir);
		const log = readLog(run.output);
		console.log(`  build: ${run.seconds.toFixed(1)} s wall (exit ${run.status})${log.astroSummary ? `; Astro: ${log.astroSummary}` : ''}`);
		console.log(`  link check: ${log.linkCheckMs !== undefined ? `${log.linkCheckMs} ms (${LINK_CHECK_LINE.exec(run.output)![0]})` : 'n/a (no "Link check: …" line in the output)'}`);
		console.log(`  page render: ${log.renderSeconds !== undefined ? `${log.renderSeconds.toFixed(2)} s` : 'n/a'}`);
		if (run.status !== 0) {
			console.log(`  BUILD FAILED; the last 40 lines of its output:\n${run.output.trimEnd().split('\n').slice(-40).map((line) => `    | ${line}`).join('\n')}`);
			results.push({ n, ok: false, buildSeconds: run.seconds, ...log, pages: 0, medianBytes: 0, max: { bytes: 0, path: '-' }, over: [] });
			continue;
		}
		const weight = measureWeight(fixture.path('dist'));
		console.log(`  first load (gzip -6 of HTML + stylesheets + scripts): ${weight.pages} pages, median ${weight.medianBytes} B (${kb(weight.medianBytes)}), max ${weight.max.bytes} B (${kb(weight.max.bytes)}) on ${weight.max.path}`);
		console.log(`  over ${PAGE_BUDGET_BYTES} B: ${weight.over.length}${weight.over.length ? `: ${weight.over.slice(0, 10).map((p) => `${p.path} ${p.bytes} B`).join(', ')}${weight.over.length > 10 ? `, … and ${weight.over.length - 10} more` : ''}` : ''}`);
		results.push({ n, ok: true, buildSeconds: run.seconds, ...log, ...weight });
	} finally {
		if (keep) console.log(`  kept the copy at ${fixture.dir}`);
		else fixture.remove();
	}
}

// ---------------------------------------------------------------------------------------------
// Summary

const header = ['N', 'pages', 'build s', 'link check ms', 'render s', 'median KB', 'max KB (page)', 'over 18 KB'];
const rows = results.map((r) =>
	r.ok
		? [String(r.n), String(r.pages), r.buildSeconds.toFixed(1), r.linkCheckMs !== undefined ? String(r.linkCheckMs) : 'n/a', r.renderSeconds !== undefined ? r.renderSeconds.toFixed(2) : 'n/a', (r.medianBytes / 1024).toFixed(1), `${(r.max.bytes / 1024).toFixed(1)} (${r.max.path})`, String(r.over.length)]
		: [String(r.n), '-', `${r.buildSeconds.toFixed(1)} FAILED`, r.linkCheckMs !== undefined ? String(r.linkCheckMs) : 'n/a', r.renderSeconds !== undefined ? r.renderSeconds.toFixed(2) : 'n/a', '-', '-', '-'],
);
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}\n${rows.map(line).join('\n')}\n`);

// Targets are judged at the sizes asked for: the largest, and the middle one for growth.
const built = results.filter((r) => r.ok).sort((a, b) => a.n - b.n);
const asked = [...results].sort((a, b) => a.n - b.n);
const verdicts: string[] = [];
const largest = asked.at(-1)!;
const middle = asked.length >= 2 ? asked[(asked.length - 1) >> 1]! : undefined;
if (largest.ok) verdicts.push(`build at the largest N (${largest.n}) ≤ ${BUILD_BUDGET_SECONDS} s: ${largest.buildSeconds <= BUILD_BUDGET_SECONDS ? 'holds' : 'FAILS'} (${largest.buildSeconds.toFixed(1)} s)`);
// A build that failed only after the budget had run out is over it whatever made it fail.
else verdicts.push(`build at the largest N (${largest.n}) ≤ ${BUILD_BUDGET_SECONDS} s: ${largest.buildSeconds > BUILD_BUDGET_SECONDS ? 'FAILS' : 'UNKNOWN'} (the build failed after ${largest.buildSeconds.toFixed(1)} s)`);
/** Build seconds per generated page at `hi` over that at `lo`. */
const growth = (hi: Measure, lo: Measure) => hi.buildSeconds / hi.n / (lo.buildSeconds / lo.n);
// The wall time includes a fixed cost, so per page it falls as N grows unless the build is superlinear; the
// marginal seconds per page between sizes are shown too, as they isolate what the pages themselves cost.
const marginal = (hi: Measure, lo: Measure) => (hi.buildSeconds - lo.buildSeconds) / (hi.n - lo.n);
const growthTarget = `growth no worse than linear (build s per generated page at the largest N ≤ ${GROWTH_LIMIT}× that at the middle N)`;
if (!middle || middle.n === 0 || middle.n === largest.n) verdicts.push(`${growthTarget}: UNKNOWN (needs two different sizes above 0)`);
else if (largest.ok && middle.ok) {
	const ratio = growth(largest, middle);
	const smallest = asked[0]!;
	const detail = smallest.ok && smallest.n < middle.n ? `; marginal ${marginal(middle, smallest).toFixed(3)} s/page from N=${smallest.n} to ${middle.n}, ${marginal(largest, middle).toFixed(3)} s/page from N=${middle.n} to ${largest.n}` : '';
	verdicts.push(`${growthTarget}: ${ratio <= GROWTH_LIMIT ? 'holds' : 'FAILS'} (ratio ${ratio.toFixed(2)}, N=${largest.n} against N=${middle.n}${detail})`);
} else {
	const known = built.length >= 2 && built[0]!.n > 0 ? `; among the builds that succeeded, N=${built.at(-1)!.n} against N=${built[0]!.n} gives ${growth(built.at(-1)!, built[0]!).toFixed(2)}` : '';
	verdicts.push(`${growthTarget}: UNKNOWN (the build at N=${(largest.ok ? middle : largest).n} failed${known})`);
}
const heavy = built.filter((r) => r.max.bytes > PAGE_BUDGET_BYTES);
verdicts.push(
	`max per-page first load ≤ 18 KB at every N: ${
		built.length === 0
			? 'UNKNOWN (no build succeeded)'
			: `${heavy.length === 0 ? 'holds' : `FAILS at N=${heavy.map((r) => `${r.n} (${kb(r.max.bytes)})`).join(', ')}`}${built.length < results.length ? ' (failed sizes not measured)' : ''}`
	}`,
);
console.log(`Targets:\n${verdicts.map((v) => `  - ${v}`).join('\n')}`);
