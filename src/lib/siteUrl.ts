/** Where the site is published, read from the environment and refused with a clear message when it cannot be an address. */

/** The variables that may name the published address, in order: ours, then what Netlify and Cloudflare Pages set. */
const SITE_VARIABLES = ['SITE_URL', 'URL', 'CF_PAGES_URL'] as const;

/** Without any of them the site is built for the local preview server. */
const LOCAL_SITE = 'http://localhost:4321';

/**
 * The site's origin and base path. A path in SITE_URL (`https://example.github.io/partnership/`)
 * becomes the base, so canonical and feed links keep it; BASE_PATH may say the same, not something else.
 */
export function siteFromEnv(env: Record<string, string | undefined>): { site: string; base: string } {
	const variable = SITE_VARIABLES.find((name) => env[name] !== undefined && env[name] !== '');
	const value = variable ? env[variable]! : LOCAL_SITE;
	const url = URL.canParse(value) ? new URL(value) : undefined;
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username) {
		throw new Error(
			`${variable ?? 'SITE_URL'}: "${value}" is not an address the site can be published at; expected an absolute http(s) URL without query or fragment, e.g. https://example.org or https://example.github.io/partnership/`,
		);
	}
	const sitePath = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
	const basePath = env['BASE_PATH'];
	if (basePath !== undefined && basePath !== '') {
		if (!basePath.startsWith('/')) throw new Error(`BASE_PATH: "${basePath}" must start with "/", e.g. /partnership/`);
		const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
		if (sitePath !== '/' && sitePath !== base) {
			throw new Error(`BASE_PATH: "${basePath}" differs from the path of ${variable} ("${sitePath}"); expected one of them, or both the same`);
		}
		return { site: url.origin, base };
	}
	return { site: url.origin, base: sitePath };
}
