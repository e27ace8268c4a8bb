// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, envField } from 'astro/config';
import securityHeaders from './src/integrations/headers.ts';
import linkCheck from './src/integrations/links.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { cspHash } from './src/lib/csp.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { headingLevels } from './src/lib/headingLevels.ts';
import { siteFromEnv } from './src/lib/siteUrl.ts';
import { THEME_SCRIPT } from './src/lib/themeScript.ts';
import { timelineFilterCss } from './src/lib/timeline.ts';
import { EVENT_CATEGORIES } from './src/schemas/event.ts';

// Where the site is published comes from the environment, so one build serves any host (see src/lib/siteUrl.ts).
const { site, base } = siteFromEnv(process.env);

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Two routes or two files for one address fail the build instead of one silently winning.
	prerenderConflictBehavior: 'error',
	// Stylesheets stay files: an inlined one would give its pages a Content Security Policy of their own, and a page
	// that shows a component with styles of its own (the terms table, the charts) loads them as a second file.
	// Four routes at a time: a link card is rasterised off the main thread (resvg), so pages render while cards are drawn.
	build: { inlineStylesheets: 'never', concurrency: 4 },
	// The pages have no code blocks; Shiki's inline styles would need 'unsafe-inline' under the Content Security Policy.
	// Each section heading is told its level, so one component renders h2–h4 (src/components/mdx.ts).
	markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [headingLevels] }) },
	// The citation check is the provenance collection's (src/loaders/provenance.ts). Every file of the site is a route, the
	// files of each page included (src/pages/[...path]/). The passes over the built output are only those that need the
	// final HTML itself:
	// - pagefindIndex: the search index is made of the text as published, with its ids and weights;
	// - securityHeaders: each page's policy hashes the inline code exactly as it was written out;
	// - linkCheck (last): every link and fragment must resolve in the finished output, the generated files included.
	integrations: [mdx(), sitemap(), pagefindIndex(), securityHeaders(), linkCheck()],
	env: {
		schema: {
			// Where readers report an error on a page: a GitHub repository's issues, e.g. https://github.com/owner/repo/issues.
			// Without it, pages offer no such link.
			ISSUES_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true, startsWith: 'https://' }),
		},
	},
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
