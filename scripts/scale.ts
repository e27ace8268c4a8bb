// `node scripts/scale.ts [N ...] [--keep]`: builds copies of the site with N extra cited pages each and reports how build time and page weight grow with N.
// It reports; it is not a test: it exits 0 whatever the figures, and non-zero only when the script itself breaks.
import { globSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Block, articleBlocks } from '../src/lib/article.ts';
import { extractCitations, verifyPage } from '../src/lib/citations.ts';
import { checkArticleQuote, indexBlocks } from '../src/lib/quotes.ts';
import { readArticle } from '../src/loaders/article.ts';
import { DOCS_DIR } from '../src/files.ts';
import { makeFixture } from '../tests/fixture.ts';
import { firstLoad } from './pageWeight.ts';

/** The targets: build time at N=600 (cold: a fresh copy, no kept cards), growth of build time per page, and every page's first load. */
const TARGET = { buildSeconds: 20, atPages: 600, growth: 1.5, pageBytes: 18 * 1024 };
const LINK_CHECK_LINE = /Link check: \d+ pages, \d+ links, \d+ fragments in (\d+) ms/;

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const sizes = args.filter((arg) => arg !== '--keep').map((arg) => {
	if (!/^\d+$/.test(arg)) throw new Error(`scale: expected page counts (whole numbers) and --keep, got "${arg}"`);
	return Number(arg);
});
if (sizes.length === 0) sizes.push(12, 120, 600);

