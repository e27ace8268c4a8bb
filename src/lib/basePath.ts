/** Joins site-relative paths onto the base path the site is deployed under. */

/** `withBase('/themes/azure/', '/repo/')` → `/repo/themes/azure/`; fragments and queries are kept. */
export function withBase(path: string, base: string): string {
	if (!path.startsWith('/')) throw new Error(`expected a site-relative path starting with "/", got "${path}"`);
	return `${base.replace(/\/+$/, '')}${path}`;
}

/** The site-relative form of a path that includes the base: `/repo/themes/` → `/themes/`. */
export function withoutBase(path: string, base: string): string {
	const prefix = base.replace(/\/+$/, '');
	return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}
