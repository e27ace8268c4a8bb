/** Which files of the docs folder become pages, at which address, and which the build must refuse. */
import { slug } from 'github-slugger';
import type { ContentProblem } from './contentProblems.ts';
import { pagePath } from './navigation.ts';
import { routeCollision } from '../routes.ts';

/** The extension of a page; any other file in the docs folder would be silently ignored, so it is refused. */
export const PAGE_EXTENSION = '.mdx';

/**
 * The id of a page file, which is its address: each folder and the name slugged, `/index` dropped
 * (`themes/index.mdx` → `themes`, `index.mdx` → `index`), as Astro's glob loader does by default; the
 * docs collection uses this function. Two files with one id would be one page.
 */
export function docId(file: string): string {
	const withoutExtension = file.replace(/\.[^./]+$/, '');
	return withoutExtension
		.split('/')
		.map((segment) => slug(segment))
		.join('/')
		.replace(/\/index$/, '');
}

/**
 * Problems with the set of files in the docs folder (paths relative to it, `/`-separated): files that
 * are not pages, two files for one address, and pages whose address a route of the site already takes.
 */
export function checkDocFiles(files: readonly string[], docsDir: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const at = (file: string) => ({ file: `${docsDir}/${file}`, line: 1, column: 1 });
	const byId = new Map<string, string>();
	for (const file of [...files].sort()) {
		if (!file.endsWith(PAGE_EXTENSION)) {
			const hint = file.endsWith('.md') ? `; rename it to ${file.replace(/\.md$/, PAGE_EXTENSION)} (MDX reads Markdown as it is)` : '; move it out of the docs folder';
			problems.push({ at: at(file), message: `only ${PAGE_EXTENSION} files are pages, so this file would be silently left out${hint}` });
			continue;
		}
		const id = docId(file);
		const first = byId.get(id);
		if (first !== undefined) {
			problems.push({ at: at(file), message: `has the same address ${pagePath(id)} as ${docsDir}/${first}; expected one file per page (keep one of the two)` });
			continue;
		}
		byId.set(id, file);
		const collision = routeCollision(pagePath(id), id);
		if (collision) problems.push({ at: at(file), message: `would be published at ${pagePath(id)}, which ${collision} already takes; expected another file name` });
	}
	return problems;
}
