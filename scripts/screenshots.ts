// `npm run screenshots -- <name>`: screenshots every page of the built site on a phone and a desktop, light and dark, into screenshots/<name>/.
// Run after `npm run build`. Compare two sets (say `before` and `after`) side by side; the folder is not committed.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium.ts';
import { serve } from './serve.ts';

const name = process.argv[2];
if (!name || !/^[\w-]+$/.test(name)) throw new Error('screenshots: expected a name for the set, e.g. `npm run screenshots -- after`');
const VIEWPORTS = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } } as const;
const SCHEMES = ['light', 'dark'] as const;

const pages = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
const out = `screenshots/${name}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const { server, origin } = await serve('dist');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
		for (const colorScheme of SCHEMES) {
			const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, isMobile: viewportName === 'phone', hasTouch: viewportName === 'phone' });
			const page = await context.newPage();
			for (const path of pages) {
				await page.goto(origin + path);
				const slug = path.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
				// The first screen as a reader meets it, and the whole page.
				await page.screenshot({ path: `${out}/${slug}.${viewportName}.${colorScheme}.png` });
				await page.screenshot({ path: `${out}/${slug}.${viewportName}.${colorScheme}.full.png`, fullPage: true });
			}
			await context.close();
		}
	}
	console.log(`${pages.length} pages × ${Object.keys(VIEWPORTS).length} viewports × ${SCHEMES.length} themes, first screen and full page, in ${out}/`);
} finally {
	await browser.close();
	server.close();
}
