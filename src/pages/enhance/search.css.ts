/** /enhance/search.css: the search dialog's stylesheet (src/styles/search.css, through Tailwind), at a stable address its code loads. */
import type { APIRoute } from 'astro';
import css from '../../styles/search.css?inline';

export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
