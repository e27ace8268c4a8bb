// Browser tests: real Chromium against the built site, served by `astro preview`.
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	// Playwright empties its output folder on start; keep it apart from the other suites' reports.
	outputDir: 'test-results/playwright',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'off',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
			},
		},
	],
	webServer: {
		// Serves dist/ as built, compressed as a CDN would; `npm test` builds before it runs these tests.
		// The Node running the tests (the project's own), not whatever `node` the shell finds first.
		command: `"${process.execPath}" scripts/serve.ts dist ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
