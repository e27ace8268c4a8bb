// The site's own citations, checked as the build checks them, without a build.
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { formatProblems } from '../../src/lib/contentProblems.ts';
import { readSiteProvenance } from '../../src/loaders/siteContent.ts';

const provenance = readSiteProvenance(pathToFileURL(`${process.cwd()}/`));

test('every citation on every page holds against the seed', () => {
	expect(formatProblems(provenance.problems)).toBe('');
});

test('every block of the article is cited somewhere (coverage 100%)', () => {
	expect(provenance.uncited.map((b) => b.id)).toEqual([]);
	expect(provenance.blocks).toHaveLength(12);
});

test('every page makes citations, but the sources page, which only guides the reader', () => {
	const silent = provenance.pages.filter((p) => p.citations.citations.length === 0).map((p) => p.citations.file);
	expect(silent).toEqual(['src/content/docs/sources.mdx']);
	expect(provenance.pages.find((p) => p.citations.file === 'src/content/docs/sources.mdx')?.citations.statementCount).toBe(0);
});

test.each(['products/github-copilot.mdx', 'products/microsoft-365-copilot.mdx', 'products/azure-openai-service.mdx'])(
	'the product page %s has at least 400 words of cited prose',
	(file) => {
		const page = provenance.pages.find((p) => p.citations.file === `src/content/docs/${file}`)!;
		expect(page.citations.problems).toEqual([]);
		expect(page.citations.statementWords).toBeGreaterThanOrEqual(400);
	},
);

test('every page shows what the record says beside the claims the timeline corrects', () => {
	const notes = (file: string) => provenance.pages.find((p) => p.citations.file === `src/content/docs/${file}`)!.citations.recordNotes.map((n) => n.eventId);
	expect(notes('index.mdx')).toEqual(['2016-11-openai-moves-experiments-to-azure', '2023-01-16-azure-openai-service-generally-available']);
	expect(notes('themes/evolution.mdx')).toEqual(
		expect.arrayContaining(['2024-10-30-13-billion-commitment-disclosed', '2025-09-11-memorandum-of-understanding', '2025-10-28-recapitalization-and-new-agreement', '2026-04-27-amended-agreement']),
	);
	expect(notes('products/microsoft-365-copilot.mdx')).toContain('2023-03-16-microsoft-365-copilot-announced');
	expect(notes('themes/azure.mdx')).toContain('2022-04-06-dall-e-2');
});
