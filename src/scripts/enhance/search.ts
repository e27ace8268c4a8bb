/**
 * The search dialog, loaded on first use only (see scripts/page.ts): it loads Pagefind's own bundle from the built
 * site, searches as the reader types and lists passages best match first.
 */
import { cleanQuery, rankPassages, resultHref, resultsStatus, safeExcerpt, type Passage } from '../../lib/search.ts';
// Its address only: imported as a stylesheet, it would be linked from every page that can load this code.
import stylesheet from '../../styles/search.css?url';

interface PagefindResultData {
	url: string;
	content: string;
	meta: { title?: string };
	filters: Record<string, string[]>;
	excerpt: string;
	sub_results: Array<Passage & { anchor?: unknown }>;
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const MAX_RESULTS = 8;
const PASSAGES_PER_PAGE = 3;

const base = document.documentElement.dataset['base'] ?? '/';
// Browsers that support text fragments mark the words of a result themselves; others get ?highlight= and Pagefind's script.
const textFragments = 'fragmentDirective' in document;
let pagefind: Promise<Pagefind> | undefined;

/** The dialog's stylesheet, requested as soon as this code runs; the dialog opens once it has arrived (or failed), so it never shows unstyled. */
const styles = new Promise<void>((resolve) => {
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
	link.onload = link.onerror = () => resolve();
	document.head.append(link);
});

function loadPagefind(): Promise<Pagefind> {
	pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (module) => {
		// Result URLs then carry the base path and the searched words for highlighting.
		await module.options({ baseUrl: base, highlightParam, excerptLength: 22 });
		await module.init();
		return module;
	});
	return pagefind;
}

