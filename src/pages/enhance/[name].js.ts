/**
 * /enhance/<name>.js: a script a page loads only when needed (the search dialog, the timeline's URL
 * filters), bundled here with a stable address because Astro inlines or renames page scripts.
 */
import { globSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { build } from 'esbuild';
import { ENHANCE_DIR } from '../../files.ts';

export const getStaticPaths = (() =>
	// Builds run from the project root, so the sources are found there, not beside this compiled route.
	globSync('*.ts', { cwd: resolve(ENHANCE_DIR) }).map((file) => ({ params: { name: basename(file, '.ts') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const result = await build({
		entryPoints: [resolve(ENHANCE_DIR, `${params.name}.ts`)],
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
