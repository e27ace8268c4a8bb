/**
 * "Copy as Markdown": copies the page's Markdown copy (index.md beside it) to the clipboard. Loaded by the page
 * script on the button's first click, and called for that click and every later one.
 */
const announcer = document.querySelector<HTMLElement>('[data-copy-status]');

function say(text: string) {
	if (!announcer) return;
	announcer.textContent = text;
	announcer.animate({ opacity: [1, 1, 0] }, 2500);
}

/** Copies the page's Markdown to the clipboard and says so, or says why not. */
export async function copyMarkdown(): Promise<void> {
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
