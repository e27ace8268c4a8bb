// The timeline as machines read it: /timeline.json and the RSS feed, checked against the events.
import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { siteAddress } from '../built-site.ts';

// The events as written, read with a plain YAML parser rather than the site's own loader.
const written = parse(readFileSync('src/content/events.yaml', 'utf8')) as Array<{ id: string; date: string; sources?: unknown[] }>;
const json = JSON.parse(readFileSync('dist/timeline.json', 'utf8'));

describe('/timeline.json', () => {
	test('lists every event once, in date order, with an address on the timeline', () => {
		const byDate = [...written].sort((a, b) => String(a.date).localeCompare(String(b.date)));
		expect(json.events.map((e: { id: string }) => e.id)).toEqual(byDate.map((e) => e.id));
		expect(json.events[0].url).toBe(siteAddress('/timeline/#2016-11-openai-moves-experiments-to-azure'));
	});

	test('resolves each outside source to its address, publisher and kind', () => {
		const event = json.events.find((e: { id: string }) => e.id === '2023-03-14-gpt-4');
		expect(event.sources).toEqual([{ url: 'https://openai.com/index/gpt-4/', publisher: 'OpenAI', kind: 'primary', quote: 'GPT-4 was trained on Microsoft Azure AI supercomputers.' }]);
	});

	test('says what the record corrects, and which claims an event bears on without the article speaking of it', () => {
		const event = json.events.find((e: { id: string }) => e.id === '2016-11-openai-moves-experiments-to-azure');
		expect(event.in_article).toEqual([]);
		expect(event.bears_on[0]).toMatchObject({ block: 'p1', quote: 'Their collaboration, forged in 2019' });
		expect(event.correction).toMatch(/^The cloud relationship began in 2016/);
	});

	test('keeps every outside source and the precision of every date', () => {
		const sources = (events: Array<{ sources?: unknown[] }>) => events.reduce((n, e) => n + (e.sources?.length ?? 0), 0);
		expect(sources(json.events)).toBe(sources(written));
		expect(json.events.find((e: { id: string }) => e.id === '2021-11-azure-openai-service-introduced')).toMatchObject({ date: '2021-11', precision: 'month' });
	});

	test('links each citation of the article to its block on the source page', () => {
		const event = json.events.find((e: { id: string }) => e.id === '2019-07-22-microsoft-invests-1-billion');
		expect(event.in_article[0]).toEqual({ block: 'p2', quote: 'initially marked by a $1 billion investment in 2019', url: siteAddress('/source/#p2') });
	});
});

describe('the RSS feed', () => {
	const feed = parseDocument(readFileSync('dist/timeline.xml', 'utf8'), { xmlMode: true });
	const channel = DomUtils.findOne((el) => el.name === 'channel', feed.children)!;
	const items = DomUtils.findAll((el) => el.name === 'item', channel.children);
	const text = (parent: typeof channel, name: string) => DomUtils.textContent(DomUtils.findOne((el) => el.name === name, parent.children)!);

	test('is an RSS 2.0 channel with a title, a link and a description', () => {
		expect(DomUtils.findOne((el) => el.name === 'rss', feed.children)?.attribs['version']).toBe('2.0');
		expect(text(channel, 'title')).toBe('Timeline of the Microsoft–OpenAI partnership');
		expect(URL.canParse(text(channel, 'link'))).toBe(true);
		expect(text(channel, 'description').length).toBeGreaterThan(20);
	});

	test('has an item per event, each with a title, a permanent link and an RFC 822 date', () => {
		const timeline = siteAddress('/timeline/');
		expect(items).toHaveLength(written.length);
		for (const item of items) {
			expect(text(item, 'title').length).toBeGreaterThan(3);
			const link = text(item, 'link');
			expect(link.slice(0, timeline.length)).toBe(timeline);
			// Each event links to its year's page, where it is told in full.
			expect(link.slice(timeline.length)).toMatch(/^(\d{4})\/#\1[-a-z0-9]+$/);
			expect(text(item, 'guid')).toBe(text(item, 'link'));
			expect(text(item, 'pubDate')).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
		}
	});
});
