/**
 * On a page reached from a search result in a browser without text fragments, marks the searched words with
 * Pagefind's highlight script; loaded by scripts/page.ts only for such an address. It imports nothing the page script
 * does (the parameter's name comes from it): a module shared with it would cost every page a preload helper.
 */

/** Marks the words the address carries in `highlightParam`. */
export async function markSearchedWords(highlightParam: string): Promise<void> {
	const base = document.documentElement.dataset['base'] ?? '/';
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as {
		default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
	};
	// Its own styles would be an inline <style>, which the Content Security Policy refuses; global.css styles <mark>.
	new PagefindHighlight({ highlightParam, addStyles: false });
	// Marking the words can move the text; keep the passage the result pointed to in view.
	if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
