/**
 * Reads what a page's MDX says and on what: its headings, its statements and the citations in them. One parse of the
 * page serves the content policy (contentPolicy.ts), the frontmatter's days (frontmatter.ts) and this reading; the
 * quotes are checked against the article by quotes.ts, and what cites what is derived by provenance.ts.
 */
import GithubSlugger from 'github-slugger';
import { type MdastNode, mdxToMdast } from 'satteri';
import { excerpt } from './article.ts';
import type { ContentProblem, SourceLocation } from './contentProblems.ts';
import { checkContentPolicy } from './contentPolicy.ts';
import { docId } from './docFiles.ts';
import { checkFrontmatterFence, readFrontmatter } from './frontmatter.ts';
import { generatedBy } from './generatedIds.ts';
import { normalizePassage } from './passage.ts';
import { type BlockIndex, checkArticleQuote } from './quotes.ts';

/** The name of the MDX component that cites a source. */
const CITE_COMPONENT = 'Cite';
/** The MDX component that shows what the record says beside a claim of the article. */
const RECORD_NOTE_COMPONENT = 'RecordNote';
/** MDX components that show a data file's rows, each row cited in the data file (src/files.ts DATA_PAGES): a section that holds one cites. */
const DATA_COMPONENTS: ReadonlySet<string> = new Set(['TermsTable', 'FigureTable']);
/** The MDX component that marks text as a guide to the site (links, how to read it), which states nothing to cite. */
const WAYFINDING_COMPONENT = 'Wayfinding';

/** The h2 section of a page a citation stands in; `undefined` for the page's introduction. */
export interface SectionRef {
	/** The heading's id, as Astro gives it (github-slugger). */
	id: string;
	title: string;
}

/** `<Cite id="p3" quote="…" />`: a passage of the source article. */
export interface ArticleCitation {
	kind: 'article';
	blockId: string;
	quote?: string | undefined;
	at: SourceLocation;
	section?: SectionRef | undefined;
	/** Whether it stands in a correction note with its own text: the page says there what the record says of the block. */
	inRecordNote?: boolean | undefined;
}

/** `<Cite source="openai-gpt-4" quote="…" />`: a public source outside the article, by its id in the sources file. */
export interface SourceCitation {
	kind: 'source';
	sourceId: string;
	quote?: string | undefined;
	at: SourceLocation;
	section?: SectionRef | undefined;
}

/** `<Cite event="2019-07-22-microsoft-invests-1-billion" />`: a dated event of the timeline, which carries its own sources. */
export interface EventCitation {
	kind: 'event';
	eventId: string;
	at: SourceLocation;
	section?: SectionRef | undefined;
}

export type Citation = ArticleCitation | SourceCitation | EventCitation;

/** `<RecordNote event="…" />`: the timeline's correction of an article claim, shown beside it. (A note with its own text cites like any paragraph.) */
export interface RecordNoteRef {
	eventId: string;
	at: SourceLocation;
	section?: SectionRef | undefined;
}

/** What one page says and on what: its sections and headings, its statements and the citations in them. */
export interface PageCitations {
	file: string;
	/** The frontmatter's `title`, if the page has one. */
	title?: string | undefined;
	/** The page's h2 sections; `showsData` when one holds a data table, whose rows the data file cites. */
	sections: Array<SectionRef & { line: number; showsData?: boolean }>;
	/** Every heading, with the first words of the first statement under it (empty when none): what its published id is pinned to. */
	headings: Array<SectionRef & { line: number; words: string }>;
	citations: Citation[];
	/** Corrections from the timeline shown on the page. */
	recordNotes: RecordNoteRef[];
	/** How many statements the page makes: paragraphs, list items and table rows outside <Wayfinding>. */
	statementCount: number;
	/** How many words those statements have, citations left out. */
	statementWords: number;
	/** Citations written in a form that cannot be read, found while extracting. */
	problems: ContentProblem[];
}


function textOf(node: MdastNode): string {
	if ('value' in node && typeof node.value === 'string') return node.value;
	return 'children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]).map(textOf).join('') : '';
}

