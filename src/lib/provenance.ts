/** Relates the whole site to the source article: what cites each block, and what the site leaves uncited. */
import { type Block, excerpt } from './article.ts';
import { TIMELINE_LABEL, timelineYearPath } from '../routes.ts';
import type { ContentProblem, SourceLocation } from './contentProblems.ts';
import { type PageCitations, verifyPage } from './citations.ts';
import { checkArticleQuote, indexBlocks } from './quotes.ts';

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

/** A place on the site that cites something: a page, or a section or event of it (`/themes/azure/` › `more-than-funding`). */
export interface CitingPlace {
	/** The citing page's title, and its URL path. */
	page: string;
	path: string;
	/** The section (or timeline event) of the page that cites, when the citation stands in one. */
	section?: { id: string; title: string } | undefined;
	/** For an event of the timeline, its date (`2025-10-28`), so a list of many can name them briefly. */
	date?: string | undefined;
	/** The words of what is cited that the place's citations quote, each once, in the order given. */
	quotes: string[];
	/** Whether the place says, in a correction note of its own, what the record says of the block it cites. */
	corrects?: boolean | undefined;
}

/** The address of a citing place: `/themes/azure/#more-than-funding`. */
export function placeHref(place: Pick<CitingPlace, 'path' | 'section'>): string {
	return place.section ? `${place.path}#${place.section.id}` : place.path;
}

/** A citing place named in full: `Azure › More than funding`. */
export function placeLabel(place: Pick<CitingPlace, 'page' | 'section'>): string {
	return place.section ? `${place.page} › ${place.section.title}` : place.page;
}

/** The places of one citing page, in the order they were given. */
export interface CitingPageGroup<P extends CitingPlace = CitingPlace> {
	page: string;
	path: string;
	/** Whether the page cites outside any of its sections too (in its introduction). */
	whole: boolean;
	sections: P[];
}

/** Groups citing places by their page, pages in order of their first place. */
export function groupByPage<P extends CitingPlace>(places: readonly P[]): CitingPageGroup<P>[] {
	const groups = new Map<string, CitingPageGroup<P>>();
	for (const place of places) {
		let group = groups.get(place.path);
		if (!group) groups.set(place.path, (group = { page: place.page, path: place.path, whole: false, sections: [] }));
		if (place.section) group.sections.push(place);
		else group.whole = true;
	}
	return [...groups.values()];
}

/** How many places a page group names: its sections, and the page itself when it cites outside them. */
export function groupSize(group: CitingPageGroup): number {
	return group.sections.length + (group.whole ? 1 : 0);
}

/**
 * The first pages of a grouped list, cut so that it names at most `maxPlaces` places on `maxPages` pages, so a
 * paragraph that hundreds of pages or events cite keeps a short list; `hidden` counts the places left out.
 * Pages are kept whole, except a first page too long on its own, whose first sections are kept.
 */
export function firstGroups<P extends CitingPlace>(groups: readonly CitingPageGroup<P>[], maxPages: number, maxPlaces: number): { shown: CitingPageGroup<P>[]; hidden: number } {
	const shown: CitingPageGroup<P>[] = [];
	let places = 0;
	for (const group of groups) {
		const size = groupSize(group);
		if (shown.length >= maxPages || places + size > maxPlaces) {
			if (shown.length === 0) shown.push({ ...group, sections: group.sections.slice(0, maxPlaces - (group.whole ? 1 : 0)) });
			break;
		}
		shown.push(group);
		places += size;
	}
	const total = groups.reduce((sum, group) => sum + groupSize(group), 0);
	return { shown, hidden: total - shown.reduce((sum, group) => sum + groupSize(group), 0) };
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
	problems: ContentProblem[];
}

/** Checks every page, then whether every block of the article is cited, and maps each block to what cites it. */
export function buildProvenance({ seedFile, blocks, pages, events, sources }: ProvenanceInput): Provenance {
	const citedBy = new Map<string, CitingPlace[]>(blocks.map((block) => [block.id, []]));
	/** Adds a place to a list, or its quote to the place already there. */
	const addPlace = (places: CitingPlace[] | undefined, place: Omit<CitingPlace, 'quotes'>, quote: string | undefined, corrects = false) => {
		if (!places) return;
		let known = places.find((p) => placeHref(p) === placeHref(place));
		if (!known) places.push((known = { ...place, quotes: [] }));
		if (quote !== undefined && !known.quotes.includes(quote)) known.quotes.push(quote);
		if (corrects) known.corrects = true;
	};
	const cite = (id: string, place: Omit<CitingPlace, 'quotes'>, quote: string | undefined, corrects?: boolean) => addPlace(citedBy.get(id), place, quote, corrects);
	const sourceUses = new Map<string, SourceUse>(sources.map((source) => [source.id, { places: [], quotes: [] }]));
	const useSource = (id: string, place: Omit<CitingPlace, 'quotes'>, quote: string | undefined) => {
		const use = sourceUses.get(id);
		if (!use) return;
		addPlace(use.places, place, quote);
		if (quote !== undefined && !use.quotes.includes(quote)) use.quotes.push(quote);
	};
	const placeOf = (page: string, path: string, section: { id: string; title: string } | undefined) => (section ? { page, path, section } : { page, path });

	for (const { citations, title, path, isSource } of pages) {
		if (isSource) continue;
		for (const citation of citations.citations) {
			if (citation.kind === 'article') cite(citation.blockId, placeOf(title, path, citation.section), citation.quote, citation.inRecordNote);
			if (citation.kind === 'source') useSource(citation.sourceId, placeOf(title, path, citation.section), citation.quote);
		}
	}
	for (const event of events) {
		// Each event is told in full on its year's page, which is the place that cites.
		const year = event.id.slice(0, 4);
		const place = { page: `${TIMELINE_LABEL} ${year}`, path: timelineYearPath(year), section: { id: event.id, title: event.title }, date: event.date };
		for (const { block, quote } of [...event.article, ...event.context]) cite(block, place, quote);
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

/**
 * How much of what cites a paragraph its "Cited by" list on the source page names before it sends the reader
 * to the paragraph's own list; every paragraph of today's site fits (the most cited: 16 places on 5 pages).
 */
export const CITED_BY_SHOWN = { pages: 8, places: 16 } as const;
