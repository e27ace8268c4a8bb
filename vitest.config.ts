// Three Vitest projects, run apart with `--project <name>` (scripts/test.mjs runs them in this order):
// `unit` needs nothing built; `build` builds or syncs changed copies of the project (slow); `site` reads the built site in dist/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
			{ test: { name: 'site', include: ['tests/site/**/*.test.ts'] } },
		],
	},
});
