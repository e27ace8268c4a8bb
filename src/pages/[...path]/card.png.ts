/** Each page's link card (`/themes/azure/card.png`, its `og:image`): the site's mark and name, the page's title and description. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDir, srcDir } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { keptCard } from '../../lib/card.ts';
import { SITE } from '../../site.ts';
import { typedSiteAddress } from '../../utils/pageModels.ts';
import { type CardPage, getCardPages, pathParam } from '../../utils/sitePages.ts';

export const getStaticPaths = (async () => (await getCardPages()).map((page) => ({ params: { path: pathParam(page.path) }, props: page }))) satisfies GetStaticPaths;

/** Cards are kept between builds in Astro's cache folder, by their text and design: an unchanged page's card is not drawn again. */
const KEPT = fileURLToPath(new URL('cards/', cacheDir));
/** The card's font, in the project's sources (the route runs bundled, away from them). */
const FONT_DIR = new URL('assets/fonts/', srcDir);

export const GET: APIRoute<CardPage> = async ({ props }) => {
	const png = await keptCard({ site: SITE.name, address: typedSiteAddress(), independence: SITE.independence, title: props.title, description: props.description }, KEPT, FONT_DIR);
	return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
