/** Relates the whole site to the source article: what cites each block, and what the site leaves uncited. */
import { type Block, excerpt } from './article.ts';
import { TIMELINE_LABEL, eventPath } from '../routes.ts';
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

/** A dated event: the passages of the article it speaks of or bears on, its outside sources, and where it is written. */
export interface CitingEvent {
	id: string;
	title: string;
	/** The event's date, as precise as its sources give it; absent where the events file has none to read. */
	date?: string | undefined;
	article: ReadonlyArray<{ block: string; quote: string }>;
	context: ReadonlyArray<{ block: string; quote: string }>;
	sources: ReadonlyArray<{ source: string; quote?: string | undefined }>;
	correction?: string | undefined;
	at: SourceLocation;
}

/** An outside source, with where it is written. */
export interface KnownSource {
	id: string;
	at: SourceLocation;
}

/** Where an outside source is cited, and the words of it each citation quotes. */
export interface SourceUse {
	places: CitingPlace[];
	quotes: string[];
}

/** A place on the site that cites a block, as a link: `/themes/azure/#more-than-funding`. */
export interface CitingPlace {
	label: string;
	href: string;
	/** For an event of the timeline, its date (`2025-10-28`), so a list of many can name them briefly. */
	date?: string | undefined;
}

export interface ProvenanceInput {
	/** The seed file, named when a block is cited nowhere. */
	seedFile: string;
	blocks: readonly Block[];
	pages: readonly CitingPage[];
	events: readonly CitingEvent[];
	/** Every outside source the pages and events may cite. */
	sources: readonly KnownSource[];
}

export interface Provenance {
	/** Every place that cites each block, in the order pages and events were given. */
	citedBy: Map<string, CitingPlace[]>;
	/** Where each outside source is cited, in the order pages and events were given. */
	sourceUses: Map<string, SourceUse>;
	/** Blocks that nothing cites. */
	uncited: Block[];
	problems: CitationProblem[];
}

/** Checks every page, then whether every block of the article is cited, and maps each block to what cites it. */
export function buildProvenance({ seedFile, blocks, pages, events, sources }: ProvenanceInput): Provenance {
	const citedBy = new Map<string, CitingPlace[]>(blocks.map((block) => [block.id, []]));
	const addPlace = (places: CitingPlace[] | undefined, place: CitingPlace) => {
		if (places && !places.some((p) => p.href === place.href)) places.push(place);
	};
	const cite = (id: string, place: CitingPlace) => addPlace(citedBy.get(id), place);
	const sourceUses = new Map<string, SourceUse>(sources.map((source) => [source.id, { places: [], quotes: [] }]));
	const useSource = (id: string, place: CitingPlace, quote: string | undefined) => {
		const use = sourceUses.get(id);
		if (!use) return;
		addPlace(use.places, place);
		if (quote !== undefined && !use.quotes.includes(quote)) use.quotes.push(quote);
	};
	const placeOf = (title: string, path: string, section: { id: string; title: string } | undefined): CitingPlace =>
		section ? { label: `${title} › ${section.title}`, href: `${path}#${section.id}` } : { label: title, href: path };

	for (const { citations, title, path, isSource } of pages) {
		if (isSource) continue;
		for (const citation of citations.citations) {
			if (citation.kind === 'article') cite(citation.blockId, placeOf(title, path, citation.section));
			if (citation.kind === 'source') useSource(citation.sourceId, placeOf(title, path, citation.section), citation.quote);
		}
	}
	for (const event of events) {
		const place = { label: `${TIMELINE_LABEL} › ${event.title}`, href: eventPath(event.id), date: event.date };
		for (const { block } of [...event.article, ...event.context]) cite(block, place);
		for (const { source, quote } of event.sources) useSource(source, place, quote);
	}
	const record = {
		sources: new Set(sources.map((source) => source.id)),
		events: new Map(events.map((event) => [event.id, { correction: event.correction }])),
	};

	const index = indexBlocks(blocks);
	const eventProblems = events.flatMap((event) =>
		[
			...[...event.article, ...event.context].flatMap(({ block, quote }) => {
				const problem = checkArticleQuote(block, quote, index);
				return problem ? [{ at: event.at, message: `event "${event.id}", article citation of ${block}: ${problem}` }] : [];
			}),
			...event.sources
				.filter(({ source }) => !record.sources.has(source))
				.map(({ source }) => ({ at: event.at, message: `event "${event.id}" cites source "${source}", but there is no such source; expected an id of the sources file` })),
		],
	);
	// A source nothing cites would be listed on the sources page as if it supported something.
	const unusedSources = sources
		.filter((source) => sourceUses.get(source.id)!.places.length === 0)
		.map((source) => ({ at: source.at, message: `source "${source.id}" is cited by no page or event; cite it or remove it` }));
	const uncited = blocks.filter((block) => citedBy.get(block.id)!.length === 0);
	const problems = [
		...pages.flatMap((page) => verifyPage(page.citations, index, record)),
		...eventProblems,
		...unusedSources,
		...uncited.map((block) => ({
			at: { file: seedFile, line: block.line, column: 1 },
			message: `block ${block.id} ("${excerpt(block.text, 6)}") is cited by no page or event; expected every block of the article to be cited`,
		})),
	];
	return { citedBy, sourceUses, uncited, problems };
}
