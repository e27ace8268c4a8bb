// Bad content must stop the build with a message naming the file, the field and what was expected.
import { unlinkSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { type Fixture, makeFixture } from '../fixture.ts';

/** The source article, by the path the messages name. */
const SEED = 'seeds/000_65962688311309a5.txt';

const fixtures: Fixture[] = [];

/** A copy of the project changed by `change`, run through `astro sync`, which loads and checks every collection as the build does, faster. */
function syncBroken(change: (fixture: Fixture) => void): { status: number | null; output: string } {
	const fixture = makeFixture();
	fixtures.push(fixture);
	change(fixture);
	return fixture.astro(['sync']);
}

afterEach(() => {
	for (const fixture of fixtures.splice(0)) fixture.remove();
});

describe('the build stops', { timeout: 60_000 }, () => {
	test('when the seed file is missing, naming it', () => {
		const { status, output } = syncBroken((f) => unlinkSync(f.path(SEED)));
		expect(status).not.toBe(0);
		expect(output).toContain('seeds/000_65962688311309a5.txt: cannot read the source article (ENOENT); expected the plain-text article at this path');
	});

	test('when the seed file is empty, naming it', () => {
		const { status, output } = syncBroken((f) => writeFileSync(f.path(SEED), '\n\n'));
		expect(status).not.toBe(0);
		expect(output).toContain('seeds/000_65962688311309a5.txt: the file is empty; expected the article title on the first line, then its paragraphs');
	});

	test('when a page has invalid frontmatter, naming the file and the field', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/docs/themes/azure.mdx', 'title: Azure, the cornerstone of the partnership', 'title: 42'));
		expect(status).not.toBe(0);
		expect(output).toContain('docs → themes/azure data does not match collection schema');
		expect(output).toContain('title: Expected type `"string"`, received `"number"`');
		expect(output).toContain('src/content/docs/themes/azure.mdx');
	});

	test('when a citation names a block that does not exist, naming the file, line and id', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/docs/themes/responsible-ai.mdx', '<Cite id="p8" quote="fostering trust', '<Cite id="p80" quote="fostering trust'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/src\/content\/docs\/themes\/responsible-ai\.mdx:\d+:\d+  <Cite id="p80">: the source article has no block "p80"; its blocks are p1–p12/);
	});

	test('when a quote is not in the cited block, naming the quote and the block it is in', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/docs/themes/responsible-ai.mdx', '<Cite id="p8" quote="fostering trust', '<Cite id="p9" quote="fostering trust'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/responsible-ai\.mdx:\d+:\d+  <Cite id="p9">: the quote "fostering trust and encouraging responsible adoption of AI technologies" is not in block p9; it occurs in p8/);
	});

	test('when a heading has nothing cited under it, naming the heading', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/docs/themes/road-ahead.mdx', '## The longer view', '## The longer view\n\nAn unsupported claim.\n\n## Unsupported'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/road-ahead\.mdx:\d+:1  heading "The longer view" has nothing cited under it before the next heading/);
	});

	test('when the seed changes, listing every citation that no longer holds', () => {
		const { status, output } = syncBroken((f) => f.edit(SEED, 'Microsoft Azure.', 'Azure.'));
		expect(status).not.toBe(0);
		// The block's words changed, so its published id no longer names it: every citation of p3 is listed, not only the first.
		const broken = output.match(/^src\/content\/docs\/\S+:\d+:\d+ {2}<Cite id="p3">: the source article has no block "p3"/gm) ?? [];
		expect(broken).toHaveLength(9);
		expect(output).toMatch(/^src\/content\/docs\/themes\/azure\.mdx:\d+:\d+ {2}<Cite id="p3">/m);
		expect(output).toMatch(/^src\/content\/docs\/products\/microsoft-365-copilot\.mdx:\d+:\d+ {2}<Cite id="p3">/m);
		expect(output).toContain('/source/#p3 was published for the words "The cornerstone of the Microsoft-OpenAI alliance is Microsoft …"');
	});

	test('when a page is not valid MDX, naming the file and line', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/docs/themes/road-ahead.mdx', '## The longer view', '## The longer view\n\n<Cite id="p12"'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/docs\/themes\/road-ahead\.mdx:\d+:\d+  not valid MDX: /m);
	});

	test('when frontmatter is not valid YAML, naming the file and line', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/docs/themes/road-ahead.mdx', 'order: ', 'order: ['));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/docs\/themes\/road-ahead\.mdx:\d+:\d+  frontmatter is not valid YAML: /m);
	});

	test('when an event rests on a block that does not exist, naming the file, line and event', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/events.yaml', '    - block: p9\n      quote: As of late 2025', '    - block: p99\n      quote: As of late 2025'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/events\.yaml:\d+:1  event "2025-10-28-recapitalization-and-new-agreement", article citation of p99: the source article has no block "p99"; its blocks are p1–p12$/m);
	});

	test('when a cell of the terms table cites a source that does not exist, or stands under an event that does not, naming the file and line', () => {
		const { status, output } = syncBroken((f) => {
			f.edit('src/content/terms.yaml', '        - source: mit-tr-gpt-3-licence', '        - source: no-such-source');
			f.edit('src/content/terms.yaml', '    - event: 2020-09-22-exclusive-gpt-3-licence', '    - event: 2020-09-22-no-such-event');
		});
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/terms\.yaml:\d+:\d+  <Cite source="no-such-source">: there is no such source/m);
		expect(output).toMatch(/^src\/content\/terms\.yaml:\d+:\d+  term "licence", step 2: the timeline has no event "2020-09-22-no-such-event"/m);
	});

	test('when two events share an id, naming the file and the entries', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/events.yaml', '- id: 2020-05-19-azure-supercomputer-for-openai', '- id: 2019-07-22-microsoft-invests-1-billion'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/events\.yaml:\d+:3 {2}entry \d+ \("2019-07-22-microsoft-invests-1-billion"\): field "id" repeats the value of entry \d+; expected every entry's id to be unique$/m);
	});

	test('when an event has a malformed date, naming the file, the event and the field', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/events.yaml', "date: '2020-05-28'", "date: '2020-05-32'"));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/events\.yaml:\d+:3 {2}event "2020-05-28-gpt-3-paper", field "date": expected an ISO date as precise as the sources allow: YYYY, YYYY-MM or YYYY-MM-DD/m);
		expect(output).toContain('src/content/events.yaml');
	});

	test('when an event has an unknown category, naming the event and the categories that exist', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/events.yaml', 'category: governance', 'category: politics'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/events\.yaml:\d+:3 {2}event "2023-11-17-openai-board-removes-altman", field "category": Invalid option: expected one of "investment"\|"infrastructure"\|"model"\|"product"\|"agreement"\|"governance"/m);
	});

	test('when an event names a product page that does not exist, naming the file, line and product', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/events.yaml', 'products: [github-copilot]', 'products: [github-copilots]'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/events\.yaml:\d+:1  event "2021-06-29-github-copilot-preview": products lists "github-copilots", but there is no such product page; expected one of azure-openai-service, github-copilot, microsoft-365-copilot$/m);
	});

	test('when an event has no source whose words were read, naming the event and what is expected', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/events.yaml', '      quote: Introducing ChatGPT\n', ''));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/events\.yaml:\d+:3 {2}event "2022-11-30-chatgpt", field "sources": expected at least one source with a quote: the words of the source that establish the event/m);
	});

	test('when an event cites a source that does not exist, naming the file, line, event and source', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/events.yaml', '    - source: openai-chatgpt', '    - source: openai-chatgpt-launch'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/^src\/content\/events\.yaml:\d+:1  event "2022-11-30-chatgpt" cites source "openai-chatgpt-launch", but there is no such source; expected an id of the sources file$/m);
	});

	test('when a page makes a statement that cites nothing, naming the file, line and the words', () => {
		const { status, output } = syncBroken((f) =>
			f.edit('src/content/docs/themes/responsible-ai.mdx', '## What the article says\n', '## What the article says\n\nBoth companies publish annual AI safety reports.\n'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/^src\/content\/docs\/themes\/responsible-ai\.mdx:\d+:1  paragraph "Both companies publish annual AI safety reports\." cites nothing; expected a <Cite> for what it states, or <Wayfinding> around text that only guides the reader$/m,
		);
	});

	test('when a list item cites nothing, though the item after it does', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/docs/themes/index.mdx', '\n- **Infrastructure**', '\n- **People**: the teams of both companies.\n- **Infrastructure**'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/themes\/index\.mdx:\d+:3  list item "People: the teams of both companies\." cites nothing/);
	});

	test('when a correction note names an event that has no correction', () => {
		const { status, output } = syncBroken((f) => f.edit('src/content/docs/index.mdx', '<RecordNote event="2016-11-openai-moves-experiments-to-azure" />', '<RecordNote event="2022-11-30-chatgpt" />'));
		expect(status).not.toBe(0);
		expect(output).toMatch(/index\.mdx:\d+:1  <RecordNote event="2022-11-30-chatgpt">: the event has no "correction" to show/);
	});
});

test('the unchanged project syncs cleanly, so the failures above are caused by the changes', { timeout: 60_000 }, () => {
	const { status, output } = syncBroken(() => {});
	expect(output).not.toMatch(/error/i);
	expect(status).toBe(0);
});
