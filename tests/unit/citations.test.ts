import { describe, expect, test } from 'vitest';
import { parseArticle, articleBlocks } from '../../src/lib/article.ts';
import { extractCitations, verifyPage } from '../../src/lib/citations.ts';
import { formatProblems } from '../../src/lib/contentProblems.ts';
import { normalizePassage } from '../../src/lib/passage.ts';
import { indexBlocks } from '../../src/lib/quotes.ts';

const blocks = indexBlocks(articleBlocks(
	parseArticle('Title\nMicrosoft invested $1 billion in 2019.\nIts “commitment” grew to over $13 billion — a major stake.\nExamples:\n- Azure OpenAI Service: direct access.\n')),
);

const record = { sources: new Set(['openai-gpt-4']), events: new Map([['2023-03-14-gpt-4', {}], ['2016-11-azure', { correction: 'Azure came first.' }]]) };

const page = (body: string) => `---\ntitle: A page\norder: 1\n---\n\n${body}\n`;

describe('normalizePassage', () => {
	test('treats curly and straight quotes, dashes and runs of spaces alike', () => {
		expect(normalizePassage('Its “commitment”\n  grew — fast’s')).toBe('Its "commitment" grew - fast\'s');
		expect(normalizePassage('Its "commitment" grew - fast\'s')).toBe('Its "commitment" grew - fast\'s');
	});
});

describe('extractCitations', () => {
	test('reads each citation with its line, column and h2 section', () => {
		const result = extractCitations(page('Intro.<Cite id="p1" quote="invested $1 billion" />\n\n## Money\n\n### Detail\n\nMore.<Cite id="p2" quote="over $13 billion" />'), 'a.mdx');
		expect(result.citations.map((c) => [c.kind === 'article' && c.blockId, c.at.line, c.at.column, c.section?.id])).toEqual([
			['p1', 6, 7, undefined],
			['p2', 12, 6, 'money'],
		]);
		expect(result.sections).toEqual([{ id: 'money', title: 'Money', line: 8 }]);
	});

	test('reads the frontmatter title', () => {
		expect(extractCitations(page('Text.<Cite id="p1" quote="in 2019" />'), 'a.mdx').title).toBe('A page');
	});

	test('names a day of the frontmatter that the calendar does not have, at its line', () => {
		const result = extractCitations('---\ntitle: x\npublished: 2026-02-30\n---\n\nText.<Cite id="p1" quote="in 2019" />\n', 'a.mdx');
		expect(formatProblems(result.problems)).toBe('a.mdx:3:1  frontmatter field "published": 2026-02-30 is not a day of the calendar; expected a real day, YYYY-MM-DD');
	});

	test('reads a citation of an outside source and of a timeline event', () => {
		const [source, event] = extractCitations(page('Text.<Cite source="openai-gpt-4" quote="trained on Azure" /> More.<Cite event="2023-03-14-gpt-4" />'), 'a.mdx').citations;
		expect(source).toMatchObject({ kind: 'source', sourceId: 'openai-gpt-4', quote: 'trained on Azure' });
		expect(event).toMatchObject({ kind: 'event', eventId: '2023-03-14-gpt-4' });
	});

	test('marks a citation of the article inside a correction note of the page’s own, so /source/ can point to the note', () => {
		const body = 'Claim.<Cite id="p1" quote="invested $1 billion" />\n\n<RecordNote>\n\nThe record differs.<Cite source="openai-gpt-4" quote="trained on Azure" /><Cite id="p1" quote="in 2019" />\n\n</RecordNote>';
		const citations = extractCitations(page(body), 'a.mdx').citations;
		expect(citations.map((c) => [c.kind, c.kind === 'article' ? Boolean(c.inRecordNote) : null])).toEqual([
			['article', false],
			['source', null],
			['article', true],
		]);
	});

	test('counts a section that shows a data table as cited: the data file cites its rows', () => {
		const result = extractCitations(page('Intro.<Cite id="p1" quote="in 2019" />\n\n## Every figure\n\n<FigureTable />'), 'a.mdx', 'record/money');
		expect(result.sections).toEqual([{ id: 'every-figure', title: 'Every figure', line: 8, showsData: true }]);
		expect(verifyPage(result, blocks, record)).toEqual([]);
	});

	test('gives headings the ids Astro gives them, repeated ones included', () => {
		const result = extractCitations(page('## Why it matters\n\nA.<Cite id="p1" quote="in 2019" />\n\n## Why it matters\n\nB.<Cite id="p1" quote="in 2019" />'), 'a.mdx');
		expect(result.sections.map((s) => s.id)).toEqual(['why-it-matters', 'why-it-matters-1']);
	});

	test('reports a citation that names no source, or two', () => {
		const result = extractCitations(page('A.<Cite quote="x y" /> B.<Cite id="p1" source="openai-gpt-4" quote="x y" />'), 'a.mdx');
		expect(result.citations).toEqual([]);
		const expected =
			'<Cite> needs exactly one of id="p<n>" (a block of the source article), source="…" (an id of src/content/sources.yaml) or event="…" (an event of the timeline)';
		expect(result.problems.map((p) => p.message)).toEqual([expected, expected]);
	});

	test('reports an attribute written as an expression, which cannot be checked', () => {
		const result = extractCitations(page('A.<Cite id={"p" + 1} />'), 'a.mdx');
		expect(result.problems[0]!.message).toMatch(/prop "id" must be a plain string in quotes/);
	});

	test('reports a citation inside a heading', () => {
		const result = extractCitations(page('## Money <Cite id="p1" quote="in 2019" />\n\nText.'), 'a.mdx');
		expect(result.problems.map((p) => p.message)).toContain('<Cite> cannot stand in a heading; place it after the statement it supports');
	});
});

