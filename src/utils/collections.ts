/** Collection queries shared by the routes: the navigation and the source article. */
import { getCollection, getEntry } from 'astro:content';
import { type Block, articleBlocks } from '../lib/article';
import { type NavGroup, buildNavigation } from '../lib/navigation';
import { ARTICLE_ENTRY_ID } from '../loaders/article';

/** The sidebar's groups, derived from every page's id and frontmatter. */
export async function getNavigation(): Promise<NavGroup[]> {
	const docs = await getCollection('docs');
	return buildNavigation(docs.map(({ id, data }) => ({ id, title: data.title, navLabel: data.navLabel, order: data.order })));
}

/** The parsed source article. */
export async function getArticle() {
	const entry = await getEntry('article', ARTICLE_ENTRY_ID);
	if (!entry) throw new Error(`the article collection has no entry "${ARTICLE_ENTRY_ID}"`);
	return entry.data;
}

/** The article's blocks by id, for pages that quote the passages they cite. */
export async function getBlocksById(): Promise<Map<string, Block>> {
	return new Map(articleBlocks(await getArticle()).map((block) => [block.id, block]));
}
