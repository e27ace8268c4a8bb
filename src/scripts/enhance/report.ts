/**
 * "Report an error", loaded on its first click (see scripts/page.ts): names in the new issue the section the reader
 * is in (the one the address points at, or the last heading above the upper third of the screen), then follows it.
 */
import { reportErrorUrl } from '../../lib/reportError.ts';

/** The section heading the reader is reading: the one in the address, or the last to have passed the upper third. */
function sectionInView(): HTMLElement | undefined {
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	if (target?.matches('main :is(h2, h3, h4)')) return target;
	let current: HTMLElement | undefined;
	for (const heading of document.querySelectorAll<HTMLElement>('main :is(h2, h3, h4)[id]')) {
		if (heading.getBoundingClientRect().top > innerHeight / 3) break;
		current = heading;
	}
	return current;
}

/** Follows `link` (its `data-report-error` names the issue tracker), the new issue naming the section in view. */
export function reportError(link: HTMLAnchorElement): void {
	const heading = sectionInView();
	const title = document.querySelector('main h1')?.textContent?.trim() ?? document.title;
	// The page's canonical address, as the link without script names it, wherever the site is read.
	const page = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? `${location.origin}${location.pathname}`;
	const url = `${page}${heading ? `#${heading.id}` : ''}`;
	location.assign(heading ? reportErrorUrl(link.dataset['reportError']!, { title, url, section: heading.textContent!.trim() }) : link.href);
}
