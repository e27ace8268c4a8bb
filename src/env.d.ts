declare namespace App {
	interface Locals {
		/** How many citations the page rendered so far; gives each citation's passage a unique id. */
		citationCount?: number;
	}
}

interface Window {
	/** The search dialog, once its script has loaded (see SearchTrigger.astro and scripts/searchUi.ts). */
	siteSearch?: { open(): void };
}
