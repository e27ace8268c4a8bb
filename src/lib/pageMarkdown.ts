/** A page's Markdown copy, converted from its rendered HTML: what a reader sees of the page, with every link absolute so the copy works pasted anywhere. */
import type { Element, Nodes, Root } from 'hast';
import { select } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** Elements that are never the page's text: controls and lists that only move around the site (contents, previous/next, the timeline's filters), and code. */
const CHROME_TAGS = new Set(['nav', 'form', 'fieldset', 'button', 'script', 'style', 'template']);
/** Classes of what is not the page's text either: the passage a citation shows on hover (the citation keeps its link to it), an old address's anchor, the copy's own links, the timeline's live count. */
const CHROME_CLASSES = ['timeline-filters', 'cite-passage', 'anchor-alias', 'page-tools', 'timeline-count'];

/**
 * Whether `node` stays out of the copy: the elements above, a disclosure of navigation ("On this page"), what
 * is shown only with JavaScript or to no one, a heading's permalink mark (a paragraph's number on the source
 * page stays: it is how the copy's citations name it), and screen-reader words inside a link, which repeat what
 * the link shows. Written as a test rather than a CSS selector: it runs on every element of every page.
 */
function isChrome(node: Element, parent: Element | Root, inLink: boolean): boolean {
	const { tagName, properties } = node;
	const classes = Array.isArray(properties['className']) ? (properties['className'] as string[]) : [];
	if (CHROME_TAGS.has(tagName) || CHROME_CLASSES.some((name) => classes.includes(name))) return true;
	if (properties['hidden'] !== undefined || properties['dataJsOnly'] !== undefined) return true;
	if (properties['ariaHidden'] === 'true' && tagName !== 'span') return true;
	if (tagName === 'details' && select('nav', node)) return true;
	if (properties['dataPermalink'] !== undefined && parent.type === 'element' && (parent.properties['className'] as string[] | undefined)?.includes('heading-wrapper')) return true;
	return inLink && classes.includes('sr-only');
}

function prune(node: Element | Root, inLink = false): void {
	node.children = node.children.filter((child) => !(child.type === 'element' && isChrome(child, node, inLink))) as typeof node.children;
	for (const child of node.children) if (child.type === 'element') prune(child, inLink || child.tagName === 'a');
}

function absolute(node: Nodes, base: URL): void {
	if (node.type === 'element') {
		for (const name of ['href', 'src'] as const) {
			const value = node.properties[name];
			if (typeof value === 'string') node.properties[name] = new URL(value, base).href;
		}
	}
	if ('children' in node) for (const child of node.children) absolute(child, base);
}

export interface PageCopy {
	/** The page's Markdown. */
	markdown: string;
	/** The page's address (its canonical URL), which every relative link was resolved against. */
	url: string;
	title: string;
}

/**
 * The Markdown copy of a built page: its `<main>` without what `isChrome` leaves out, with links resolved
 * against the page's canonical address, and a closing line naming that address. Throws, naming `file`,
 * when the page has no `<main>` or no canonical address.
 */
export async function pageMarkdown(html: string, file: string): Promise<PageCopy> {
	const tree = unified().use(rehypeParse).parse(html) as Root;
	const canonical = select('link[rel=canonical]', tree)?.properties['href'];
	if (typeof canonical !== 'string') throw new Error(`${file}: a page with a Markdown copy needs <link rel="canonical">, to make its links absolute`);
	const main = select('main', tree);
	if (!main) throw new Error(`${file}: a page with a Markdown copy needs a <main> element holding its text`);
	const title = select('h1', main);
	const base = new URL(canonical);
	prune(main);
	absolute(main, base);
	const body: Root = { type: 'root', children: main.children };
	const mdast = await unified()
		.use(rehypeRemark)
		.run(body as never);
	const markdown = unified()
		.use(remarkGfm)
		.use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true })
		.stringify(mdast as never);
	const text = title ? toText(title) : '';
	return {
		url: base.href,
		title: text,
		markdown: `${markdown.trimEnd()}\n\n---\n\nFrom ${base.href}. Each ¶ link leads to the paragraph of the source article that the statement before it rests on.\n`,
	};
}

function toText(node: Element | Nodes): string {
	if (node.type === 'text') return node.value;
	return 'children' in node ? node.children.map(toText).join('') : '';
}
