// `npm run bench`: builds the site, serves it compressed, and prints every performance figure against its budget.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';
import { firstLoad } from './pageWeight.ts';
import { serve } from './serve.ts';

const BUDGET = {
	pageBytes: 18 * 1024,
	requests: 4,
	scriptBytes: 2 * 1024,
	lighthouse: 100,
	searchBytes: 120 * 1024,
	searchMs: 150,
	buildSeconds: 4.2,
};

const rows: Array<[figure: string, value: string, budget: string, ok: boolean]> = [];
const record = (figure: string, value: number, budget: number, unit: string, atMost = true) =>
	rows.push([figure, `${Number.isInteger(value) ? value : value.toFixed(unit === 'KB' ? 1 : 2)} ${unit}`, `${atMost ? '≤' : '≥'} ${budget} ${unit}`, atMost ? value <= budget : value >= budget]);
const kb = (bytes: number) => bytes / 1024;

// Build time: the whole `astro build` (content sync, pages, search index, link check), wall clock.
const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) throw new Error('the build failed; run npm run build to see why');
const buildSeconds = (performance.now() - started) / 1000;

const pages = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
const { server, origin, sent } = await serve('dist');
const executablePath = findChromium();

try {
	// Page weight: a first visit with an empty cache, counting bytes as they travel (compressed).
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	console.log(`\nFirst load of each page (gzip bytes on the wire, as GitHub Pages serves them; empty cache)\n`);
	console.log(`${'page'.padEnd(34)}${'HTML'.padStart(8)}${'CSS'.padStart(8)}${'JS'.padStart(8)}${'fonts'.padStart(8)}${'images'.padStart(8)}${'total'.padStart(9)}${'requests'.padStart(10)}${'JS run'.padStart(9)}`);
	let worstBytes = 0;
	let worstRequests = 0;
	let worstScript = 0;
	for (const path of pages) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		const types = new Map<string, string>();
		const bytes: Record<string, number> = { Document: 0, Stylesheet: 0, Script: 0, Font: 0, Image: 0, Other: 0 };
		let requests = 0;
		cdp.on('Network.requestWillBeSent', (event) => {
			requests += 1;
			types.set(event.requestId, event.type ?? 'Other');
		});
		cdp.on('Network.loadingFinished', (event) => {
			const type = types.get(event.requestId) ?? 'Other';
			bytes[type in bytes ? type : 'Other'] = (bytes[type in bytes ? type : 'Other'] ?? 0) + event.encodedDataLength;
		});
		await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
		// The budgets are held by the rule the budget test holds (scripts/pageWeight.ts: HTML and CSS bodies under gzip,
		// requests before any interaction, executable script); the browser's figures beside them include headers.
		const weight = firstLoad('dist', `${path.replace(/^\//, '')}index.html`);
		const scriptBytes = weight.scriptBytes;
		const total = Object.values(bytes).reduce((a, b) => a + b, 0);
		worstBytes = Math.max(worstBytes, weight.bytes);
		worstRequests = Math.max(worstRequests, weight.requests, requests);
		worstScript = Math.max(worstScript, scriptBytes);
		const cell = (n: number) => kb(n).toFixed(1).padStart(8);
		console.log(`${path.padEnd(34)}${cell(bytes['Document']!)}${cell(bytes['Stylesheet']!)}${cell(bytes['Script']!)}${cell(bytes['Font']!)}${cell(bytes['Image']! + bytes['Other']!)}${cell(total).padStart(9)}${String(requests).padStart(10)}${`${(scriptBytes / 1024).toFixed(2)}`.padStart(9)}`);
		await context.close();
	}
	record('HTML and CSS per page on first load, gzip (largest page)', kb(worstBytes), kb(BUDGET.pageBytes), 'KB');
	record('requests on first load (most)', worstRequests, BUDGET.requests, '');
	record('JavaScript run before any interaction (most)', kb(worstScript), kb(BUDGET.scriptBytes), 'KB');
	// Reading needs only the blocking theme script in <head>; everything else enhances controls that work without it.
	const head = readFileSync('dist/index.html', 'utf8').match(/<head>[\s\S]*<\/head>/)![0];
	const themeScript = [...head.matchAll(/<script>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
	record('script needed to read a page (the theme script in <head>)', kb(themeScript), 1, 'KB');

	// Search: bytes from opening search to the first result (counted by the server, so the Web Worker's
	// downloads count too), and the time from the last keystroke to the first result shown.
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
	/** Opens search, types `query` and resolves with the milliseconds from its last keystroke to the first result. */
	const timeToResult = (query: string) =>
		page.evaluate(
			(query) =>
				new Promise<number>((resolve) => {
					let start = 0;
					const observer = new MutationObserver(() => {
						const list = document.querySelector('dialog ol');
						if (start && list?.querySelector('.search-result')) {
							observer.disconnect();
							resolve(performance.now() - start);
						}
					});
					observer.observe(document.body, { childList: true, subtree: true });
					document.querySelector<HTMLButtonElement>('[data-search-trigger]')!.click();
					const type = (): void => {
						const input = document.querySelector<HTMLInputElement>('#search-dialog-input');
						if (!input) return void setTimeout(type, 5);
						input.value = query;
						start = performance.now();
						input.dispatchEvent(new Event('input', { bubbles: true }));
					};
					type();
				}),
			query,
		);
	sent.bytes = 0;
	const cold = await timeToResult('$13 billion');
	const firstQueryBytes = sent.bytes;
	// Warm: the same visitor on a new page, with search's code and index in the browser's cache.
	await page.reload({ waitUntil: 'networkidle' });
	const warm = [await timeToResult('revenue share')];
	await page.reload({ waitUntil: 'networkidle' });
	warm.push(await timeToResult('GitHub Copilot'));
	await context.close();
	await browser.close();
	const warmBest = Math.min(...warm);
	record('search: bytes from opening to the first result', kb(firstQueryBytes), kb(BUDGET.searchBytes), 'KB');
	record('search: time to first result, warm cache (best of 2)', warmBest, BUDGET.searchMs, 'ms');
	rows.push(['search: time to first result, first use (loads everything)', `${cold.toFixed(0)} ms`, '(informative)', true]);

	// Lighthouse 13, mobile, in the same Chromium.
	console.log(`\nLighthouse (mobile) per page: performance / accessibility / best practices / SEO, LCP, CLS, TBT\n`);
	const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
	let lowest = 100;
	try {
		for (const path of pages) {
			const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
			const lhr = result!.lhr;
			const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
			lowest = Math.min(lowest, ...scores);
			const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
			console.log(`${path.padEnd(34)}${scores.join(' / ').padEnd(20)} LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s  CLS ${audit('cumulative-layout-shift').toFixed(3)}  TBT ${audit('total-blocking-time').toFixed(0)} ms`);
			for (const [id, category] of Object.entries(lhr.categories)) {
				if ((category.score ?? 0) < 1) {
					const failing = category.auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
					console.log(`${''.padEnd(34)}  ${id}: ${failing.join(', ')}`);
				}
			}
		}
	} finally {
		chrome.kill();
	}
	record('Lighthouse, every category of every page (lowest)', lowest, BUDGET.lighthouse, '', false);
	record('build time', buildSeconds, BUDGET.buildSeconds, 's');
} finally {
	server.close();
}

console.log(`\n${'figure'.padEnd(56)}${'measured'.padStart(12)}  ${'budget'.padEnd(12)}`);
for (const [figure, value, budget, ok] of rows) console.log(`${figure.padEnd(56)}${value.padStart(12)}  ${budget.padEnd(14)}${ok ? 'ok' : 'OVER BUDGET'}`);
const over = rows.filter((row) => !row[3]).length;
console.log(over === 0 ? '\nEvery figure is within its budget.' : `\n${over} figure(s) over budget.`);
process.exit(over === 0 ? 0 : 1);
