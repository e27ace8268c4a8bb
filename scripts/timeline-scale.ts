// `node scripts/timeline-scale.ts [N ...]`: builds copies of the site whose timeline has N events (the real ones and
// generated ones spread over the same years) and prints what the timeline's pages weigh. It reports; it is not a test.
import { appendFileSync, readFileSync } from 'node:fs';
import { EVENTS_FILE } from '../src/files.ts';
import { makeFixture } from '../tests/fixture.ts';
import { firstLoad } from './pageWeight.ts';

const BUDGET = 18 * 1024;
const sizes = process.argv.slice(2).map((arg) => {
	if (!/^\d+$/.test(arg)) throw new Error(`timeline-scale: expected event counts (whole numbers), got "${arg}"`);
	return Number(arg);
});
if (sizes.length === 0) sizes.push(100);

const written = (readFileSync(EVENTS_FILE, 'utf8').match(/^- id: /gm) ?? []).length;
const categories = ['investment', 'infrastructure', 'model', 'product', 'agreement', 'governance', 'partner', 'oversight'];

/** A generated event as long as a typical real one: a title of eight words, a summary of about forty, one quoted source. */
function event(k: number): string {
	const year = 2016 + (k % 11);
	const month = String((k % 12) + 1).padStart(2, '0');
	return [
		'',
		`- id: ${year}-${month}-generated-event-${k}`,
		`  date: '${year}-${month}'`,
		`  title: A generated event number ${k} of the scale benchmark`,
		`  summary: Generated event ${k} stands for a step of the partnership told in about forty words, as the real events are, so that the timeline's list and its year pages weigh what a timeline of this many events would weigh when the site grows.`,
		`  category: ${categories[k % categories.length]}`,
		'  sources:',
		'    - source: openai-2019-investment',
		'      quote: Microsoft will become our exclusive cloud provider',
	].join('\n');
}

for (const n of sizes) {
	const copy = makeFixture();
	try {
		measure(n, copy);
	} finally {
		copy.remove();
	}
}

function measure(n: number, copy: ReturnType<typeof makeFixture>): void {
	for (let k = written; k < n; k += 1) appendFileSync(copy.path(EVENTS_FILE), `${event(k)}\n`);
	const { status, output } = copy.astro(['build']);
	if (status !== 0) {
		console.log(`${n} events: the build failed\n${output.slice(-2000)}`);
		return;
	}
	const dist = copy.path('dist');
	const list = firstLoad(dist, 'timeline/index.html').bytes;
	const years = Array.from({ length: 11 }, (_, i) => 2016 + i).map((year) => ({ year, bytes: firstLoad(dist, `timeline/${year}/index.html`).bytes }));
	const heaviest = years.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	const verdict = (bytes: number) => (bytes <= BUDGET ? 'within' : 'OVER');
	console.log(`${n} events: /timeline/ ${list} B (${verdict(list)} ${BUDGET} B); heaviest year page /timeline/${heaviest.year}/ ${heaviest.bytes} B (${verdict(heaviest.bytes)})`);
}
