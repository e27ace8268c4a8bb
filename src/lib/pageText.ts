/**
 * A page's text as a reader sees it and a browser searches it for a text fragment (`#p3:~:text=…`): what is shown,
 * each block on a line of its own, and where each element with an id stands in it. The build makes the source page's
 * fragments from this text and the link check holds every fragment against it, so the two cannot disagree.
 */
import { Parser } from 'htmlparser2';

/** Elements that start a new line of text: a text fragment's words never run across one. */
const BLOCK_ELEMENTS = new Set(['address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul']);
/** Elements whose text a browser does not show, so a text fragment cannot match in them (void elements never are). */
const UNSEEN_ELEMENTS = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg']);

export interface PageText {
	/** The shown text, each block on lines of its own. */
	text: string;
	/** Where each element with an id stands in `text`: [from, to). */
	spans: Map<string, [number, number]>;
}

/** Reads a page's shown text and the span of each id in one streaming pass over its HTML. */
export function readPageText(html: string): PageText {
	let text = '';
	let unseen = 0;
	const spans = new Map<string, [number, number]>();
	const open: Array<{ id?: string | undefined; from: number; hidden: boolean }> = [];
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				// A citation's pop-up (role="tooltip") is not displayed until its marker is hovered or focused.
				const hidden = UNSEEN_ELEMENTS.has(name) || attributes['role'] === 'tooltip';
				if (hidden) unseen += 1;
				if (BLOCK_ELEMENTS.has(name)) text += '\n';
				open.push({ id: attributes['id'], from: text.length, hidden });
			},
			ontext(chunk) {
				if (unseen === 0) text += chunk;
			},
			onclosetag(name) {
				const element = open.pop();
				if (element?.id !== undefined) spans.set(element.id, [element.from, text.length]);
				if (BLOCK_ELEMENTS.has(name)) text += '\n';
				if (element?.hidden) unseen -= 1;
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	return { text, spans };
}
