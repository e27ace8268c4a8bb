// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import securityHeaders from './src/integrations/headers.ts';
import linkCheck from './src/integrations/links.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { cspHash } from './src/lib/csp.ts';
import { THEME_SCRIPT } from './src/lib/themeScript.ts';
import { timelineFilterCss } from './src/lib/timeline.ts';
import { EVENT_CATEGORIES } from './src/schemas/event.ts';

// Where the site is published; both come from the environment so one build serves any host. Netlify
// (URL) and Cloudflare Pages (CF_PAGES_URL) say it themselves; locally the preview server's address is used.
const site = process.env.SITE_URL ?? process.env.URL ?? process.env.CF_PAGES_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// The citation check is the provenance collection's (src/loaders/provenance.ts); the link check runs last, over the finished output.
	integrations: [mdx(), sitemap(), pagefindIndex(), securityHeaders(), linkCheck()],
	security: {
		// Astro hashes the scripts and styles it bundles; the two inline ones written by hand are hashed here.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind runs its search engine as WebAssembly.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(THEME_SCRIPT)] },
			styleDirective: { hashes: [cspHash(timelineFilterCss(EVENT_CATEGORIES))] },
		},
	},
	vite: {
		plugins: [tailwindcss()],
		build: {
			rolldownOptions: {
				// Astro's own MDX directive trips a harmless bundler warning on every page (withastro/astro#18087).
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
