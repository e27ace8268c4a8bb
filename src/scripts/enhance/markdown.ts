/**
 * "Copy as Markdown": copies the page's Markdown copy (index.md beside it) to the clipboard. Loaded by the page
 * script on the button's first click (or at once when the address carries a query, as every enhanced part is);
 * loaded by a click, it copies at once, for that click.
 */
const button = document.querySelector<HTMLButtonElement>('[data-enhance="markdown"]');
const announcer = document.querySelector<HTMLElement>('[data-copy-status]');

function say(text: string) {
	if (!announcer) return;
	announcer.textContent = text;
	announcer.animate({ opacity: [1, 1, 0] }, 2500);
}

async function copy() {
	try {
		const response = await fetch(new URL('index.md', location.href));
		if (!response.ok) throw new Error(`${response.status}`);
		await navigator.clipboard.writeText(await response.text());
		say('Markdown copied');
	} catch {
		// The clipboard can be refused (no permission, an old browser); the copy can still be opened and selected.
		say('Could not copy: use “View as Markdown”');
	}
}

if (button) {
	button.addEventListener('click', () => void copy());
	if (!location.search) void copy();
}

// A module, so its names stay out of the global scope.
export {};
