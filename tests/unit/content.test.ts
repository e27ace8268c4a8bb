// The content files' own shape, checked without a build: frontmatter and events against their schemas.
import { readFileSync, globSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DOCS_DIR, DOCS_PATTERN, EVENTS_FILE } from '../../src/files.ts';
import { parseYamlList } from '../../src/loaders/yamlList.ts';
import { docSchema } from '../../src/schemas/doc.ts';
import { eventSchema } from '../../src/schemas/event.ts';

const docFiles = globSync(DOCS_PATTERN, { cwd: DOCS_DIR }).sort();
const docs = docFiles.map((file) => {
	const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`${DOCS_DIR}/${file}`, 'utf8'))?.[1];
	// Read as Astro reads it (YAML 1.1, whose timestamps are dates), so `published: 2026-11-24` is a date here too.
	return { file, data: frontmatter === undefined ? undefined : (parse(frontmatter, { schema: 'yaml-1.1' }) as unknown) };
});
const events = parseYamlList(readFileSync(EVENTS_FILE, 'utf8'), EVENTS_FILE);

describe('pages', () => {
	test.each(docs.map((d) => [d.file, d.data] as const))('%s has valid frontmatter', (_file, data) => {
		expect(docSchema.safeParse(data).error?.issues ?? []).toEqual([]);
	});

	test('include every page the site promises: the overview, a page per product, the themes, the timeline, the source article and the record', () => {
		expect(docFiles).toEqual(
			expect.arrayContaining([
				'index.mdx',
				'products/azure-openai-service.mdx',
				'products/github-copilot.mdx',
				'products/microsoft-365-copilot.mdx',
				'themes/index.mdx',
				'timeline.mdx',
				'source.mdx',
				'record/terms.mdx',
				'record/money.mdx',
				'record/partners.mdx',
				'record/oversight.mdx',
				'record/people.mdx',
			]),
		);
	});
});

describe('events', () => {
	test.each(events.map((e) => [e.id, e] as const))('%s is valid', (_id, data) => {
		expect(eventSchema.safeParse(data).error?.issues ?? []).toEqual([]);
	});
});
