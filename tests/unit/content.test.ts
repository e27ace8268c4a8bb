// The content rules, checked over src/content/ without a build: valid frontmatter, and every block of the article used.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { articleBlocks } from '../../src/lib/article.ts';
import { readArticle } from '../../src/loaders/article.ts';
import { parseYamlList } from '../../src/loaders/yamlList.ts';
import { docSchema } from '../../src/schemas/doc.ts';
import { eventSchema } from '../../src/schemas/event.ts';

const blockIds = articleBlocks(readArticle()).map((b) => b.id);
const DOCS = 'src/content/docs';
const EVENTS = 'src/content/events.yaml';

const docFiles = readdirSync(DOCS, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
const docs = docFiles.map((file) => {
	const text = readFileSync(`${DOCS}/${file}`, 'utf8');
	const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1];
	return { file, data: frontmatter === undefined ? undefined : parse(frontmatter) };
});
const events = parseYamlList(readFileSync(EVENTS, 'utf8'), EVENTS);

describe('pages', () => {
	test.each(docs.map((d) => [d.file, d.data]))('%s has valid frontmatter citing existing blocks', (_file, data) => {
		const result = docSchema(blockIds).safeParse(data);
		expect(result.error?.issues ?? []).toEqual([]);
	});

	test('include every page the site promises', () => {
		expect(docFiles.map((f) => f.replace(/\\/g, '/')).sort()).toEqual([
			'index.mdx',
			'products/azure-openai-service.mdx',
			'products/github-copilot.mdx',
			'products/index.mdx',
			'products/microsoft-365-copilot.mdx',
			'source.mdx',
			'themes/azure.mdx',
			'themes/evolution.mdx',
			'themes/index.mdx',
			'themes/responsible-ai.mdx',
			'themes/road-ahead.mdx',
			'timeline.mdx',
		]);
	});
});

describe('events', () => {
	test.each(events.map((e) => [e.id, e]))('%s is valid and cites existing blocks', (_id, data) => {
		const result = eventSchema(blockIds).safeParse(data);
		expect(result.error?.issues ?? []).toEqual([]);
	});
});

test('every block of the article is used by at least one page or event', () => {
	// The source page shows every block by definition, so it does not count as using them.
	const used = new Set([
		...docs.filter((d) => d.file !== 'source.mdx').flatMap((d) => (d.data?.sources as string[] | undefined) ?? []),
		...events.flatMap((e) => e.sources as string[]),
	]);
	const unused = blockIds.filter((id) => !used.has(id));
	expect(unused, `blocks no page rests on: ${unused.join(', ')}`).toEqual([]);
	expect(used.size).toBe(blockIds.length);
});
