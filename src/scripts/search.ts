/** Browser side of the search page: loads Pagefind on first use and shows results that link to sections. */

interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results: PagefindSubResult[];
}
interface Pagefind {
	options(options: { baseUrl?: string }): Promise<void>;
	search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Imports the Pagefind bundle written next to the built site, so it always matches the index. */
function loadPagefind(): Promise<Pagefind> {
	pagefind ??= import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind.js`).then(async (module: Pagefind) => {
		// Result URLs are built from file paths; the base path makes them right under a sub-path too.
		await module.options({ baseUrl: import.meta.env.BASE_URL });
		return module;
	});
	return pagefind;
}

/** Pagefind's excerpts are escaped text with <mark> around matches; keep only those marks. */
function excerptHtml(excerpt: string): string {
	return excerpt.replace(/<(?!\/?mark>)[^>]*>/g, '');
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const title = document.createElement('a');
	title.href = data.url;
	title.className = 'text-lg font-semibold';
	title.textContent = data.meta.title ?? data.url;
	item.append(title);
	const subs = data.sub_results.filter((sub) => sub.url !== data.url).slice(0, 3);
	const list = document.createElement('ul');
	list.className = 'mt-2 space-y-2 border-l-2 border-line pl-4';
	for (const sub of subs.length > 0 ? subs : [{ title: '', url: data.url, excerpt: data.excerpt }]) {
		const entry = document.createElement('li');
		if (sub.title) {
			const link = document.createElement('a');
			link.href = sub.url;
			link.className = 'font-medium';
			link.textContent = sub.title;
			entry.append(link);
		}
		const excerpt = document.createElement('p');
		excerpt.className = 'text-sm text-muted';
		excerpt.innerHTML = excerptHtml(sub.excerpt);
		entry.append(excerpt);
		list.append(entry);
	}
	item.append(list);
	return item;
}

export function runSearch(): void {
	const form = document.querySelector<HTMLFormElement>('[data-search-form]');
	const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
	const status = document.querySelector<HTMLElement>('[data-search-status]');
	const results = document.querySelector<HTMLOListElement>('[data-search-results]');
	const index = document.querySelector<HTMLElement>('[data-search-index]');
	if (!form || !input || !status || !results || !index) return;

	let latest = 0;
	const search = async (query: string) => {
		const run = ++latest;
		const term = query.trim();
		results.replaceChildren();
		index.hidden = term !== '';
		if (!term) {
			status.textContent = '';
			return;
		}
		let found: PagefindResultData[];
		try {
			const { results: hits } = await (await loadPagefind()).search(term);
			found = await Promise.all(hits.slice(0, 10).map((hit) => hit.data()));
		} catch (error) {
			console.warn('Search could not be loaded:', error);
			status.textContent = import.meta.env.DEV
				? 'The search index exists only in a built site: run npm run build, then npm run preview.'
				: 'Search could not be loaded. Every page is listed below.';
			index.hidden = false;
			return;
		}
		if (run !== latest) return;
		status.textContent = found.length === 0 ? `No results for “${term}”.` : `${found.length} result${found.length === 1 ? '' : 's'} for “${term}”.`;
		results.replaceChildren(...found.map(resultItem));
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const url = new URL(location.href);
		url.searchParams.set('q', input.value);
		history.replaceState(null, '', url);
		void search(input.value);
	});
	input.addEventListener('input', () => void search(input.value));

	const initial = new URLSearchParams(location.search).get('q');
	if (initial) {
		input.value = initial;
		void search(initial);
	}
}
