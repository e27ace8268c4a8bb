declare namespace App {
	interface Locals {
		/** How many citations the page rendered so far; gives each citation's passage a unique id. */
		citationCount?: number;
	}
}
