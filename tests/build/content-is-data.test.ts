// A page is content, never code: each class of input below is refused by the build with its file, its line and what
// to write instead, in a copy of the project changed as a careless author or an attacker would change it.
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { type Fixture, makeFixture, outputPlaces } from '../fixture.ts';

const AZURE = 'src/content/docs/themes/azure.mdx';
/** The heading the cases below write before; what is inserted there starts on its line. */
const HEADING = '## More than funding';
const AT = readFileSync(AZURE, 'utf8').split('\n').indexOf(HEADING) + 1;
/** A citation that holds, for statements that must be refused for something other than citing nothing. */
const CITE = '<Cite id="p3" quote="The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure." />';
const fixtures: Fixture[] = [];

/** A copy of the project changed by `change`, loaded and checked as the build does (`astro sync`). */
function sync(change: (copy: Fixture) => void) {
	const copy = makeFixture();
	fixtures.push(copy);
	change(copy);
	return copy.astro(['sync']);
}

/** The azure page with `lines` inserted above its first section, and the refusals that run reports. */
function insert(lines: readonly string[]) {
	return sync((copy) => copy.edit(AZURE, HEADING, `${lines.join('\n\n')}\n\n${HEADING}`));
}

/** The line of the `n`th inserted block (each is followed by a blank line). */
const lineOf = (lines: readonly string[], n: number) => AT + lines.slice(0, n).reduce((sum, text) => sum + text.split('\n').length + 1, 0);

afterEach(() => {
	for (const copy of fixtures.splice(0)) copy.remove();
});

