/** A page's structured data (schema.org JSON-LD): the page as an `Article` based on the source article, and where it stands in the site as a `BreadcrumbList`. */
import type { Article, BreadcrumbList, Graph } from 'schema-dts';

export interface StructuredPage {
	title: string;
	description: string;
	/** The page's canonical address. */
	url: string;
	/** Its link card's address. */
	image: string;
	/** `YYYY-MM-DD`. */
	published: string;
	updated?: string | undefined;
	/** The site, which publishes the page. */
	site: { name: string; url: string };
	/** The article every page is written from, by its title and its address on the site. */
	basedOn: { name: string; url: string };
	/**
	 * The outside sources the page cites, each once, by the address of its entry on the site's sources pages, which
	 * describe it (publisher, title, address, the words read): a page like the timeline cites dozens, and naming each
	 * in full here would cost more than the page's weight budget allows.
	 */
	citations: readonly string[];
	/** The pages above this one, from the home page down, then the page itself. */
	trail: ReadonlyArray<{ name: string; url: string }>;
}

/** The JSON-LD graph of a page. */
export function structuredData(page: StructuredPage): Graph {
	const article: Article = {
		'@type': 'Article',
		headline: page.title,
		description: page.description,
		url: page.url,
		image: page.image,
		datePublished: page.published,
		dateModified: page.updated ?? page.published,
		// The site publishes the page and names no person as its author.
		publisher: { '@type': 'Organization', name: page.site.name, url: page.site.url },
		// The article names no author, publisher or date, so it is described by its title and where it is reproduced.
		isBasedOn: { '@type': 'Article', name: page.basedOn.name, url: page.basedOn.url },
		...(page.citations.length > 0 && { citation: page.citations.map((id) => ({ '@id': id })) }),
	};
	const breadcrumbs: BreadcrumbList = {
		'@type': 'BreadcrumbList',
		itemListElement: page.trail.map(({ name, url }, i) => ({ '@type': 'ListItem', position: i + 1, name, item: url })),
	};
	return { '@context': 'https://schema.org', '@graph': [article, breadcrumbs] };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text in it can close the element. */
export function jsonLdText(graph: Graph): string {
	return JSON.stringify(graph).replace(/</g, '\\u003c');
}
