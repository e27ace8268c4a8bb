/** Site paths with the base the site is built with (Astro's BASE_URL); src/lib/basePath.ts has the pure logic. */
import * as basePath from '../lib/basePath.ts';

/** `/themes/azure/` → the address on the deployed site, base path included. */
export const withBase = (path: string): string => basePath.withBase(path, import.meta.env.BASE_URL);

/** A path of the deployed site (base included) → its site-relative form. */
export const withoutBase = (path: string): string => basePath.withoutBase(path, import.meta.env.BASE_URL);
