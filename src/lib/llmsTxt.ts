/**
 * The text of /llms.txt (llmstxt.org), built as a Markdown tree and written by mdast-util-to-markdown, so a title or a
 * description is always text: whatever characters it holds, it can never become a link, emphasis or raw HTML.
 */
import type { List, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';

/** One page the file lists: its Markdown copy's address, its title and its description. */
export interface LlmsItem {
	url: string;
	title: string;
	description: string;
}

export interface LlmsTxt {
	/** The site's name, the file's one `#` heading. */
	name: string;
	/** The summary quoted under it. */
	summary: string;
	/** A paragraph on how to read what follows. */
	details: string;
	/** The lists of pages, each under its heading; the convention's "Optional" section is one of them. */
	sections: ReadonlyArray<{ heading: string; items: readonly LlmsItem[] }>;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

function list(items: readonly LlmsItem[]): List {
	return {
		type: 'list',
		ordered: false,
		spread: false,
		children: items.map(({ url, title, description }) => ({
			type: 'listItem',
			spread: false,
			children: [{ type: 'paragraph', children: [{ type: 'link', url, children: [text(title)] }, text(`: ${description}`)] }],
		})),
	};
}

export function llmsTxt({ name, summary, details, sections }: LlmsTxt): string {
	const children: RootContent[] = [
		{ type: 'heading', depth: 1, children: [text(name)] },
		{ type: 'blockquote', children: [{ type: 'paragraph', children: [text(summary)] }] },
		{ type: 'paragraph', children: [text(details)] },
		...sections.flatMap(({ heading, items }): RootContent[] => [{ type: 'heading', depth: 2, children: [text(heading)] }, list(items)]),
	];
	return toMarkdown({ type: 'root', children } satisfies Root, { bullet: '-' });
}