describe('extractCitations on unreadable input', () => {
	test('names the file and line of MDX that cannot be parsed', () => {
		const result = extractCitations(page('Text.\n\n<Cite id="p1" quote="x y"'), 'a.mdx');
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]!.at.file).toBe('a.mdx');
		expect(result.problems[0]!.message).toMatch(/^not valid MDX: /);
	});

	test('names the file and line of frontmatter that is not valid YAML', () => {
		const result = extractCitations('---\ntitle: [x\n---\n\n<Wayfinding>\n\nText.\n\n</Wayfinding>\n', 'a.mdx');
		expect(result.problems.map((p) => [p.at.file, p.message.split(':')[0]])).toEqual([['a.mdx', 'frontmatter is not valid YAML']]);
		expect(result.problems[0]!.at.line).toBeGreaterThan(1);
	});

	test('asks for the quote a citation of the article rests on', () => {
		expect(extractCitations(page('Text.<Cite id="p1" />'), 'a.mdx').problems.map((p) => p.message)).toEqual([
			'<Cite id="p1">: add quote="…" with the words of block p1 the statement rests on',
		]);
	});

	test('asks for the words read from an outside source', () => {
		expect(extractCitations(page('Text.<Cite source="openai-gpt-4" />'), 'a.mdx').problems.map((p) => p.message)).toEqual([
			'<Cite source="openai-gpt-4">: add quote="…" with the words of the source the statement rests on',
		]);
	});

	test('refuses a quote on an event, which carries its own sources', () => {
		expect(extractCitations(page('Text.<Cite event="2023-03-14-gpt-4" quote="x y" />'), 'a.mdx').problems.map((p) => p.message)).toEqual([
			'<Cite event="2023-03-14-gpt-4"> takes no quote; the event carries its own sources',
		]);
	});
});

