// Runs every test suite in order (type check, unit, build, browser) and ends with one summary line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
const node = process.execPath;
let passed = 0;
let failed = 0;

/** Runs a step with the project's Node, streaming its output; returns whether it succeeded. */
function run(label, args) {
	console.log(`\n▶ ${label}`);
	const { status } = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
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

/** A step that is not a test suite counts as one test: it passes or fails as a whole. */
function step(label, args) {
	if (run(label, args)) passed += 1;
	else {
		console.log(`✖ ${label} failed`);
		failed += 1;
	}
}

rmSync(RESULTS, { recursive: true, force: true });

step('Type check (astro check)', ['node_modules/astro/bin/astro.mjs', 'check']);

/** Runs Vitest over some folders and adds its counts. */
function vitest(label, folders, report) {
	const ok = run(label, ['node_modules/vitest/vitest.mjs', 'run', ...folders, '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/${report}`]);
	count(label, `${RESULTS}/${report}`, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }), ok);
}

vitest('Unit, content and bad-content tests (Vitest)', ['tests/unit', 'tests/build'], 'unit.json');

const built = run('Build (astro build)', ['node_modules/astro/bin/astro.mjs', 'build']);
if (built) {
	passed += 1;
	vitest('Built-site tests: links, published anchors, meta (Vitest)', ['tests/site'], 'site.json');
	const ok = run('Browser tests (Playwright, Chromium)', ['node_modules/@playwright/test/cli.js', 'test']);
	count('Playwright', `${RESULTS}/e2e.json`, (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + r.errors.length }), ok);
} else {
	console.log('✖ The build failed, so the browser tests did not run');
	failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
