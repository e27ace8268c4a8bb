/** Relates the whole site to the source article: what cites each block, and what the site leaves uncited. */
import { type Block, excerpt } from './article.ts';
import { type CitationProblem, type PageCitations, type SourceLocation, checkArticleQuote, indexBlocks, verifyPage } from './citations.ts';

/** A page of the site with the citations found in its MDX. */
export interface CitingPage {
	citations: PageCitations;
	title: string;
	/** The page's URL path, e.g. `/themes/azure/`. */
	path: string;
	/** The source page shows the whole article; its own citations are checked but cover nothing. */
	isSource?: boolean;
}

/** A dated event and the passages of the article it rests on, with where it is written. */
export interface CitingEvent {
	id: string;
	title: string;
	article: ReadonlyArray<{ block: string; quote: string }>;
	at: SourceLocation;
}

/** A place on the site that cites a block, as a link: `/themes/azure/#more-than-funding`. */
export interface CitingPlace {
	label: string;
	href: string;
}

export interface ProvenanceInput {
	/** The seed file, named when a block is cited nowhere. */
	seedFile: string;
	blocks: readonly Block[];
	pages: readonly CitingPage[];
	events: readonly CitingEvent[];
	/** The URL path of the timeline, where events are anchored by id. */
	timelinePath: string;
}

export interface Provenance {
	/** Every place that cites each block, in the order pages and events were given. */
	citedBy: Map<string, CitingPlace[]>;
	/** Blocks that nothing cites. */
	uncited: Block[];
	problems: CitationProblem[];
}

/** Checks every page, then whether every block of the article is cited, and maps each block to what cites it. */
export function buildProvenance({ seedFile, blocks, pages, events, timelinePath }: ProvenanceInput): Provenance {
	const citedBy = new Map<string, CitingPlace[]>(blocks.map((block) => [block.id, []]));
	const cite = (id: string, place: CitingPlace) => {
		const places = citedBy.get(id);
		if (places && !places.some((p) => p.href === place.href)) places.push(place);
	};

	for (const { citations, title, path, isSource } of pages) {
		if (isSource) continue;
		for (const citation of citations.citations) {
			if (citation.kind !== 'article') continue;
			cite(citation.blockId, citation.section
				? { label: `${title} › ${citation.section.title}`, href: `${path}#${citation.section.id}` }
				: { label: title, href: path });
		}
	}
	for (const event of events) {
		for (const { block } of event.article) cite(block, { label: `Timeline › ${event.title}`, href: `${timelinePath}#${event.id}` });
	}

	const index = indexBlocks(blocks);
	const eventProblems = events.flatMap((event) =>
		event.article.flatMap(({ block, quote }) => {
			const problem = checkArticleQuote(block, quote, index);
			return problem ? [{ at: event.at, message: `event "${event.id}", article citation of ${block}: ${problem}` }] : [];
		}),
	);
	const uncited = blocks.filter((block) => citedBy.get(block.id)!.length === 0);
	const problems = [
		...pages.flatMap((page) => verifyPage(page.citations, index)),
		...eventProblems,
		...uncited.map((block) => ({
			at: { file: seedFile, line: block.line, column: 1 },
			message: `block ${block.id} ("${excerpt(block.text, 6)}") is cited by no page or event; expected every block of the article to be cited`,
		})),
	];
	return { citedBy, uncited, problems };
}
