/** robots.txt: everything may be crawled; the sitemap's absolute address depends on where the site is deployed. */
import type { APIRoute } from 'astro';
import { withBase } from '../utils/basePath.ts';

export const GET: APIRoute = ({ site }) => {
	const sitemap = new URL(withBase('/sitemap-index.xml'), site);
	return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