/** An icon drawn in the text's colour, hidden from assistive technology (its control is named in words). */
function icon(paths: string): Element {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	for (const [name, value] of Object.entries({ 'aria-hidden': 'true', width: '20', height: '20', viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round' })) svg.setAttribute(name, value);
	svg.innerHTML = paths;
	return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
	const node = Object.assign(document.createElement(tag), props);
	node.append(...children);
	return node;
}

/** The dialog, built on first use; pages carry no markup for it. */
function createDialog() {
	const title = element('h2', { id: 'search-dialog-title', className: 'sr-only' }, 'Search the site');
	const input = element('input', {
		type: 'search',
		name: 'q',
		id: 'search-dialog-input',
		autocomplete: 'off',
		spellcheck: false,
		placeholder: 'Search pages, sections and paragraphs',
			});
	input.setAttribute('aria-describedby', 'search-dialog-status');
	const label = element('label', { htmlFor: input.id, className: 'sr-only' }, 'Search the site');
	// The one close control (Esc and a click outside also close): an icon with a name, large enough to tap.
	const close = element('button', { type: 'button', className: 'search-close' }, icon('<path d="M6 6l12 12M18 6 6 18"/>'));
	close.setAttribute('aria-label', 'Close search');
	const kinds = element('fieldset', { className: 'search-kinds' }, element('legend', { className: 'sr-only' }, 'Kind of page'));
	const status = element('p', { id: 'search-dialog-status', className: 'search-status' });
	status.setAttribute('role', 'status');
	const results = element('ol', { className: 'search-results' });
	results.setAttribute('aria-label', 'Results');
	// Results come a few pages at a time; the rest are a press away, and the status says how many are shown.
	const more = element('button', { type: 'button', className: 'search-more', hidden: true });
	const form = element(
		'form',
		{ className: 'search-form' },
		label,
		element('span', {}, icon('<circle cx="11" cy="11" r="7"/><path d="m20 20-3.5-3.5"/>')),
		input,
		close,
	);
	form.setAttribute('role', 'search');
	const dialog = element(
		'dialog',
		// Full screen on a phone; a panel from 40rem up (src/styles/search.css).
		{ className: 'search-dialog' },
		title,
		form,
		kinds,
		status,
		results,
		more,
		element('p', { className: 'search-help' }, 'Arrow keys move through results, Enter opens one, Esc closes. ', element('a', { href: `${base}search/` }, 'Browse every page and section')),
	);
	dialog.setAttribute('aria-labelledby', title.id);
	form.addEventListener('submit', (event) => event.preventDefault());
	close.addEventListener('click', () => dialog.close());
	// A click on the backdrop (the dialog itself, outside its content) closes it.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	document.body.append(dialog);
	return { dialog, input, kinds, status, results, more };
}

type Ui = ReturnType<typeof createDialog>;
let ui: Ui | undefined;
let opener: HTMLElement | null = null;
let latest = 0;

function selectedKind(kinds: HTMLFieldSetElement): string {
	return kinds.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
}

async function renderKinds({ kinds }: Ui, engine: Pagefind, onChange: () => void) {
	const counts = (await engine.filters())['kind'] ?? {};
	const chip = (value: string, text: string) => {
		const radio = element('input', { type: 'radio', name: 'kind', value, checked: value === '', className: 'sr-only' });
		radio.addEventListener('change', onChange);
		return element('label', { className: 'filter-chip' }, radio, text);
	};
	kinds.append(chip('', 'All'), ...Object.keys(counts).map((kind) => chip(kind, kind)));
}

function resultItem(data: PagefindResultData, query: string): HTMLLIElement {
	const passages = rankPassages(data.sub_results, data.content, query, PASSAGES_PER_PAGE);
	const kind = data.filters['kind']?.[0];
	const links = passages.map((passage) => {
		const excerpt = element('span');
		excerpt.innerHTML = safeExcerpt(passage.excerpt);
		const heading = passage.title === data.meta.title ? 'Top of page' : passage.title;
		return element('li', {}, element('a', { href: resultHref(passage, highlightParam, textFragments), className: 'search-result' }, element('span', {}, heading), excerpt));
	});
	return element(
		'li',
		{ className: 'search-page' },
		element('p', {}, data.meta.title ?? data.url, kind ? element('span', {}, kind) : ''),
		element('ul', {}, ...links),
	);
}

type SearchResult = Awaited<ReturnType<Pagefind['search']>>['results'][number];

async function search(current: Ui) {
	const run = ++latest;
	const query = cleanQuery(current.input.value);
	current.more.hidden = true;
	if (!query) {
		current.status.textContent = '';
		current.results.replaceChildren();
		return;
	}
	let engine: Pagefind;
	try {
		engine = await loadPagefind();
	} catch {
		return showUnavailable(current);
	}
	const kind = selectedKind(current.kinds);
	try {
		const { results } = await engine.search(query, kind ? { filters: { kind } } : {});
		// A keystroke typed since makes this search moot: drop it before loading any result's data.
		if (run !== latest) return;
		const pages = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
		// A slower, older search must not overwrite a newer one.
		if (run !== latest) return;
		current.results.replaceChildren(...pages.map((page) => resultItem(page, query)));
		showCount(current, results, pages.length, query, run);
	} catch {
		if (run !== latest) return;
		current.results.replaceChildren();
		current.status.textContent = 'The search failed, perhaps for a lost connection. Type again to retry.';
	}
}

/** Says how many results there are and how many are shown, and offers the next few while some are not. */
function showCount(current: Ui, results: readonly SearchResult[], shown: number, query: string, run: number) {
	current.status.textContent = resultsStatus(results.length, shown, query);
	const next = Math.min(results.length - shown, MAX_RESULTS);
	current.more.hidden = next === 0;
	current.more.textContent = `Show ${next} more ${next === 1 ? 'result' : 'results'}`;
	current.more.onclick = async () => {
		const pages = await Promise.all(results.slice(shown, shown + next).map((result) => result.data()));
		if (run !== latest) return;
		const items = pages.map((page) => resultItem(page, query));
		current.results.append(...items);
		showCount(current, results, shown + pages.length, query, run);
		// The reader goes on where the new results start, not back at the top of the list.
		items[0]?.querySelector<HTMLElement>('.search-result')?.focus();
	};
}

/** Says why there is no search: in development the index does not exist until the site is built. */
function showUnavailable(current: Ui) {
	current.status.textContent = import.meta.env.DEV
		? 'The search index exists only in a built site: run npm run build, then npm run preview.'
		: 'Search could not be loaded.';
}

/** Arrow keys move between the input and the results; Enter follows the focused result as any link; Esc closes. */
function onKeydown(current: Ui, event: KeyboardEvent) {
	if (event.key === 'Escape') {
		// A search field would first spend Esc on clearing itself; one press should close search.
		event.preventDefault();
		current.dialog.close();
		return;
	}
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
	const items = [current.input, ...current.results.querySelectorAll<HTMLElement>('.search-result')];
	const index = items.indexOf(document.activeElement as HTMLElement);
	if (index === -1) return;
	event.preventDefault();
	const next = event.key === 'ArrowDown' ? Math.min(index + 1, items.length - 1) : Math.max(index - 1, 0);
	items[next]!.focus();
}

/** A query to search when the dialog opens: the site index's form's, sent to the page in its address. */
let pendingQuery: string | undefined;
/** The query parameter by which a result's page marks the searched words where text fragments are not supported. */
let highlightParam = '';

/**
 * Opens the search dialog once its stylesheet is there, building it and loading the index on first use. The page
 * script gives what it read of the address: this code imports nothing the page script does, so that no module is
 * shared between them (sharing one would cost every page a preload helper).
 */
export function openSearch(options: { highlightParam: string; query?: string | undefined }): void {
	highlightParam = options.highlightParam;
	pendingQuery ??= options.query;
	void styles.then(showDialog);
}

function showDialog(): undefined {
	const query = pendingQuery;
	pendingQuery = undefined;
	if (!ui) {
		const current = createDialog();
		ui = current;
		current.input.addEventListener('input', () => void search(current));
		current.dialog.addEventListener('keydown', (event) => onKeydown(current, event));
		// Focus goes back to where the reader was when the dialog closes (Esc, Close, backdrop).
		current.dialog.addEventListener('close', () => opener?.focus());
		loadPagefind().then(
			(engine) => renderKinds(current, engine, () => void search(current)),
			() => showUnavailable(current),
		);
	}
	opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	if (!ui.dialog.open) ui.dialog.showModal();
	if (query !== undefined) {
		ui.input.value = query;
		void search(ui);
	}
	ui.input.select();
	ui.input.focus();
}
