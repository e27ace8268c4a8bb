/** Every page of the built site, read from its sitemap, plus the 404 page that no sitemap lists. */
import { readFileSync } from 'node:fs';

export const PAGES: string[] = [
	...[...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((match) => match[1]!),
	'/404.html',
];