describe('verifyPage', () => {
	const verify = (body: string) => formatProblems(verifyPage(extractCitations(page(body), 'a.mdx'), blocks, record));

	test('accepts a quote that differs from the block only in typography', () => {
		expect(verify('Text.<Cite id="p2" quote="Its &quot;commitment&quot; grew to over $13 billion - a major stake" />')).toBe('');
		expect(verify("Text.<Cite id=\"p2\" quote='Its \"commitment\"   grew' />")).toBe('');
	});

	test('names the file, line, id and quote when the quote is not in the block, and the block it is in', () => {
		expect(verify('Text.<Cite id="p1" quote="in 2019" />\n\nMore.<Cite id="p1" quote="over $13 billion" />')).toBe(
			'a.mdx:8:6  <Cite id="p1">: the quote "over $13 billion" is not in block p1; it occurs in p2',
		);
	});

	test('says when a quote occurs nowhere in the article', () => {
		expect(verify('Text.<Cite id="p1" quote="a quote from elsewhere" />')).toBe(
			'a.mdx:6:6  <Cite id="p1">: the quote "a quote from elsewhere" is not in block p1; it occurs nowhere in the article',
		);
	});

	test('names a block that does not exist and the blocks that do', () => {
		expect(verify('Text.<Cite id="p9" quote="in 2019" />')).toBe('a.mdx:6:6  <Cite id="p9">: the source article has no block "p9"; its blocks are p1–p4');
	});

	test('names a heading with nothing cited under it', () => {
		expect(verify('Intro.<Cite id="p1" quote="in 2019" />\n\n## Uncited\n\n<Wayfinding>\n\nSee elsewhere.\n\n</Wayfinding>')).toBe(
			'a.mdx:8:1  heading "Uncited" has nothing cited under it before the next heading; expected a cited paragraph under every heading (a heading names its section, it does not stand alone)',
		);
	});

	test('matches a quote on whole words only, and asks for at least two of them', () => {
		expect(verify('Text.<Cite id="p1" quote="nvested $1" />')).toMatch(/the quote "nvested \$1" is not in block p1; it occurs nowhere in the article/);
		expect(verify('Text.<Cite id="p1" quote="Microsoft" />')).toMatch(/the quote "Microsoft" is too short to pin a passage; quote at least two words/);
	});

	test('names an outside source or an event that does not exist', () => {
		expect(verify('Text.<Cite id="p1" quote="in 2019" /> Also.<Cite source="openai-gpt-5" quote="x y" /> And.<Cite event="2030-agi" />')).toBe(
			'a.mdx:6:44  <Cite source="openai-gpt-5">: there is no such source; expected an id of the sources file\n' +
				'a.mdx:6:91  <Cite event="2030-agi">: the timeline has no such event',
		);
	});

	test('reports every problem of a page, not only the first', () => {
		const problems = verifyPage(extractCitations(page('A.<Cite id="p7" quote="in 2019" />\n\nB.<Cite id="p1" quote="nowhere at all" />\n\n## S\n\nC.'), 'a.mdx'), blocks, record);
		// The unknown block, the misplaced quote, the heading with nothing cited under it and its uncited paragraph.
		expect(problems).toHaveLength(4);
	});
});

describe('every statement is cited', () => {
	const problems = (body: string) => extractCitations(page(body), 'a.mdx').problems.map((p) => `${p.at.line}: ${p.message}`);

	test('names an uncited paragraph of the introduction with its line', () => {
		expect(problems('Cited.<Cite id="p1" quote="in 2019" />\n\nNot cited at all.')).toEqual([
			'8: paragraph "Not cited at all." cites nothing; expected a <Cite> for what it states, or <Wayfinding> around text that only guides the reader',
		]);
	});

	test('names each uncited list item, even when another item of the list cites', () => {
		expect(problems('- fair,\n- transparent,\n- and safe.<Cite id="p1" quote="in 2019" />')).toEqual([
			'6: list item "fair," cites nothing; expected a <Cite> for what it states, or <Wayfinding> around text that only guides the reader',
			'7: list item "transparent," cites nothing; expected a <Cite> for what it states, or <Wayfinding> around text that only guides the reader',
		]);
	});

	test('names an uncited table row, but not the header row', () => {
		expect(problems('| Figure | Value |\n| --- | --- |\n| Start | 2019<Cite id="p1" quote="in 2019" /> |\n| Stake | large |')).toEqual([
			'9: table row "Stake | large" cites nothing; expected a <Cite> for what it states, or <Wayfinding> around text that only guides the reader',
		]);
	});

	test('checks paragraphs under a #### heading like any other', () => {
		expect(problems('Cited.<Cite id="p1" quote="in 2019" />\n\n#### Deep\n\nUncited.')).toContain('10: paragraph "Uncited." cites nothing; expected a <Cite> for what it states, or <Wayfinding> around text that only guides the reader');
	});

	test('lets text marked as wayfinding stand without a citation', () => {
		expect(problems('Cited.<Cite id="p1" quote="in 2019" />\n\n<Wayfinding>\n\nRead the [timeline](/timeline/) next.\n\n</Wayfinding>')).toEqual([]);
	});

	test('counts the statements a page makes', () => {
		expect(extractCitations(page('A.<Cite id="p1" quote="in 2019" />\n\n- B.<Cite id="p1" quote="in 2019" />\n\n<Wayfinding>\n\nC.\n\n</Wayfinding>'), 'a.mdx').statementCount).toBe(2);
	});
});

