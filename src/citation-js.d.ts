// Types for the part of citation-js the site uses (it ships none): a set of references, read from CSL-JSON, BibTeX or RIS, and formatted.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		/** The references as CSL-JSON items. */
		data: Array<Record<string, unknown>>;
		format(format: 'bibliography' | 'bibtex' | 'ris' | 'data', options?: Record<string, unknown>): string;
	}
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