describe('the build refuses', { timeout: 90_000 }, () => {
	test('1. code in a page: imports, exports and expressions, each at its line', () => {
		const lines = ["import os from 'node:os'", 'export const home = os.homedir()', '{home}', `The build ran on {os.hostname()}.${CITE}`];
		const { status, output } = insert(lines);
		expect(status).not.toBe(0);
		expect(output).toContain(`${AZURE}:${lineOf(lines, 0)}:1  a page cannot import or export code; expected text, Markdown and the site's components`);
		expect(output).toContain(`${AZURE}:${lineOf(lines, 1)}:1  a page cannot import or export code`);
		expect(output).toContain(`${AZURE}:${lineOf(lines, 2)}:1  the expression {home} would run code at build time and publish its result; expected plain text`);
		expect(output).toContain(`${AZURE}:${lineOf(lines, 3)}:18  the expression {os.hostname()} would run code at build time`);
	});

	test('1b. code and claims hidden after a line Astro takes for the end of the frontmatter', () => {
		const { status, output } = sync((copy) => copy.edit(AZURE, 'published: 2026-11-24\n', 'published: 2026-11-24\n---x: Microsoft owns OpenAI {process.version}\n\nexport const o = globalThis.console.log("ran")\n\n'));
		const line = readFileSync(AZURE, 'utf8').split('\n').indexOf('published: 2026-11-24') + 2;
		expect(status).not.toBe(0);
		expect(output).toContain(`${AZURE}:${line}:1  the line "---x: Microsoft owns" would end the frontmatter for Astro but not for the content check`);
	});

	test('2. elements a page never needs, props that are not plain values, and links that run or load something', () => {
		const lines = [
			'<meta http-equiv="refresh" content="0; url=https://elsewhere.example/" />',
			'<base href="https://elsewhere.example/" />',
			'<form action="https://elsewhere.example/"><input name="q" /></form>',
			'<link rel="stylesheet" href="https://elsewhere.example/x.css" />',
			`A pixel ![](https://elsewhere.example/pixel.png) here.${CITE}`,
			'<Wayfinding set:html="<b>x</b>" style="color: red" />',
			`Spread.<Cite {...props} />`,
			`[Click](javascript:alert(1)) or [this](data:text/html,hi).${CITE}`,
			'<TermsTable />',
		];
		const { status, output } = insert(lines);
		expect(status).not.toBe(0);
		const at = (n: number, column = 1) => `${AZURE}:${lineOf(lines, n)}:${column}  `;
		expect(output).toContain(`${at(0)}<meta> is not allowed in a page; write it in Markdown (emphasis, links, lists, tables) instead of HTML`);
		expect(output).toContain(`${at(1)}<base> is not allowed in a page`);
		expect(output).toContain(`${at(2)}<form> is not allowed in a page`);
		expect(output).toContain(`${at(3)}<link> is not allowed in a page`);
		expect(output).toContain(`${at(4, 9)}the image "https://elsewhere.example/pixel.png" would load from outside the site; expected an image file of the project, by a relative path`);
		expect(output).toContain(`${at(5)}<Wayfinding> does not take "set:html", "style"; expected no props`);
		expect(output).toContain(`${at(6, 8)}<Cite> has a spread attribute {...props}; expected each prop written out as name="value"`);
		expect(output).toContain(`${at(7)}the link to "javascript:alert(1)" uses the scheme javascript:; expected an http(s) address or a path of the site`);
		expect(output).toContain(`the link to "data:text/html,hi" uses the scheme data:`);
		expect(output).toContain(`${at(8)}<TermsTable> is only given to the page record/terms; expected it there, not here`);
	});

	test('3. uncited statements in other shapes: a note, an element, a heading over nothing, a heading that is a claim, a code block', () => {
		const lines = ['<RecordNote>An uncited note.</RecordNote>', '<p>A claim in an element.</p>', '## An empty heading', '## Microsoft owns 49% of OpenAI', `Cited.${CITE}`, '```\nA claim in code.\n```'];
		const { status, output } = insert(lines);
		expect(status).not.toBe(0);
		const at = (n: number) => `${AZURE}:${lineOf(lines, n)}:1  `;
		expect(output).toContain(`${at(0)}<RecordNote> "An uncited note." cites nothing; expected a <Cite> for what it states`);
		expect(output).toContain(`${at(1)}<p> is not allowed in a page`);
		expect(output).toContain(`${at(2)}heading "An empty heading" has nothing cited under it before the next heading; expected a cited paragraph under every heading`);
		expect(output).toContain(`${at(3)}heading "Microsoft owns 49% of OpenAI" states a figure, so it is a statement no citation can stand in; expected a few words naming the section, and the statement in a cited paragraph under it`);
		expect(output).toContain(`${at(5)}code block "A claim in code." cites nothing`);
	});

	test('4a. a day that is not in the calendar, in a page\'s frontmatter', () => {
		const { status, output } = sync((copy) => copy.edit(AZURE, 'published: 2026-11-24', 'published: 2026-02-30'));
		expect(status).not.toBe(0);
		const line = readFileSync(AZURE, 'utf8').split('\n').indexOf('published: 2026-11-24') + 1;
		expect(output).toContain(`${AZURE}:${line}:1  frontmatter field "published": 2026-02-30 is not a day of the calendar; expected a real day, YYYY-MM-DD`);
	});

	test('4b. a bare year as a page\'s date, never read as a moment of 1970', () => {
		const { status, output } = sync((copy) => copy.edit(AZURE, 'published: 2026-11-24', 'published: 2025'));
		const line = readFileSync(AZURE, 'utf8').split('\n').indexOf('published: 2026-11-24') + 1;
		expect(status).not.toBe(0);
		expect(output).toContain(`${AZURE}:${line}:1  frontmatter field "published": expected a day written published: YYYY-MM-DD on a line of its own, e.g. published: 2026-11-24`);
	});

	test('4c. an event dated after the build, unless it is planned', () => {
		const future = `${new Date().getUTCFullYear() + 1}-01-15`;
		const { status, output } = sync((copy) => copy.edit('src/content/events.yaml', "date: '2019-07-22'", `date: '${future}'`));
		expect(status).not.toBe(0);
		expect(output).toMatch(new RegExp(`src/content/events\\.yaml:\\d+:3  event "2019-07-22-microsoft-invests-1-billion", field "date": ${future} is after today \\(\\d{4}-\\d{2}-\\d{2}\\); expected a date that has come, or "planned: true"`));
		const planned = sync((copy) => copy.edit('src/content/events.yaml', "date: '2019-07-22'", `date: '${future}'\n  planned: true`));
		expect(planned.output).not.toContain('is after today');
	});

	test('5. text no generated file can carry: a control character in an event, a script the card cannot draw in a title', () => {
		const control = sync((copy) => copy.edit('src/content/events.yaml', "title: Microsoft invests $1 billion and becomes OpenAI's exclusive cloud", 'title: "Microsoft invests\\u0007 $1 billion"'));
		expect(control.status).not.toBe(0);
		expect(control.output).toMatch(/src\/content\/events\.yaml:\d+:3 {2}event "2019-07-22-microsoft-invests-1-billion", field "title": holds the control or formatting character U\+0007; expected one line of plain text/);
		const card = sync((copy) => copy.edit(AZURE, 'title: Azure, the cornerstone of the partnership', 'title: Azure 微软 🚀'));
		expect(card.status).not.toBe(0);
		expect(card.output).toContain('title: holds "微" (U+5FAE), "软" (U+8F6F), "🚀" (U+1F680), which the link card\'s font (Inter, Latin script) cannot draw; expected text the card can show');
	});

	test('6. a source address with credentials or spaces, and two sources at one address', () => {
		const credentials = sync((copy) => copy.edit('src/content/sources.yaml', 'url: https://openai.com/index/microsoft-invests-in-and-partners-with-openai/', 'url: https://user:secret@openai.com/index/microsoft invests/'));
		expect(credentials.status).not.toBe(0);
		expect(credentials.output).toMatch(/src\/content\/sources\.yaml:\d+:3 {2}source "openai-2019-investment", field "url": has a space, quote, angle bracket, backslash or control character/);
		expect(credentials.output).toMatch(/field "url": carries a user name or password \(user@host\); expected the public address, without credentials/);
		const twice = sync((copy) =>
			copy.edit('src/content/sources.yaml', 'url: https://openai.com/index/microsoft-invests-in-and-partners-with-openai/', 'url: https://www.finanznachrichten.de/nachrichten-2016-11/39198730-openai-works-with-microsoft-to-start-running-large-scale-experiments-on-azure-020.htm'),
		);
		expect(twice.status).not.toBe(0);
		expect(twice.output).toMatch(/src\/content\/sources\.yaml:\d+:3 {2}source "openai-2019-investment" has the address of source "dpa-afx-azure-2016" \(line \d+\); expected one entry per address: cite "dpa-afx-azure-2016" instead/);
	});

	test('7. a new section that would take the published address of one with the same heading', () => {
		const lines = [HEADING, `A new section on the same subject.${CITE}`];
		const { status, output } = insert(lines);
		expect(status).not.toBe(0);
		expect(output).toContain(
			`${AZURE}:${AT}:1  heading "More than funding" would take the address /themes/azure/#more-than-funding, published for the section "From the start, the article says, Microsoft's role …", which would move to #more-than-funding-1 (line ${lineOf(lines, 2)}); an alias cannot help while this heading holds the address`,
		);
	});

	test('8a. an anchor lock that cannot be read stops the build instead of being rewritten', () => {
		const { status, output } = sync((copy) => writeFileSync(copy.path('src/content/published-anchors.json'), '{"pages": {'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/src\/content\/published-anchors\.json: not valid JSON \(.+\); expected the file as npm run anchors:lock writes it/);
	});
});

describe('a failed step over the finished output leaves nothing deployable', { timeout: 240_000 }, () => {
	test('8b. the security policy that cannot be placed moves the output aside', () => {
		const copy = makeFixture();
		fixtures.push(copy);
		copy.edit('public/_headers', '/*\n', '/index.html\n');
		const { status, output } = copy.astro(['build']);
		expect(status).not.toBe(0);
		expect(output).toContain('_headers has no "/*" block for the Content Security Policy');
		expect(output).toContain('The output was moved to dist-rejected/ so it cannot be deployed.');
		expect(outputPlaces(copy)).toEqual({ deployable: false, rejected: true });
	});
});
