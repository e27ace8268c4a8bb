/**
 * The source page's text as a browser searches it for a text fragment, read from the page as its route renders it
 * (components/SourcePage.astro, through Astro's Container API) with the model the link check reads the built page
 * with (lib/pageText.ts). Links that mark a passage on the source page are made against this text, so a label,
 * list or note added to the page is weighed like the article's own words.
 */
import SourcePage from '../components/SourcePage.astro';
import { type PageText, readPageText } from '../lib/pageText.ts';
import { ROUTES } from '../routes.ts';
import { readingSourcePage } from './collections.ts';
import { getContainer } from './container.ts';
import { pageUrl } from './pageModels.ts';

/** Renders the source page as its route does and reads its shown text. */
export async function renderSourcePageText(): Promise<PageText> {
	const container = await getContainer();
	const html = await readingSourcePage.run(true, () => container.renderToString(SourcePage, { request: new Request(pageUrl(ROUTES.source.path)) }));
	return readPageText(html);
}
