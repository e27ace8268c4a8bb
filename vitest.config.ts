// Vitest runs two suites: `tests/unit` and `tests/build` need no build; `tests/site` reads the built site in dist/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/site/**/*.test.ts'],
	},
});
