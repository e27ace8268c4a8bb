/** What a permalink puts on the clipboard, written once for every browser test that copies one. */
import { test } from '@playwright/test';

/**
 * The address a permalink copies for a site path with its fragment (`/source/#p7`): the section's address on the
 * origin the reader is on (the test server, `use.baseURL`), which the tested build's site URL deliberately is not
 * (see scripts/test.mjs), so a permalink that copied the build's SITE_URL fails.
 */
export function copiedAddress(path: string): string {
	return new URL(path, test.info().project.use.baseURL).href;
}
