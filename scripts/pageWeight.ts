// What a first visit to a built page transfers, as a gzip-only host (GitHub Pages) serves it; shared by the budget test and the scale benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

/** The gzip size of a file at zlib's default level, the weakest common case; each file once per run. */
const gzipped = new Map<string, number>();
export function gzipBytes(file: string): number {
	let bytes = gzipped.get(file);
	if (bytes === undefined) gzipped.set(file, (bytes = gzipSync(readFileSync(file), { level: 6 }).length));
	return bytes;
}

export interface FirstLoad {
	/** The page and the stylesheets and icon it loads before any interaction (what it needs to be read), gzip bytes. */
	bytes: number;
	/** The page's own request and one for each file it loads before any interaction (scripts too); an inline (data:) icon travels in the page. */
	requests: number;
	/** The script that runs before any interaction: written into the page (as written) and loaded from files (gzip bytes). */
	scriptBytes: number;
}

/** The first load of `page` (a path below `dist`, e.g. `themes/azure/index.html`). */
export function firstLoad(dist: string, page: string): FirstLoad {
	const assets = new Set<string>();
	const scripts = new Set<string>();
	let inlineScriptBytes = 0;
	let inScript = false;
	const add = (href: string | undefined) => {
		if (href && !href.startsWith('data:')) assets.add(href.split(/[?#]/)[0]!);
	};
	const parser = new Parser({
		onopentag(name, attributes) {
			const rel = (attributes['rel'] ?? '').split(/\s+/);
			if (name === 'link' && (rel.includes('stylesheet') || rel.includes('icon'))) add(attributes['href']);
			if (name === 'script') {
				// A data block (JSON-LD) is not script: it never runs.
				const runs = ['', 'module', 'text/javascript', 'application/javascript'].includes(attributes['type'] ?? '');
				if (attributes['src'] !== undefined) scripts.add(attributes['src'].split(/[?#]/)[0]!);
				else inScript = runs;
			}
		},
		ontext(text) {
			if (inScript) inlineScriptBytes += Buffer.byteLength(text);
		},
		onclosetag(name) {
			if (name === 'script') inScript = false;
		},
	});
	parser.end(readFileSync(join(dist, page), 'utf8'));
	// Assets are linked by site path; the build is served from dist at the root.
	const filesBytes = (files: Set<string>) => [...files].reduce((sum, href) => sum + gzipBytes(join(dist, href)), 0);
	return { bytes: gzipBytes(join(dist, page)) + filesBytes(assets), requests: 1 + assets.size + scripts.size, scriptBytes: inlineScriptBytes + filesBytes(scripts) };
}