/** A component's plain string attributes; the content policy (contentPolicy.ts) reports any other kind, and unknown names. */
function stringAttributes(node: MdastNode): Map<string, string> {
	const attributes = (node as { attributes?: Array<{ type: string; name?: string; value?: unknown }> }).attributes ?? [];
	return new Map(attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string' ? [[a.name, a.value] as const] : [])));
}

function readCitation(node: MdastNode, at: SourceLocation, section: SectionRef | undefined, problems: ContentProblem[]): Citation | undefined {
	const attributes = stringAttributes(node);
	const id = attributes.get('id');
	const source = attributes.get('source');
	const event = attributes.get('event');
	const quote = attributes.get('quote');
	if (quote !== undefined && normalizePassage(quote) === '') {
		problems.push({ at, message: `<${CITE_COMPONENT}> has an empty quote; leave it out or quote the words cited` });
	}
	const given = [id, source, event].filter((value) => value !== undefined).length;
	if (given !== 1) {
		problems.push({
			at,
			message: `<${CITE_COMPONENT}> needs exactly one of id="p<n>" (a block of the source article), source="…" (an id of src/content/sources.yaml) or event="…" (an event of the timeline)`,
		});
		return undefined;
	}
	if (id !== undefined) {
		// A quote pins the citation to its words, so a changed or renumbered seed cannot leave it pointing elsewhere unseen.
		if (quote === undefined) problems.push({ at, message: `<${CITE_COMPONENT} id="${id}">: add quote="…" with the words of block ${id} the statement rests on` });
		return { kind: 'article', blockId: id, quote, at, section };
	}
	if (source !== undefined) {
		// The words read are what make an outside citation checkable by a reader.
		if (quote === undefined) problems.push({ at, message: `<${CITE_COMPONENT} source="${source}">: add quote="…" with the words of the source the statement rests on` });
		return { kind: 'source', sourceId: source, quote, at, section };
	}
	if (quote !== undefined) problems.push({ at, message: `<${CITE_COMPONENT} event="${event}"> takes no quote; the event carries its own sources` });
	return { kind: 'event', eventId: event!, at, section };
}

/** How many words of a section's first statement pin its heading's published id to it. */
const SECTION_WORDS = 8;

/** Markdown nodes that hold running text, so a component whose children are these states something on its own line. */
const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'mdxJsxTextElement']);

/** Why a heading's words are a statement rather than a name for its section, or undefined when they name it. */
function headingClaims(title: string): string | undefined {
	if (/[.!?]$/.test(title)) return 'ends like a sentence';
	if (title.split(/\s+/).length > 10) return 'is longer than ten words';
	// A year names a period; an amount or a share is a claim that needs its source.
	if (/[$€£]\s?\d|\d\s?%|\d\s*(?:billion|million|trillion|percent|per cent)\b/i.test(title)) return 'states a figure';
	return undefined;
}

/**
 * Extracts a page's citations, sections and headings from its MDX source, after the content policy
 * (contentPolicy.ts) has been applied to the same tree. Heading ids follow github-slugger, as Astro's do, so a
 * citation's section links to the heading on the page. `pageId` is the page's id in the docs collection.
 */