/** A passage of each block that the citation check accepts as a quote: its first six words that are safe in a JSX attribute. */
function quotesOf(blocks: readonly Block[]): Map<string, string> {
	const index = indexBlocks(blocks);
	return new Map(
		blocks.map((block) => {
			const words = block.text.split(/\s+/);
			for (let start = 0; start + 6 <= words.length; start += 1) {
				const quote = words.slice(start, start + 6).join(' ');
				if (!/["<>{}]/.test(quote) && checkArticleQuote(block.id, quote, index) === undefined) return [block.id, quote];
			}
			throw new Error(`scale: block ${block.id} has no quotable run of six words`);
		}),
	);
}

/** Varied prose from a block's own words (letters only, so MDX reads no syntax), so the search index sees realistic text. */
function prose(block: Block, seed: number): string {
	const words = block.text.replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
	const sentence = (k: number) => {
		const start = (seed * 7 + k * 13) % Math.max(1, words.length - 6);
		return `Reading ${seed}.${k} returns to ${words.slice(start, start + 6).join(' ')}.`;
	};
	return [0, 1, 2].map(sentence).join(' ');
}

/** The MDX of generated page `i`: three sections, each with a cited paragraph on each of its two blocks. */
function scalePage(i: number, a: Block, b: Block, quotes: Map<string, string>): string {
	const paragraph = (block: Block, seed: number) => `${prose(block, seed)}<Cite id="${block.id}" quote="${quotes.get(block.id)!}" />`;
	const sections = [1, 2, 3].map((s) => `## Part ${s} of page ${i}\n\n${paragraph(a, i * 3 + s)}\n\n${paragraph(b, i * 3 + s + 1)}`);
	const front = [`title: Scale page ${i}`, `description: Generated page ${i} of the scale benchmark, citing blocks ${a.id} and ${b.id} of the article.`, `order: ${1000 + i}`, 'published: 2026-11-24'];
	return `---\n${front.join('\n')}\n---\n\n${sections.join('\n\n')}\n`;
}

const blocks = articleBlocks(readArticle());
const quotes = quotesOf(blocks);
const index = indexBlocks(blocks);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const results: Array<{ n: number; seconds: number; ok: boolean; linkMs?: string | undefined; median?: number; max?: { bytes: number; page: string }; over?: string[] }> = [];

for (const n of sizes) {
	const copy = makeFixture();
	try {
		for (let i = 0; i < n; i += 1) {
			// Two consecutive blocks per page, walking the article, so every block is cited about equally often.
			const [a, b] = [blocks[(2 * i) % blocks.length]!, blocks[(2 * i + 1) % blocks.length]!];
			const file = `${DOCS_DIR}/${i % 2 ? 'products' : 'themes'}/scale-${i}.mdx`;
			const mdx = scalePage(i, a, b, quotes);
			// A generator bug must stop here, not look like a failing site.
			const problems = verifyPage(extractCitations(mdx, file), index, { sources: new Set(), events: new Map() });
			if (problems.length > 0) throw new Error(`scale: ${file} breaks the citation rules: ${problems[0]!.message}`);
			mkdirSync(dirname(copy.path(file)), { recursive: true });
			writeFileSync(copy.path(file), mdx);
		}
		const started = performance.now();
		const { status, output } = copy.astro(['build']);
		const seconds = (performance.now() - started) / 1000;
		const linkMs = LINK_CHECK_LINE.exec(output)?.[1];
		if (status !== 0) {
			console.log(`N=${n}: the build failed after ${seconds.toFixed(1)} s:\n${output.trimEnd().split('\n').slice(-30).join('\n')}`);
			results.push({ n, seconds, ok: false, linkMs });
			continue;
		}
		const dist = copy.path('dist');
		const weights = globSync('**/index.html', { cwd: dist })
			.map((page) => ({ page: `/${page.replace(/index\.html$/, '')}`, bytes: firstLoad(dist, page).bytes }))
			.sort((x, y) => y.bytes - x.bytes);
		const median = weights[weights.length >> 1]!.bytes;
		const over = weights.filter((w) => w.bytes > TARGET.pageBytes).map((w) => `${w.page} ${w.bytes} B`);
		results.push({ n, seconds, ok: true, linkMs, median, max: weights[0]!, over });
		console.log(`N=${n}: ${weights.length} pages built in ${seconds.toFixed(1)} s; link check ${linkMs ?? 'n/a'} ms; first load median ${median} B, max ${weights[0]!.bytes} B on ${weights[0]!.page}; over 18 KB: ${over.join(', ') || 'none'}`);
	} finally {
		if (keep) console.log(`  kept the copy at ${copy.dir}`);
		else copy.remove();
	}
}

console.log('\nN    | build s | link check ms | median KB | max KB (page)');
for (const r of results) {
	console.log(`${String(r.n).padEnd(4)} | ${r.seconds.toFixed(1).padStart(7)}${r.ok ? '' : ' FAILED'} | ${(r.linkMs ?? 'n/a').padStart(13)} | ${r.ok ? kb(r.median!).padStart(9) : '        -'} | ${r.ok ? `${kb(r.max!.bytes)} (${r.max!.page})` : '-'}`);
}

// Growth compares build seconds per generated page at the largest N with the next largest; a fixed start-up cost makes it fall as N grows unless the build is superlinear.
const [largest, previous] = [...results].sort((x, y) => y.n - x.n);
console.log('\nTargets:');
const paced = results.find((r) => r.n === TARGET.atPages);
if (paced) console.log(`  build at N=${paced.n} ≤ ${TARGET.buildSeconds} s: ${paced.ok && paced.seconds <= TARGET.buildSeconds ? 'holds' : 'FAILS'} (${paced.seconds.toFixed(1)} s)`);
if (largest?.ok && previous?.ok && previous.n > 0) {
	const ratio = largest.seconds / largest.n / (previous.seconds / previous.n);
	console.log(`  growth no worse than linear (s per page at N=${largest.n} ≤ ${TARGET.growth}× that at N=${previous.n}): ${ratio <= TARGET.growth ? 'holds' : 'FAILS'} (ratio ${ratio.toFixed(2)})`);
}
const heavy = results.filter((r) => r.ok && r.over!.length > 0);
console.log(`  every page's first load ≤ 18 KB: ${heavy.length === 0 ? 'holds' : `FAILS at ${heavy.map((r) => `N=${r.n} (${r.over!.join(', ')})`).join('; ')}`}`);
