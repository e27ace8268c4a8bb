/**
 * Every page's only script, small and cached for every page: the theme switch, copy-link on permalinks, Escape for
 * the menu and citation pop-ups, and the entries to the code loaded on first use (search, the timeline's
 * filters, "Copy as Markdown"). Reading works without it; it only adds to controls that already work as links,
 * disclosures or CSS.
 */
import { HIGHLIGHT_PARAM, QUERY_PARAM } from '../lib/searchParams.ts';
import { TIMELINE_FLAGS } from '../lib/timeline.ts';

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

// Code a page needs only when a reader uses what it serves, loaded then by Vite's dynamic import (each a chunk of
// its own, cached for every page): the search dialog, marking a result's words, the timeline's shareable filters,
// "Copy as Markdown".
const query = new URLSearchParams(location.search);
const openSearch = () => void import('./enhance/search.ts').then((module) => module.openSearch({ highlightParam: HIGHLIGHT_PARAM, query: query.get(QUERY_PARAM) ?? undefined }));
// The site index's form sends its query as ?q=: the dialog opens with it.
if (query.has(QUERY_PARAM)) openSearch();
// A page reached from a result in a browser without text fragments (?highlight=) marks the searched words.
if (query.has(HIGHLIGHT_PARAM)) void import('./enhance/highlight.ts').then((module) => module.markSearchedWords(HIGHLIGHT_PARAM));

// The timeline's filters work without script; their code keeps the choice in the address, so it loads for an address
// that carries filters, or at their first change.
const filters = doc.querySelector<HTMLElement>('[data-timeline-filters]');
if (filters) {
	const follow = () => void import('./enhance/timeline.ts').then((module) => module.followFilters(filters));
	if (['category', ...TIMELINE_FLAGS.map((flag) => flag.name)].some((name) => query.has(name))) follow();
	else filters.addEventListener('change', follow, { once: true });
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
	// New-tab and new-window clicks are the browser's.
	const plain = !(event.button || event.metaKey || event.ctrlKey || event.shiftKey);
	if (target.closest('[data-search-trigger]')) return openSearch();
	if (target.closest('[data-copy-markdown]')) return void import('./enhance/markdown.ts').then((module) => module.copyMarkdown());
	// "Report an error" names the section being read; a new tab gets the page's link as it is.
	const report = target.closest<HTMLAnchorElement>('[data-report-error]');
	if (report && plain) {
		event.preventDefault();
		return void import('./enhance/report.ts').then((module) => module.reportError(report));
	}
	const marker = target.closest<HTMLElement>('.cite-marker');
	if (firstTap && marker) {
		firstTap = false;
		event.preventDefault();
		return marker.focus();
	}
	// Permalinks copy the section's full address as they are followed.
	// The address is the section's on the page the reader is on (a mirror or preview copies its own origin and base),
	// without the page's query (the timeline's filters), which is the reader's state, not the section's address.
	const link = target.closest<HTMLAnchorElement>('a[data-permalink]');
	if (!link || !plain) return;
	navigator.clipboard?.writeText(location.origin + location.pathname + link.hash).then(() => {
		copyStatus!.textContent = 'Link copied';
		copyStatus!.animate({ opacity: [1, 1, 0] }, 2500);
	}, () => {});
});

on('keydown', (event) => {
	const key = event.key;
	const typing = (event.target as Element).closest('input,textarea,select');
	// Ctrl+K or ⌘K, with Caps Lock on too; or / outside a field.
	if ((key.toLowerCase() == 'k' && (event.ctrlKey || event.metaKey)) || (key == '/' && !typing)) {
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
