/**
 * Every page's only script, small and inline: the theme switch, copy-link on permalinks, Escape for
 * the menu and citation pop-ups, and the search entry, which loads the search dialog on first use.
 * Reading works without it; it only adds to controls that already work as links or disclosures.
 */
const root = document.documentElement;

// Theme switch: overrides the system theme and remembers the choice.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset['theme'] ?? (systemDark.matches ? 'dark' : 'light')) === 'dark';
const syncToggle = () => toggle?.setAttribute('aria-pressed', String(isDark()));
if (toggle) {
	syncToggle();
	systemDark.onchange = syncToggle;
	toggle.onclick = () => {
		root.dataset['theme'] = isDark() ? 'light' : 'dark';
		try {
			localStorage.setItem('theme', root.dataset['theme']);
		} catch {
			// Storage can be refused (private modes); the choice then lasts for this page only.
		}
		syncToggle();
	};
}

// Search: the button (shown instead of the link to the site index) loads the dialog's script once, when asked;
// the script opens the dialog when `data-search-open` is set, and on a page reached from a result marks the words.
const loadSearch = (open: boolean) => {
	if (open) root.dataset['searchOpen'] = '';
	if (window.siteSearch) return open && window.siteSearch.open();
	if (document.getElementById('search-ui')) return;
	const script = Object.assign(document.createElement('script'), { type: 'module', id: 'search-ui', src: `${root.dataset['base']}search-ui.js` });
	document.head.append(script);
};
if (location.search.includes('highlight=')) loadSearch(false);

const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	if (target.closest('[data-search-trigger]')) return loadSearch(true);
	// Permalinks copy the section's full address as they are followed; modified clicks are the browser's.
	const link = target.closest<HTMLAnchorElement>('a[data-permalink]');
	if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
	const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href;
	navigator.clipboard?.writeText(new URL(link.hash, canonical).href).then(() => {
		copyStatus!.textContent = 'Link copied';
		copyStatus!.animate([{ opacity: 1 }, { opacity: 1, offset: 0.8 }, { opacity: 0 }], 2500);
	}, () => {});
});

document.addEventListener('keydown', (event) => {
	const key = event.key;
	const typing = (event.target as Element).closest('input, textarea, select');
	if ((key == 'k' && (event.ctrlKey || event.metaKey)) || (key == '/' && !typing && !root.querySelector('dialog[open]'))) {
		event.preventDefault();
		return loadSearch(true);
	}
	if (key != 'Escape') return;
	// Escape closes the menu (focus back on its button) and hides a citation's passage until left.
	const menu = (event.target as Element).closest<HTMLDetailsElement>('details[open]');
	if (menu) {
		menu.open = false;
		menu.querySelector('summary')!.focus();
	}
	for (const cite of document.querySelectorAll<HTMLElement>('.cite:hover, .cite:focus-within')) cite.dataset['dismissed'] = '';
});

const leave = (event: Event) => {
	const target = event.target as Element;
	target.closest?.('.cite')?.removeAttribute('data-dismissed');
	// The menu closes when focus moves out of it.
	const menu = target.closest?.<HTMLDetailsElement>('details[data-menu]');
	if (menu && event.type == 'focusout' && !menu.contains((event as FocusEvent).relatedTarget as Node)) menu.open = false;
};
document.addEventListener('mouseout', leave);
document.addEventListener('focusout', leave);

// A module, so its names stay out of the global scope.
export {};
