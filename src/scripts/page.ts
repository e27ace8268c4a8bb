/**
 * Every page's only script, small and inline: the theme switch, copy-link on permalinks, Escape for
 * the menu and citation pop-ups, and the search entry, which loads the search dialog on first use.
 * Reading works without it; it only adds to controls that already work as links or disclosures.
 */
const root = document.documentElement;

// Theme switch: overrides the system theme and remembers the choice.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] == 'dark' : systemDark.matches);
const syncToggle = () => toggle?.setAttribute('aria-pressed', `${isDark()}`);
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

/** Loads `/enhance/<name>.js` once: code a page needs only when a reader uses what it serves. */
const enhance = (name: string) =>
	document.getElementById(`js-${name}`) ||
	document.head.append(Object.assign(document.createElement('script'), { type: 'module', id: `js-${name}`, src: `${root.dataset['base']}enhance/${name}.js` }));

// Search: the button (shown instead of the link to the site index) loads the dialog's code when asked; the
// code opens the dialog when `data-search-open` is set or the address has ?q= (the site index's form), and
// on a page reached from a result (?highlight=) marks the searched words.
const openSearch = () => {
	root.dataset['searchOpen'] = '';
	window.siteSearch ? window.siteSearch.open() : enhance('search');
};
if (/[?&](q|highlight)=/.test(location.search)) enhance('search');

// Other enhanced parts load their code on first use, or at once when the address carries their state.
for (const el of document.querySelectorAll<HTMLElement>('[data-enhance]')) {
	const load = () => enhance(el.dataset['enhance']!);
	if (location.search) load();
	else el.addEventListener('change', load, { once: true });
}

const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');

// On a touch screen, which cannot hover, the first tap on a citation shows its passage and a second follows it.
let touch = false;
document.addEventListener('pointerdown', (event) => (touch = event.pointerType == 'touch'));

document.addEventListener('click', (event) => {
	const target = event.target as Element;
	if (target.closest('[data-search-trigger]')) return openSearch();
	const cite = target.closest<HTMLElement>('.cite');
	for (const open of document.querySelectorAll<HTMLElement>('.cite[data-open]')) if (open != cite) delete open.dataset['open'];
	if (cite && touch && cite.dataset['open'] == null && target.closest('.cite-marker')) {
		event.preventDefault();
		cite.dataset['open'] = '';
		return;
	}
	// Permalinks copy the section's full address as they are followed; new-tab and new-window clicks are the browser's.
	// The address is the section's on the page the reader is on (a mirror or preview copies its own origin and base),
	// without the page's query (the timeline's filters), which is the reader's state, not the section's address.
	const link = target.closest<HTMLAnchorElement>('a[data-permalink]');
	if (!link || event.button || event.metaKey || event.ctrlKey || event.shiftKey) return;
	navigator.clipboard?.writeText(location.origin + location.pathname + link.hash).then(() => {
		copyStatus!.textContent = 'Link copied';
		copyStatus!.animate({ opacity: [1, 1, 0] }, 2500);
	}, () => {});
});

document.addEventListener('keydown', (event) => {
	const key = event.key;
	const typing = (event.target as Element).closest('input,textarea,select');
	if ((key == 'k' && (event.ctrlKey || event.metaKey)) || (key == '/' && !typing)) {
		event.preventDefault();
		return openSearch();
	}
	if (key != 'Escape') return;
	// Escape closes the menu (focus back on its button) and hides a citation's passage until left.
	const menu = (event.target as Element).closest<HTMLDetailsElement>('details[open]');
	if (menu) {
		menu.open = false;
		(menu.firstElementChild as HTMLElement).focus();
	}
	for (const cite of document.querySelectorAll<HTMLElement>('.cite:hover,.cite:focus-within,.cite[data-open]')) {
		cite.dataset['dismissed'] = '';
		delete cite.dataset['open'];
	}
});

const leave = (event: Event) => {
	const target = event.target as Element;
	target.closest('.cite')?.removeAttribute('data-dismissed');
	// The menu closes when focus moves out of it.
	const menu = target.closest<HTMLDetailsElement>('details[data-menu]');
	if (menu && event.type == 'focusout' && !menu.contains((event as FocusEvent).relatedTarget as Node)) menu.open = false;
};
document.addEventListener('mouseout', leave);
document.addEventListener('focusout', leave);

// A module, so its names stay out of the global scope.
export {};
