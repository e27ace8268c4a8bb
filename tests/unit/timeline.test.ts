import { describe, expect, test } from 'vitest';
import { checkEventProducts, groupByYear, timelineFilterCss } from '../../src/lib/timeline.ts';

const event = (id: string, date: string, category = 'model') => ({ id, date, category });

describe('groupByYear', () => {
	test('orders events by date and groups them by year, keeping written order for equal dates', () => {
		const groups = groupByYear([event('c', '2020-05'), event('a', '2019'), event('d', '2020-05'), event('b', '2020-01-02')]);
		expect(groups.map((g) => `${g.year}: ${g.events.map((e) => e.id).join(' ')}`)).toEqual(['2019: a', '2020: b c d']);
	});
});

describe('timelineFilterCss', () => {
	const css = timelineFilterCss(['model', 'product']);

	test('hides the events of other categories when a category is chosen', () => {
		expect(css).toContain('.timeline:has(#filter-model:checked) [data-category]:not([data-category="model"]) { display: none; }');
	});

	test('hides a year with no event of the chosen category', () => {
		expect(css).toContain('.timeline:has(#filter-product:checked) .timeline-year:not(:has([data-category="product"])) { display: none; }');
	});

	test('shows events without their year headings and year links when a flag is checked, so no empty year remains', () => {
		expect(css).toContain('.timeline:has(#filter-article:checked, #filter-corrects:checked) .timeline-year > :is(.heading-wrapper, .year-link) { display: none; }');
	});

	test('hides the events the article does not speak of, or does not get wrong, when asked to', () => {
		expect(css).toContain('.timeline:has(#filter-article:checked) [data-category]:not([data-in-article]) { display: none; }');
		expect(css).toContain('.timeline:has(#filter-corrects:checked) [data-category]:not([data-corrects]) { display: none; }');
	});
});

test('names an event that points at a product page that does not exist', () => {
	const at = { file: 'events.yaml', line: 3, column: 1 };
	expect(checkEventProducts([{ id: '2020-x', products: ['github-copilot', 'bing'], at }], ['github-copilot', 'azure-openai-service'])).toEqual([
		{ at, message: 'event "2020-x": products lists "bing", but there is no such product page; expected one of github-copilot, azure-openai-service' },
	]);
});

describe('partialDateSchema', () => {
	test('accepts a year, a month or a day, and rejects a day the calendar does not have', async () => {
		const { partialDateSchema } = await import('../../src/schemas/event.ts');
		expect(['2019', '2019-07', '2019-07-22'].map((d) => partialDateSchema.safeParse(d).success)).toEqual([true, true, true]);
		expect(['2023-02-30', '2019-13', '19-07-22', '2019-7-2'].map((d) => partialDateSchema.safeParse(d).success)).toEqual([false, false, false, false]);
	});
});