export function extractCitations(mdx: string, file: string, pageId = docId(file.replace(/^.*?src\/content\/docs\//, ''))): PageCitations {
	const problems: ContentProblem[] = [];
	const fence = checkFrontmatterFence(mdx, file);
	// A fence the two readers disagree on leaves no tree to trust: the page is refused on that alone.
	if (fence) return { file, sections: [], headings: [], citations: [], recordNotes: [], statementCount: 0, statementWords: 0, problems: [fence] };
	let root: MdastNode;
	try {
		root = mdxToMdast(mdx);
	} catch (error) {
		// The MDX parser reports `line:column: message`; an editor needs the file with it.
		const message = (error as Error).message;
		const [, line = '1', column = '1', rest = message] = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message) ?? [];
		problems.push({ at: { file, line: Number(line), column: Number(column) }, message: `not valid MDX: ${rest.split('\n')[0]}` });
		return { file, sections: [], headings: [], citations: [], recordNotes: [], statementCount: 0, statementWords: 0, problems };
	}
	problems.push(...checkContentPolicy(root, file, pageId));
	const slugger = new GithubSlugger();
	const sections: PageCitations['sections'] = [];
	const headings: PageCitations['headings'] = [];
	const citations: Citation[] = [];
	const recordNotes: RecordNoteRef[] = [];
	let statementCount = 0;
	let statementWords = 0;
	let section: SectionRef | undefined;
	/** The heading read last, until something under it cites (or shows cited data): each heading needs that before the next. */
	let openHeading: { title: string; at: SourceLocation; cited: boolean } | undefined;
	const closeHeading = () => {
		if (openHeading && !openHeading.cited) {
			problems.push({
				at: openHeading.at,
				message: `heading "${openHeading.title}" has nothing cited under it before the next heading; expected a cited paragraph under every heading (a heading names its section, it does not stand alone)`,
			});
		}
		openHeading = undefined;
	};

	const isComponent = (node: MdastNode, name: string) =>
		(node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as { name?: string }).name === name;
	// A statement is cited when a <Cite> stands in it; a correction note stands on its own line, so it cites nothing inline.
	const cites = (node: MdastNode): boolean =>
		isComponent(node, CITE_COMPONENT) || ('children' in node && Array.isArray(node.children) && (node.children as MdastNode[]).some(cites));
	const children = (node: MdastNode) => ('children' in node && Array.isArray(node.children) ? (node.children as MdastNode[]) : []);

	// Every id a heading of the page gets, so none is given twice or taken from the layout.
	const ids = new Map<string, SourceLocation>();
	const claimId = (id: string, at: SourceLocation, what: string) => {
		const by = generatedBy(id);
		const first = ids.get(id);
		if (by) problems.push({ at, message: `${what} would have the id "${id}", which is reserved for ${by}; expected a different wording` });
		else if (first) problems.push({ at, message: `${what} would have the id "${id}", already used on line ${first.line}; expected every id of a page to be unique` });
		ids.set(id, at);
	};

	/** Counts a statement and reports it when it cites nothing. */
	const statement = (node: MdastNode, at: SourceLocation, what: string, text: string) => {
		statementCount += 1;
		statementWords += text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
		const heading = headings.at(-1);
		if (heading && heading.words === '') heading.words = excerpt(normalizePassage(text), SECTION_WORDS);
		if (cites(node)) return;
		problems.push({
			at,
			message: `${what} "${excerpt(text.trim(), 8)}" cites nothing; expected a <${CITE_COMPONENT}> for what it states, or <${WAYFINDING_COMPONENT}> around text that only guides the reader`,
		});
	};

	const visit = (node: MdastNode, parent: MdastNode | undefined, context: { inHeading: boolean; inWayfinding: boolean; inRecordNote: boolean }) => {
		const start = node.position?.start;
		const at: SourceLocation = { file, line: start?.line ?? 1, column: start?.column ?? 1 };
		// Guidance names no section and corrects nothing: a heading or a correction's text inside it would escape the citation rule.
		if (node.type === 'heading' && context.inWayfinding) problems.push({ at, message: `a heading cannot stand inside <${WAYFINDING_COMPONENT}>; expected it before, and only guiding text inside` });
		if (isComponent(node, WAYFINDING_COMPONENT) && context.inRecordNote) problems.push({ at, message: `<${WAYFINDING_COMPONENT}> cannot stand inside <${RECORD_NOTE_COMPONENT}>: what the record says is a statement, and cites` });
		if (node.type === 'heading') {
			const title = textOf(node).trim();
			const depth = (node as { depth: number }).depth;
			const id = slugger.slug(title);
			closeHeading();
			if (!/[\p{L}\p{N}]/u.test(title)) {
				problems.push({ at, message: `heading "${title}" has no letters or digits, so its id would be empty and the section could not be linked; expected words in the heading` });
			} else claimId(id, at, `heading "${title}"`);
			if (depth < 2 || depth > 4) problems.push({ at, message: `heading "${title}" is of level ${depth}; expected ## to #### (the page's title, from its frontmatter, is its only # heading)` });
			const claim = headingClaims(title);
			if (claim) problems.push({ at, message: `heading "${excerpt(title, 8)}" ${claim}, so it is a statement no citation can stand in; expected a few words naming the section, and the statement in a cited paragraph under it` });
			if (!context.inWayfinding) openHeading = { title, at, cited: false };
			headings.push({ id, title, line: at.line, words: '' });
			if (depth === 2) {
				section = { id, title };
				sections.push({ ...section, line: at.line });
			}
		}
		// Every paragraph, list item and table row states something, so each needs its own citation.
		const isHeaderRow = node.type === 'tableRow' && parent?.type === 'table' && children(parent)[0] === node;
		if (!context.inWayfinding && !context.inHeading) {
			if (node.type === 'paragraph') statement(node, at, parent?.type === 'listItem' ? 'list item' : 'paragraph', textOf(node));
			else if (node.type === 'tableRow' && !isHeaderRow) statement(node, at, 'table row', children(node).map((cell) => textOf(cell).trim()).join(' | '));
			else if (node.type === 'code') statement(node, at, 'code block', textOf(node));
			// A component written on one line holds its text directly, with no paragraph around it: it states as much as one.
			else if (node.type === 'mdxJsxFlowElement' && !isComponent(node, WAYFINDING_COMPONENT) && children(node).some((child) => PHRASING.has(child.type))) {
				statement(node, at, `<${(node as { name?: string }).name}>`, textOf(node));
			}
		}
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && DATA_COMPONENTS.has((node as { name?: string }).name ?? '')) {
			if (section) sections.at(-1)!.showsData = true;
			if (openHeading) openHeading.cited = true;
		}
		if (isComponent(node, CITE_COMPONENT)) {
			if (openHeading) openHeading.cited = true;
			if (context.inHeading) problems.push({ at, message: `<${CITE_COMPONENT}> cannot stand in a heading; place it after the statement it supports` });
			const citation = readCitation(node, at, section, problems);
			if (citation?.kind === 'article' && context.inRecordNote) citation.inRecordNote = true;
			if (citation) citations.push(citation);
		}
		if (isComponent(node, RECORD_NOTE_COMPONENT)) {
			const attributes = stringAttributes(node);
			const event = attributes.get('event');
			if (node.type !== 'mdxJsxFlowElement') problems.push({ at, message: `<${RECORD_NOTE_COMPONENT}> must stand on a line of its own, after the paragraph whose claim it qualifies` });
			const hasChildren = children(node).length > 0;
			if (event !== undefined && attributes.size === 1 && !hasChildren) {
				recordNotes.push({ eventId: event, at, section });
				// The event's correction carries its own sources.
				if (openHeading) openHeading.cited = true;
			} else if (attributes.size > 0 || !hasChildren) {
				problems.push({
					at,
					message: `<${RECORD_NOTE_COMPONENT}> shows either a timeline event's correction (<${RECORD_NOTE_COMPONENT} event="…" />) or its own cited text (<${RECORD_NOTE_COMPONENT}>…</${RECORD_NOTE_COMPONENT}>)`,
				});
			}
		}
		const inner = {
			inHeading: context.inHeading || node.type === 'heading',
			inWayfinding: context.inWayfinding || isComponent(node, WAYFINDING_COMPONENT),
			inRecordNote: context.inRecordNote || isComponent(node, RECORD_NOTE_COMPONENT),
		};
		for (const child of children(node)) visit(child, node, inner);
	};
	visit(root, undefined, { inHeading: false, inWayfinding: false, inRecordNote: false });
	closeHeading();

	return { file, ...readFrontmatter(root, file, problems), sections, headings, citations, recordNotes, statementCount, statementWords, problems };
}

