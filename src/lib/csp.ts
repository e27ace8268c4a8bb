/** Content Security Policy helpers: the hash a policy needs to allow one inline script or style. */
import { createHash } from 'node:crypto';

/** `sha256-…` of the exact text of an inline `<script>` or `<style>`. */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
