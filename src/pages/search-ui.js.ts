/**
 * /search-ui.js: the search dialog's script as one file with a stable address, bundled here because
 * Astro inlines or hashes page scripts, and a page must be able to load this one only when asked.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { SEARCH_UI_ENTRY } from '../files.ts';

export const GET: APIRoute = async () => {
	const result = await build({
		// Builds run from the project root; the path is the source file's, not this compiled route's.
		entryPoints: [resolve(SEARCH_UI_ENTRY)],
		bundle: true,
		format: 'esm',
		target: 'es2022',
		minify: true,
		write: false,
		legalComments: 'none',
		define: { 'import.meta.env.DEV': JSON.stringify(import.meta.env.DEV) },
	});
	return new Response(result.outputFiles[0]!.text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