describe('what the record says', () => {
	const verify = (body: string) => formatProblems(verifyPage(extractCitations(page(body), 'a.mdx'), blocks, record));

	test('shows the correction of an event that has one', () => {
		expect(verify('Text.<Cite id="p1" quote="in 2019" />\n\n<RecordNote event="2016-11-azure" />')).toBe('');
	});

	test('names an event that does not exist, or has no correction to show', () => {
		expect(verify('Text.<Cite id="p1" quote="in 2019" />\n\n<RecordNote event="2016-12-nothing" />\n\n<RecordNote event="2023-03-14-gpt-4" />')).toBe(
			'a.mdx:8:1  <RecordNote event="2016-12-nothing">: the timeline has no such event\n' +
				'a.mdx:10:1  <RecordNote event="2023-03-14-gpt-4">: the event has no "correction" to show; add one in the events file or cite it with <Cite event>',
		);
	});

	test('asks a note with its own text to cite it', () => {
		expect(verify('Text.<Cite id="p1" quote="in 2019" />\n\n<RecordNote>\n\nThe record differs.\n\n</RecordNote>')).toMatch(/paragraph "The record differs\." cites nothing/);
	});

	test('asks a note to stand on its own line', () => {
		expect(verify('Text.<Cite id="p1" quote="in 2019" /> <RecordNote event="2016-11-azure" />')).toMatch(/<RecordNote> must stand on a line of its own/);
	});
});

describe('the frontmatter as Astro reads it', () => {
	const problems = (mdx: string) => extractCitations(mdx, 'a.mdx', 'x').problems.map((p) => `${p.at.line}: ${p.message}`);
	const body = '\n\nText.<Cite id="p1" quote="in 2019" />\n';

	test('refuses a line that would end the frontmatter for Astro but not for the check, so nothing after it goes unchecked', () => {
		expect(problems(`---\ntitle: T\n---x: a claim {process.version}\n\nexport const o = 1\n\n---${body}`)).toEqual([
			'3: the line "---x: a claim {proce" would end the frontmatter for Astro but not for the content check; expected the frontmatter to close with a line that is exactly "---", and no other line of it to start with "---" or "+++"',
		]);
		expect(problems(`---\ntitle: T\n+++: x\n---${body}`)).toHaveLength(1);
		expect(problems(`+++\ntitle = "T"\n+++${body}`)).toEqual(['1: the frontmatter must open the file with a line "---" (YAML, nothing before it); expected ---, then the fields, then ---']);
	});

	test('refuses a day written so that Astro would read another: merge keys, tags, timestamps', () => {
		expect(problems(`---\ntitle: T\n<<: {published: 2023-02-30}\n---${body}`)).toEqual(['3: frontmatter uses a YAML merge key or tag; expected plain fields, each written out']);
		expect(problems(`---\ntitle: T\npublished: 2023-02-30T00:00:00Z\n---${body}`)).toEqual([
			'3: frontmatter field "published": expected a day written published: YYYY-MM-DD on a line of its own, e.g. published: 2026-11-24',
		]);
		expect(problems(`---\ntitle: T\npublished: 2024-02-29\n---${body}`)).toEqual([]);
	});
});

describe('guidance stays guidance', () => {
	const problems = (body: string) => extractCitations(page(`Intro.<Cite id="p1" quote="in 2019" />\n\n${body}`), 'a.mdx').problems.map((p) => p.message);

	test('refuses a correction note whose text is marked as guidance, and a heading inside guidance', () => {
		expect(problems('<RecordNote>\n\n<Wayfinding>\n\nA claim.\n\n</Wayfinding>\n\n</RecordNote>')).toEqual(['<Wayfinding> cannot stand inside <RecordNote>: what the record says is a statement, and cites']);
		expect(problems('<Wayfinding>\n\n## Ownership\n\nA claim.\n\n</Wayfinding>')).toEqual(['a heading cannot stand inside <Wayfinding>; expected it before, and only guiding text inside']);
	});
});
