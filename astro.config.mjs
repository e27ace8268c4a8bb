// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import citationCheck from './src/integrations/citations.ts';
import linkCheck from './src/integrations/links.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

// Where the site is published; both come from the environment so one build serves any host.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// The link check runs last, over the finished output (sitemap and search index included).
	integrations: [citationCheck(), mdx(), sitemap(), pagefindIndex(), linkCheck()],
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
