import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SEED_FILE } from '../../src/files.ts';

// SHA-256 of the original article; the seed must stay byte for byte the same.
const ORIGINAL_SHA256 = '3b17231966d7beff520edaa33854e61c83142a77e5e020d60e683a98f262f1ef';

test('the seed is the original article, byte for byte', () => {
	const digest = createHash('sha256').update(readFileSync(SEED_FILE)).digest('hex');
	expect(digest).toBe(ORIGINAL_SHA256);
});
