import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';
import { parse } from 'yaml';

/** The events as written, to count what the page should show. */
const written = parse(readFileSync('src/content/events.yaml', 'utf8')) as Array<{ id: string; category: string; article?: unknown[] }>;
const count = (category: string) => written.filter((event) => event.category === category).length;

const rows = (page: Page) => page.locator('.timeline-year li');
const visibleCount = (page: Page) => rows(page).evaluateAll((list) => list.filter((e) => e.checkVisibility()).length);

test('lists every event on one line per event, grouped by year, each dated at its true precision', async ({ page }) => {
	await page.goto('/timeline/');
	await expect(rows(page)).toHaveCount(written.length);
	expect(written.length).toBeGreaterThanOrEqual(50);
	await expect(page.getByRole('heading', { level: 2, name: '2019' })).toBeVisible();
	const row = page.locator('[id="2021-11-azure-openai-service-introduced"]');
	await expect(row.locator('time')).toHaveAttribute('datetime', '2021-11');
	await expect(row.locator('time')).toHaveText('November 2021');
	// The number shown is a CSS counter of the visible events, so it is right without JavaScript too.
	expect(await page.locator('.timeline-count').evaluate((el) => getComputedStyle(el, '::before').content)).toContain(`of ${written.length} events`);
});

test('an event’s first address lands on its line, highlighted, which leads to the event told in full on its year’s page', async ({ page }) => {
	await page.goto('/timeline/#2023-11-29-microsoft-board-observer-seat');
	const row = page.locator('[id="2023-11-29-microsoft-board-observer-seat"]');
	await expect(row).toBeInViewport();
	expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
	await row.getByRole('link').click();
	await expect(page).toHaveURL(/\/timeline\/2023\/#2023-11-29-microsoft-board-observer-seat$/);
	const event = page.locator('.timeline-event', { has: page.locator('[id="2023-11-29-microsoft-board-observer-seat"]') });
	await expect(event).toBeInViewport();
	await expect(event).toContainText('Sources:');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline: 2023');
});

test('a year’s page tells each of its events in full and leads to the years beside it', async ({ page }) => {
	await page.goto('/timeline/2025/');
	const events = page.locator('.timeline-event');
	expect(await events.count()).toBe(written.filter((event) => event.id.startsWith('2025')).length);
	await expect(events.first().getByRole('heading', { level: 2 })).toBeVisible();
	await page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: '2026 →' }).click();
	await expect(page).toHaveURL(/\/timeline\/2026\/$/);
});

test('filters by category and keeps the choice in the address', async ({ page }) => {
	await page.goto('/timeline/');
	await page.getByText(`Governance (${count('governance')})`).click();
	expect(await visibleCount(page)).toBe(count('governance'));
	await expect(page).toHaveURL(/\?category=governance$/);
	await page.getByText(`All (${written.length})`).click();
	await page.getByLabel('Only events the article speaks of').check();
	const inArticle = written.filter((event) => (event.article ?? []).length > 0).length;
	expect(await visibleCount(page)).toBe(inArticle);
	await expect(page).toHaveURL(/\?article=1$/);
});

test('the filters offer the kinds of the wider field: other partners and oversight', async ({ page }) => {
	await page.goto('/timeline/?category=oversight');
	await expect(page.getByRole('radio', { name: /^oversight/i })).toBeChecked();
	expect(await visibleCount(page)).toBe(count('oversight'));
	expect(count('oversight')).toBeGreaterThan(0);
	await page.getByText(`Partner (${count('partner')})`).click();
	expect(await visibleCount(page)).toBe(count('partner'));
	await expect(page.getByRole('heading', { level: 2, name: '2016' })).toBeHidden();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the filters still work', async ({ page }) => {
		await page.goto('/timeline/');
		await page.getByText(`Model (${count('model')})`).click();
		expect(await visibleCount(page)).toBe(count('model'));
		await expect(page.getByRole('heading', { level: 2, name: '2016' })).toBeHidden();
	});
});

test('a product page lists its events, linking to each told in full', async ({ page }) => {
	await page.goto('/products/github-copilot/');
	const section = page.getByRole('region', { name: 'GitHub Copilot on the timeline' });
	const links = section.getByRole('listitem').getByRole('link');
	await expect(links.first()).toHaveText('GitHub Copilot enters technical preview');
	await links.first().click();
	await expect(page).toHaveURL(/\/timeline\/2021\/#2021-06-29-github-copilot-preview$/);
	await expect(page.locator('[id="2021-06-29-github-copilot-preview"]')).toBeInViewport();
});

test('the overview shows the key milestones', async ({ page }) => {
	await page.goto('/');
	const section = page.getByRole('region', { name: 'Key milestones' });
	await expect(section.getByRole('listitem')).toHaveCount(written.filter((event) => (event as { milestone?: boolean }).milestone).length);
});

test('searching for an event lands on the event itself', async ({ page }) => {
	await page.goto('/search/?q=observer%20seat');
	const link = page.locator('.search-result[href*="#2023-11-29-microsoft-board-observer-seat"]').first();
	await expect(link).toBeVisible();
	await link.click();
	await expect(page.locator('[id="2023-11-29-microsoft-board-observer-seat"]')).toBeInViewport();
});
