// Runs every test suite in order (type check, unit, build, browser) and ends with one summary line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
// The address the tested build is made for: neither the build's default (http://localhost:4321) nor the test
// server's origin (http://127.0.0.1:4322), so a test that assumes either fails. Tests read it back from the
// build (tests/built-site.ts); this line is the one place it is written.
const SITE_URL = 'https://partnership.example/';
// The issue tracker the tested build names, so its "Report an error" links are built and tested.
const ISSUES_URL = 'https://github.com/partnership-example/site/issues';
const node = process.execPath;
let passed = 0;
let failed = 0;

/** Runs a step with the project's Node, streaming its output; returns whether it succeeded. */
function run(label, args, env = {}) {
	console.log(`\n▶ ${label}`);
	const { status } = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
	return status === 0;
}

/**
 * Adds a test runner's counts from its JSON report. A missing report, or a run that failed outside any
 * test (a config error, a server that did not start), counts as one failure, so it can never pass unseen.
 */
function count(label, file, read, ok = true) {
	if (!existsSync(file)) {
		console.log(`✖ ${label}: no report at ${file}, so the suite did not run to the end`);
		failed += 1;
		return;
	}
	const result = read(JSON.parse(readFileSync(file, 'utf8')));
	if (!ok && result.failed === 0) result.failed = 1;
	console.log(`  ${label}: ${result.passed} passed, ${result.failed} failed`);
	passed += result.passed;
	failed += result.failed;
}

/**
 * A step that is not a test suite (the type check, the build) is not a test: when it passes it adds nothing
 * to "passed"; when it fails the run fails, and it counts as 1 failed so the summary line shows it.
 */
function step(label, args, env) {
	if (run(label, args, env)) return true;
	console.log(`✖ ${label} failed`);
	failed += 1;
	return false;
}

/** Runs one Vitest project (see vitest.config.ts) and adds its counts. */
function vitest(label, project) {
	const report = `${RESULTS}/${project}.json`;
	const ok = run(label, ['node_modules/vitest/vitest.mjs', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
	count(label, report, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }), ok);
}

rmSync(RESULTS, { recursive: true, force: true });

step('Type check (astro check)', ['node_modules/astro/bin/astro.mjs', 'check']);

vitest('Unit and content tests (Vitest project unit)', 'unit');
vitest('Bad content and other changed copies of the project (Vitest project build)', 'build');

if (step('Build (astro build)', ['node_modules/astro/bin/astro.mjs', 'build'], { SITE_URL, ISSUES_URL })) {
	vitest('Built-site tests: links, published anchors, meta (Vitest project site)', 'site');
	const ok = run('Browser tests (Playwright, Chromium)', ['node_modules/@playwright/test/cli.js', 'test']);
	count('Playwright', `${RESULTS}/e2e.json`, (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + r.errors.length }), ok);
} else {
	console.log('✖ The build failed, so the built-site and browser tests did not run');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
