/**
 * The timeline's filters kept in the URL (?category=model&article=1&corrects=1), so a filtered view can be shared.
 * Loaded by the page script when the address carries filters or a filter is first used; the filters
 * themselves work without it (CSS).
 */

/** Applies the filters the address carries (`filters` is the filters' element), then keeps the address in step with them. */
export function followFilters(filters: HTMLElement): void {
	const flags = [...filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const categoryInput = (value: string) => filters.querySelector<HTMLInputElement>(`input[name="category"][value="${CSS.escape(value)}"]`);

	const syncUrl = () => {
		const url = new URL(location.href);
		const values: Array<[string, string]> = [
			['category', filters.querySelector<HTMLInputElement>('input[name="category"]:checked')?.value ?? ''],
			...flags.map((flag): [string, string] => [flag.name, flag.checked ? '1' : '']),
		];
		for (const [key, value] of values) {
			if (value) url.searchParams.set(key, value);
			else url.searchParams.delete(key);
		}
		history.replaceState(history.state, '', url);
	};

	// Loaded for an address with filters: apply them, unless they would hide the event the address points at.
	const params = new URLSearchParams(location.search);
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	if (params.has('category') || flags.some((flag) => params.has(flag.name))) {
		const chosen = categoryInput(params.get('category') ?? '');
		if (chosen) chosen.checked = true;
		for (const flag of flags) flag.checked = params.get(flag.name) === '1';
		if (target && !target.checkVisibility()) {
			categoryInput('')!.checked = true;
			for (const flag of flags) flag.checked = false;
			target.scrollIntoView();
		}
	}
	// Loaded by a first change of the filters: the address follows it, and every later one.
	syncUrl();
	filters.addEventListener('change', syncUrl);
}
