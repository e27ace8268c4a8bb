declare namespace App {
	interface Locals {
		/** How many citations the page rendered so far; gives each citation's passage a unique id. */
		citationCount?: number;
	}
}

interface Window {
	/** The search dialog, once its script has loaded (scripts/enhance/search.ts, loaded by scripts/page.ts). */
	siteSearch?: { open(): undefined };
}
