/** Joins site-relative paths onto the base path the site is deployed under. */

/** `withBase('/themes/azure/', '/repo/')` → `/repo/themes/azure/`; fragments and queries are kept. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	if (!path.startsWith('/')) throw new Error(`expected a site-relative path starting with "/", got "${path}"`);
	return `${base.replace(/\/+$/, '')}${path}`;
}
