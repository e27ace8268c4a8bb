/** How to cite a page of the site: one CSL-JSON item per page, formatted by citation-js as APA and CSL-JSON, and as BibTeX and RIS by citationFormats.ts. */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { bibtexEntry, risRecord } from './citationFormats.ts';

/** What a citation of a page rests on; the page's `citation_*` meta tags carry exactly this, so its files can be written from the built page. */
export interface PageCitation {
	title: string;
	/** The page's canonical address. */
	url: string;
	/** The site, which publishes the page. */
	publisher: string;
	/** The day the page's text was last changed (or first published), `YYYY-MM-DD`. */
	date: string;
}

/** The Highwire Press tags (Google Scholar's, read by Zotero, Mendeley and others) that carry a page's citation, by what they hold. */
export const CITATION_META = { title: 'citation_title', publisher: 'citation_publisher', date: 'citation_publication_date' } as const;

/** The files beside each page that hold its citation, by format; a page's "Cite this page" links to each. */
export const CITATION_FILES = [
	{ file: 'cite.bib', label: 'BibTeX', type: 'application/x-bibtex' },
	{ file: 'cite.ris', label: 'RIS', type: 'application/x-research-info-systems' },
	{ file: 'cite.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
] as const;
export type CitationFile = (typeof CITATION_FILES)[number]['file'];

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The page's key in a bibliography, ASCII, from its address and year (`themes-azure-2026`); its citation files are downloaded under it. */
export function citationKey({ url, date }: Pick<PageCitation, 'url' | 'date'>): string {
	const path = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/gi, '-');
	return `${path || 'home'}-${date.slice(0, 4)}`;
}

/** The page as a CSL-JSON item: a web page, authored by the site (it names no person). */
function cslItem({ title, url, publisher, date }: PageCitation): Record<string, unknown> {
	const match = DATE.exec(date);
	if (!match) throw new Error(`citation of ${url}: expected the date as YYYY-MM-DD, got "${date}"`);
	const key = citationKey({ url, date });
	return {
		id: key,
		'citation-key': key,
		type: 'webpage',
		title,
		// APA's form for a site that is its own author: the site, named as it is cited (never as the companies), once, as author.
		author: [{ literal: publisher }],
		URL: url,
		issued: { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] },
	};
}

/** The APA (7th edition) reference of a page, as plain text. */
export function apaReference(citation: PageCitation): string {
	return new Cite(cslItem(citation)).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
}

/** The content of each citation file of a page. */
export function citationFiles(citation: PageCitation): Record<CitationFile, string> {
	const item = cslItem(citation);
	const record = { key: String(item['citation-key']), title: citation.title, publisher: citation.publisher, url: citation.url, date: citation.date };
	return {
		'cite.bib': bibtexEntry(record),
		'cite.ris': risRecord(record),
		'cite.json': `${new Cite(item).format('data', { format: 'text' }).trim()}\n`,
	};
}
