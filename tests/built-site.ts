/**
 * Where the built site says it is published, read from what the build wrote, so that no test repeats the address.
 * `npm test` builds with an explicit SITE_URL (see scripts/test.mjs); tests take the address from here, whatever it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

const read = new Map<string, string>();

/** The address the site in `dir` was built for (its SITE_URL and base path): the canonical link of its home page. */
export function builtSiteUrl(dir = 'dist'): string {
	let url = read.get(dir);
	if (url === undefined) {
		const document = parseDocument(readFileSync(join(dir, 'index.html'), 'utf8'));
		const href = DomUtils.findOne((el) => el.name === 'link' && el.attribs['rel'] === 'canonical', document.children)?.attribs['href'];
		if (href === undefined || !URL.canParse(href)) throw new Error(`${dir}/index.html has no absolute <link rel="canonical">, so the address the site was built for cannot be read`);
		url = href;
		read.set(dir, url);
	}
	return url;
}

/** The absolute address of a site path (`/timeline/#…`, without the base) on the site built in `dir`. */
export function siteAddress(path: string, dir = 'dist'): string {
	return new URL(path.replace(/^\/+/, ''), builtSiteUrl(dir)).href;
}
