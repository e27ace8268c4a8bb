/**
 * One Astro Container for the build, configured as the site is, with MDX's renderer for the pages' content: for
 * what the build renders outside a page's own route (a page's Markdown copy, the source page's text).
 */
import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { base, trailingSlash } from 'astro:config/server';
import { siteAddress } from './pageModels.ts';

let container: Promise<AstroContainer> | undefined;

export function getContainer(): Promise<AstroContainer> {
	container ??= AstroContainer.create({
		renderers: [{ name: 'astro:jsx', ssr: mdxRenderer }],
		astroConfig: { site: siteAddress(), base, trailingSlash },
	});
	return container;
}
