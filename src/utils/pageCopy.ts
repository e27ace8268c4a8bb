/**
 * A page's Markdown copy, made from the page's model and the component its route renders its text with: rendered
 * through Astro's Container API (components/page-text/PageCopy.astro: title, summary, text, the passages it rests
 * on), then turned into Markdown by lib/pageMarkdown.ts. The built HTML is never read back.
 */
import PageCopy from '../components/page-text/PageCopy.astro';
import { pageMarkdown } from '../lib/pageMarkdown.ts';
import { getContainer } from './container.ts';
import { pageUrl } from './pageModels.ts';
import type { SitePage } from './sitePages.ts';

const copies = new Map<string, Promise<string>>();

/** The Markdown copy of `sitePage`, made once per build: /llms-full.txt joins the same copies. */
export function pageCopy({ page, text, props }: SitePage): Promise<string> {
	let copy = copies.get(page.path);
	if (!copy) {
		const url = pageUrl(page.path);
		copy = getContainer()
			.then((astro) => astro.renderToString(PageCopy, { props: { page, text, props }, request: new Request(url) }))
			.then((html) => pageMarkdown(html, url));
		copies.set(page.path, copy);
	}
	return copy;
}
