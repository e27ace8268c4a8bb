/**
 * Every page's only script, small and inline: the theme switch, copy-link on permalinks, Escape for
 * the menu and citation pop-ups, and the search entry, which loads the search dialog on first use.
 * Reading works without it; it only adds to controls that already work as links or disclosures.
 */
// Short names for what the code uses often: this script is in every page, so each byte counts.
const doc = document;
const root = doc.documentElement;
/** Listens on the whole document: one listener serves every control of a kind. */
const on = <K extends keyof DocumentEventMap>(type: K, listener: (event: DocumentEventMap[K]) => unknown) => doc.addEventListener(type, listener);

// Theme switch: overrides the system theme and remembers the choice.
const toggle = doc.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const systemDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset['theme'] ? root.dataset['theme'] == 'dark' : systemDark.matches);
const syncToggle = () => toggle?.setAttribute('aria-pressed', `${isDark()}`);
if (toggle) {
	syncToggle();
	systemDark.onchange = syncToggle;
	toggle.onclick = () => {
		root.dataset['theme'] = isDark() ? 'light' : 'dark';
		try {
			localStorage['theme'] = root.dataset['theme'];
		} catch {
			// Storage can be refused (private modes); the choice then lasts for this page only.
		}
		syncToggle();
	};
}

/** Loads `/enhance/<name>.js` once: code a page needs only when a reader uses what it serves. */
const enhance = (name: string) =>
	doc.getElementById(`js-${name}`) ||
	doc.head.append(Object.assign(doc.createElement('script'), { type: 'module', id: `js-${name}`, src: `${root.dataset['base']}enhance/${name}.js` }));

// Search: the button (shown instead of the link to the site index) loads the dialog's code when asked; the
// code opens the dialog when `data-search-open` is set or the address has ?q= (the site index's form), and
// on a page reached from a result (?highlight=) marks the searched words.
const openSearch = () => {
	root.dataset['searchOpen'] = '';
	// Until the dialog's code has loaded, asking again only finds its script already requested.
	window.siteSearch?.open() ?? enhance('search');
};
if (/[?&](q|highlight)=/.test(location.search)) enhance('search');

// Other enhanced parts (the timeline's filters, "Copy as Markdown") load their code on their first click, or at
// once when the address carries state (the filters'); a part loaded by a click acts on that click itself.
for (const el of doc.querySelectorAll<HTMLElement>('[data-enhance]')) {
	const load = () => enhance(el.dataset['enhance']!);
	if (location.search) load();
	else el.addEventListener('click', load, { once: true });
}

const copyStatus = doc.querySelector<HTMLElement>('[data-copy-status]');

// On a touch screen, which cannot hover, the first tap on a citation shows its passage (by focusing it) and a second
// follows it: a tap is a first one when its marker did not have focus already.
let firstTap = false;
on('pointerdown', (event) => {
	const marker = (event.target as Element).closest('.cite-marker');
	firstTap = event.pointerType == 'touch' && !!marker && marker != doc.activeElement;
});

on('click', (event) => {
	const target = event.target as Element;
	if (target.closest('[data-search-trigger]')) return openSearch();
	const marker = target.closest<HTMLElement>('.cite-marker');
	if (firstTap && marker) {
		firstTap = false;
		event.preventDefault();
		return marker.focus();
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

on('keydown', (event) => {
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
	for (const cite of doc.querySelectorAll<HTMLElement>('.cite:hover,.cite:focus-within')) cite.dataset['dismissed'] = '';
});

const leave = (event: Event) => {
	const target = event.target as Element;
	delete target.closest<HTMLElement>('.cite')?.dataset['dismissed'];
	// The menu closes when focus moves out of it.
	const menu = target.closest<HTMLDetailsElement>('details[data-menu]');
	if (menu && event.type == 'focusout' && !menu.contains((event as FocusEvent).relatedTarget as Node)) menu.open = false;
};
on('mouseout', leave);
on('focusout', leave);

// A module, so its names stay out of the global scope.
export {};
