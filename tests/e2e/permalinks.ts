/** What a permalink puts on the clipboard, written once for every browser test that copies one. */
import { siteAddress } from '../built-site.ts';

/**
 * The address a permalink copies for a site path with its fragment (`/source/#p7`): the section's published address,
 * on the site URL the build was made for (read from the build, see tests/built-site.ts), not the test server's origin.
 * If permalinks come to copy the reader's own origin instead, change this function alone (to the address on the
 * test server, `use.baseURL` of playwright.config.ts).
 */
export function copiedAddress(path: string): string {
	return siteAddress(path);
}
