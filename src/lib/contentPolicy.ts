/**
 * What a page of the site may hold: text, Markdown, and the site's own components with plain string props. A page
 * is content, never code: whatever else MDX would accept (imports, expressions, raw HTML, links that run or load
 * something) is refused here, at its file and line, before anything is rendered or published.
 */
import { z } from 'astro/zod';
import type { MdastNode } from 'satteri';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { DATA_PAGES, MONEY_FILE, TERMS_FILE } from '../files.ts';
import { partialDateSchema } from '../schemas/event.ts';
import { FIGURE_MEASURES } from '../schemas/money.ts';
import { plainTextSchema } from '../schemas/text.ts';
import type { ContentProblem, SourceLocation } from './contentProblems.ts';

const text = z.string().trim().min(1);

/** A component a page may use: the props it takes, as plain strings, and the page it is given to, when only one. */
interface PageComponent {
	props: z.ZodObject;
	/** The page (by its id in the docs collection) whose route gives it the component; every page when absent. */
	only?: string;
}

/**
 * The components pages may use, with the props each takes: the names src/components/mdx.ts gives every page, and
 * those the data pages' routes give them. A component added there must be added here, or pages cannot use it.
 */
const PAGE_COMPONENTS: Readonly<Record<string, PageComponent>> = {
	Cite: { props: z.strictObject({ id: text.optional(), source: text.optional(), event: text.optional(), quote: plainTextSchema.optional() }) },
	RecordNote: { props: z.strictObject({ event: text.optional() }) },
	RecordBesideArticle: { props: z.strictObject({ from: partialDateSchema, to: partialDateSchema }) },
	Wayfinding: { props: z.strictObject({}) },
	TermsTable: { props: z.strictObject({}), only: DATA_PAGES[TERMS_FILE] },
	FigureTable: { props: z.strictObject({}), only: DATA_PAGES[MONEY_FILE] },
	FigureChart: { props: z.strictObject({ measure: z.enum(Object.keys(FIGURE_MEASURES) as [string, ...string[]]), caption: text }), only: DATA_PAGES[MONEY_FILE] },
};

/** Schemes a link may use: pages on the web. `javascript:`, `data:`, `file:` and the like run or hide what they hold. */
const LINK_SCHEMES = new Set(['http:', 'https:']);

/** A URL's scheme (`https:`), or undefined for a relative address (`/timeline/`, `#p3`, `../azure/`). */
function urlScheme(url: string): string | undefined {
	// Browsers ignore leading spaces and control characters, and tabs or newlines inside a scheme: `java\tscript:` runs.
	const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase().concat(':');
}

/** Whether an address loads from somewhere other than the site: an absolute URL or a scheme-relative `//host/`. */
function isOtherOrigin(url: string): boolean {
	return urlScheme(url) !== undefined || /^[\\/]{2}/.test(url.trim());
}

/** An expression that only holds a comment (`{/* note for editors *\/}`) renders nothing and runs nothing. */
function isComment(expression: string): boolean {
	return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

type Attribute = { type: string; name?: string; value?: unknown };

/** The problems of one component's attributes: each a plain string, and together what the component takes. */
function checkProps(name: string, component: PageComponent, attributes: readonly Attribute[], at: SourceLocation): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const props: Record<string, string> = {};
	for (const attribute of attributes) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			problems.push({ at, message: `<${name}> has a spread attribute {${String(attribute.value)}}; expected each prop written out as name="value"` });
		} else if (typeof attribute.value !== 'string') {
			problems.push({ at, message: `<${name}> prop "${attribute.name}" must be a plain string in quotes, e.g. ${attribute.name}="…"; a page holds no expressions` });
		} else props[attribute.name] = attribute.value;
	}
	const result = component.props.safeParse(props);
	if (!result.success) {
		for (const issue of result.error.issues) {
			const keys = (issue as { keys?: string[] }).keys;
			const field = keys?.join('", "') ?? issue.path.join('.');
			const takes = Object.keys(component.props.shape);
			problems.push({
				at,
				message:
					issue.code === 'unrecognized_keys'
						? `<${name}> does not take "${field}"; expected ${takes.length > 0 ? `only ${takes.join(', ')}` : 'no props'}`
						: `<${name}> prop "${field}": ${issue.message}`,
			});
		}
	}
	return problems;
}

/** What is wrong with one node of a page's MDX tree under the policy (empty when it may stand there). */
function nodeProblems(node: MdastNode, at: SourceLocation, pageId: string): ContentProblem[] {
	switch (node.type) {
		case 'mdxjsEsm':
			return [{ at, message: 'a page cannot import or export code; expected text, Markdown and the site\'s components, which every page has without an import' }];
		case 'mdxFlowExpression':
		case 'mdxTextExpression': {
			const value = String((node as { value?: unknown }).value ?? '');
			return isComment(value) ? [] : [{ at, message: `the expression {${value.length > 40 ? `${value.slice(0, 40)}…` : value}} would run code at build time and publish its result; expected plain text` }];
		}
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement': {
			const name = (node as { name?: string | null }).name;
			if (!name) return [{ at, message: 'a fragment <></> is not content; expected text or one of the site\'s components' }];
			const component = Object.hasOwn(PAGE_COMPONENTS, name) ? PAGE_COMPONENTS[name] : undefined;
			if (!component) {
				const instead = /^[a-z]/.test(name) ? 'write it in Markdown (emphasis, links, lists, tables) instead of HTML' : `expected one of ${Object.keys(PAGE_COMPONENTS).join(', ')}`;
				return [{ at, message: `<${name}> is not allowed in a page; ${instead}` }];
			}
			const problems = checkProps(name, component, (node as { attributes?: Attribute[] }).attributes ?? [], at);
			if (component.only !== undefined && component.only !== pageId) problems.push({ at, message: `<${name}> is only given to the page ${component.only}; expected it there, not here` });
			return problems;
		}
		case 'link':
		case 'definition': {
			const url = String((node as { url?: unknown }).url ?? '');
			const scheme = urlScheme(url);
			return scheme === undefined || LINK_SCHEMES.has(scheme) ? [] : [{ at, message: `the link to "${url}" uses the scheme ${scheme}; expected an http(s) address or a path of the site` }];
		}
		case 'image':
		case 'imageReference': {
			const url = String((node as { url?: unknown }).url ?? '');
			return node.type === 'image' && !isOtherOrigin(url) ? [] : [{ at, message: `the image "${url}" would load from outside the site; expected an image file of the project, by a relative path` }];
		}
		case 'html':
			return [{ at, message: 'raw HTML is not allowed in a page; expected Markdown or the site\'s components' }];
		default:
			return [];
	}
}

/** Every way a page's MDX tree breaks the policy, each at its line; `pageId` is the page's id in the docs collection. */
export function checkContentPolicy(root: MdastNode, file: string, pageId: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	visit(root as Node, (node) => {
		const start = node.position?.start;
		problems.push(...nodeProblems(node as MdastNode, { file, line: start?.line ?? 1, column: start?.column ?? 1 }, pageId));
	});
	return problems;
}
