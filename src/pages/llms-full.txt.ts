/** /llms-full.txt: every page's Markdown copy in one file, in the order /llms.txt lists them, under the site's name. */
import type { APIRoute } from 'astro';
import { SITE } from '../site.ts';
import { getLlmsSections } from '../utils/llmsSections.ts';
import { pageCopy } from '../utils/pageCopy.ts';

export const GET: APIRoute = async () => {
	const pages = (await getLlmsSections()).flatMap((section) => section.pages);
	const copies = await Promise.all(pages.map(async (sitePage) => (await pageCopy(sitePage)).trimEnd()));
	return new Response(`# ${SITE.name}\n\n${copies.join('\n\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
