// Unit tests: pure logic in src/lib and the content rules, run without building the site.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
	},
});
