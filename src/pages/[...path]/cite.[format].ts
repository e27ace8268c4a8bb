/** Each page's citation files (`/themes/azure/cite.bib`, `.ris`, `.json`), linked under "Cite this page". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FILES, citationFiles } from '../../lib/pageCitation.ts';
import { citationOf } from '../../utils/pageModels.ts';
import { getSitePages, pathParam } from '../../utils/sitePages.ts';

export const getStaticPaths = (async () =>
	(await getSitePages()).flatMap(({ page }) => {
		const files = citationFiles(citationOf(page));
		return CITATION_FILES.map(({ file, type }) => ({ params: { path: pathParam(page.path), format: file.slice(file.indexOf('.') + 1) }, props: { content: files[file], type } }));
	})) satisfies GetStaticPaths;

export const GET: APIRoute<{ content: string; type: string }> = ({ props }) => new Response(props.content, { headers: { 'Content-Type': `${props.type}; charset=utf-8` } });