/** What a page may cite besides the article: the outside sources and the timeline's events, by id. */
export interface RecordIndex {
	sources: ReadonlySet<string>;
	/** Each event's id, and whether it carries a correction for a RecordNote to show. */
	events: ReadonlyMap<string, { correction?: string | undefined }>;
}

/** Checks one page's citations against the article's blocks and the record; returns every problem, not only the first. */
export function verifyPage(page: PageCitations, index: BlockIndex, record: RecordIndex): ContentProblem[] {
	const problems = [...page.problems];

	for (const note of page.recordNotes) {
		const event = record.events.get(note.eventId);
		if (!event) problems.push({ at: note.at, message: `<${RECORD_NOTE_COMPONENT} event="${note.eventId}">: the timeline has no such event` });
		else if (!event.correction) problems.push({ at: note.at, message: `<${RECORD_NOTE_COMPONENT} event="${note.eventId}">: the event has no "correction" to show; add one in the events file or cite it with <${CITE_COMPONENT} event>` });
	}
	for (const citation of page.citations) {
		if (citation.kind === 'source') {
			if (!record.sources.has(citation.sourceId)) problems.push({ at: citation.at, message: `<${CITE_COMPONENT} source="${citation.sourceId}">: there is no such source; expected an id of the sources file` });
			continue;
		}
		if (citation.kind === 'event') {
			if (!record.events.has(citation.eventId)) problems.push({ at: citation.at, message: `<${CITE_COMPONENT} event="${citation.eventId}">: the timeline has no such event` });
			continue;
		}
		const problem = checkArticleQuote(citation.blockId, citation.quote, index);
		if (problem) problems.push({ at: citation.at, message: `<${CITE_COMPONENT} id="${citation.blockId}">: ${problem}` });
	}

	return problems;
}
