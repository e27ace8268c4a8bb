/**
 * /llms.txt (llmstxt.org): the site for language models. Its title and summary, then every page's Markdown copy
 * by navigation group, with the page's description; /llms-full.txt holds the copies themselves.
 */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { llmsTxt } from '../lib/llmsTxt.ts';
import { MARKDOWN_COPY } from '../lib/pageFiles.ts';
import { LLMS_FULL, ROUTES } from '../routes.ts';
import { SITE } from '../site.ts';
import { getLlmsSections } from '../utils/llmsSections.ts';
import { pageUrl } from '../utils/pageModels.ts';

export const GET: APIRoute = async () => {
	const home = await getEntry('docs', ROUTES.home.page);
	if (!home) throw new Error(`llms.txt: no docs entry "${ROUTES.home.page}" for the summary`);
	const sections = (await getLlmsSections()).map(({ heading, pages }) => ({
		heading,
		items: pages.map(({ page }) => ({ url: `${pageUrl(page.path)}${MARKDOWN_COPY.file}`, title: page.title, description: page.description })),
	}));
	const text = llmsTxt({
		name: SITE.name,
		summary: home.data.description,
		details: `Every statement on the site cites the paragraph of its source article that it rests on, linked as ¶ with the paragraph's number; facts from elsewhere carry their own source. Each page below is a Markdown copy of a page of the site; ${pageUrl(LLMS_FULL)} holds them all, the source article included.`,
		sections,
	});
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
