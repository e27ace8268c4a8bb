/** Each page's Markdown copy (`/themes/azure/index.md`), which the page announces and links as "View as Markdown". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageCopy } from '../../utils/pageCopy.ts';
import { type SitePage, getSitePages, pathParam } from '../../utils/sitePages.ts';

export const getStaticPaths = (async () => (await getSitePages()).map((sitePage) => ({ params: { path: pathParam(sitePage.page.path) }, props: sitePage }))) satisfies GetStaticPaths;

export const GET: APIRoute<SitePage> = async ({ props }) => new Response(await pageCopy(props), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
