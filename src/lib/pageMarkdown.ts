/**
 * A page's Markdown copy, from the HTML of its text alone (its layout renders just that for the copy: see
 * src/utils/pageCopy.ts): what a reader sees of the text, with every link absolute so the copy works pasted anywhere.
 */
import type { Element, Nodes, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** Elements that are never text: controls (the timeline's filters, a copy button) and what moves around the site or runs. */
const CONTROL_TAGS = new Set(['nav', 'form', 'fieldset', 'label', 'button', 'input', 'select', 'textarea', 'script', 'style', 'template']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Whether `node` stays out of the copy, by what it is rather than by its class: a control, what no one sees or
 * only a script shows, a passage shown on hover (`role=tooltip`: the citation keeps its link), a heading's link to
 * itself (a paragraph's number on the source page stays: it is how the copy's citations name it), an icon, and
 * screen-reader words inside a link, which repeat what the link shows.
 */
function isNotText(node: Element, parent: Element | Root, inLink: boolean): boolean {
	const { tagName, properties } = node;
	if (CONTROL_TAGS.has(tagName)) return true;
	if (properties['hidden'] !== undefined || properties['dataJsOnly'] !== undefined || properties['role'] === 'tooltip') return true;
	if (properties['dataPermalink'] !== undefined && parent.children.some((sibling) => sibling.type === 'element' && HEADING_TAGS.has(sibling.tagName))) return true;
	// A marker inside a link (¶3) is hidden from screen readers because the link is named otherwise; it is still the link's text.
	if (properties['ariaHidden'] === 'true' && tagName !== 'span') return true;
	const classes = Array.isArray(properties['className']) ? (properties['className'] as string[]) : [];
	return inLink && classes.includes('sr-only');
}

function prune(node: Element | Root, inLink = false): void {
	node.children = node.children.filter((child) => !(child.type === 'element' && isNotText(child, node, inLink))) as typeof node.children;
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

/**
 * The Markdown copy of a page whose text renders as `html` (a fragment) at the address `url`: its text without
 * what `isNotText` leaves out, every link resolved against `url`, and a closing line naming that address.
 */
export async function pageMarkdown(html: string, url: string): Promise<string> {
	const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
	const base = new URL(url);
	prune(tree);
	absolute(tree, base);
	const mdast = await unified()
		.use(rehypeRemark)
		.run(tree as never);
	const markdown = unified()
		.use(remarkGfm)
		.use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true })
		.stringify(mdast as never);
	return `${markdown.trimEnd()}\n\n---\n\nFrom ${base.href}. Each ¶ link leads to the paragraph of the source article that the statement before it rests on.\n`;
}
