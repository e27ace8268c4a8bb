import { expect, test } from '@playwright/test';

const events = (page: import('@playwright/test').Page) => page.locator('.timeline-event');
const visibleCount = (page: import('@playwright/test').Page) => events(page).evaluateAll((list) => list.filter((e) => e.checkVisibility()).length);

test('shows every event in an ordered list per year, each with a date at its true precision', async ({ page }) => {
	await page.goto('/timeline/');
	await expect(events(page)).toHaveCount(32);
	await expect(page.getByRole('heading', { level: 2, name: '2019' })).toBeVisible();
	const event = page.locator('.timeline-event', { has: page.locator('[id="2021-11-azure-openai-service-introduced"]') });
	await expect(event.locator('time')).toHaveAttribute('datetime', '2021-11');
	await expect(event.locator('time')).toHaveText('November 2021');
	await expect(page.locator('.timeline-count')).toBeVisible();
	// The number shown is a CSS counter of the visible events, so it is right without JavaScript too.
	expect(await page.locator('.timeline-count').evaluate((el) => getComputedStyle(el, '::before').content)).toContain('of 32 events');
});

test('filters by category and keeps the choice in the address', async ({ page }) => {
	await page.goto('/timeline/');
	await page.getByText('Governance (3)').click();
	expect(await visibleCount(page)).toBe(3);
	await expect(page).toHaveURL(/\?category=governance$/);
	await page.getByLabel('Only events the article speaks of').check();
	expect(await visibleCount(page)).toBe(0);
	await expect(page).toHaveURL(/\?category=governance&article=1$/);
	await page.getByText('All (32)').click();
	const inArticle = await page.locator('.timeline-event[data-in-article]').count();
	expect(await visibleCount(page)).toBe(inArticle);
	expect(inArticle).toBeGreaterThan(10);
	expect(inArticle).toBeLessThan(32);
});

test('filters the events where the article is vague or wrong, each with what the record says', async ({ page }) => {
	await page.goto('/timeline/');
	await page.getByLabel('Only where the article is vague or wrong').check();
	await expect(page).toHaveURL(/\?corrects=1$/);
	const shown = events(page).filter({ visible: true });
	expect(await shown.count()).toBe(await page.locator('.timeline-event[data-corrects]').count());
	expect(await shown.count()).toBeGreaterThanOrEqual(8);
	for (const event of await shown.all()) await expect(event).toContainText('What the record says:');
	// Events the article does not speak of carry no "In the article" mark.
	const observer = page.locator('.timeline-event', { has: page.locator('[id="2023-11-29-microsoft-board-observer-seat"]') });
	await expect(observer.getByText('In the article')).toHaveCount(0);
});

test('a shared filtered address opens with the same filters', async ({ page }) => {
	await page.goto('/timeline/?category=product');
	await expect(page.getByRole('radio', { name: /^product/i })).toBeChecked();
	expect(await visibleCount(page)).toBe(await page.locator('.timeline-event[data-category="product"]').count());
	await expect(page.getByRole('heading', { level: 2, name: '2016' })).toBeHidden();
});

test('an event’s address lands on it, highlighted, even when shared filters would hide it', async ({ page }) => {
	await page.goto('/timeline/?category=product#2023-11-29-microsoft-board-observer-seat');
	const heading = page.locator('[id="2023-11-29-microsoft-board-observer-seat"]');
	await expect(heading).toBeInViewport();
	const event = page.locator('.timeline-event', { has: heading });
	expect(await event.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the filters still work', async ({ page }) => {
		await page.goto('/timeline/');
		await page.getByText('Model (4)').click();
		expect(await visibleCount(page)).toBe(4);
		await expect(page.getByRole('heading', { level: 2, name: '2016' })).toBeHidden();
		await page.getByLabel('Only events the article speaks of').check();
		expect(await visibleCount(page)).toBe(await page.locator('.timeline-event[data-category="model"][data-in-article]').count());
	});
});

test('a product page lists its events, linking to the timeline', async ({ page }) => {
	await page.goto('/products/github-copilot/');
	const section = page.getByRole('region', { name: 'GitHub Copilot on the timeline' });
	const links = section.getByRole('listitem').getByRole('link');
	await expect(links).toHaveText(['GitHub Copilot enters technical preview', 'GitHub Copilot becomes generally available']);
	await links.first().click();
	await expect(page).toHaveURL(/\/timeline\/#2021-06-29-github-copilot-preview$/);
	await expect(page.locator('[id="2021-06-29-github-copilot-preview"]')).toBeInViewport();
});

test('the overview shows the key milestones', async ({ page }) => {
	await page.goto('/');
	const section = page.getByRole('region', { name: 'Key milestones' });
	await expect(section.getByRole('listitem')).toHaveCount(7);
});

test('searching for an event lands on the event itself', async ({ page }) => {
	await page.goto('/search/?q=observer%20seat');
	const link = page.locator('.search-result[href*="#2023-11-29-microsoft-board-observer-seat"]').first();
	await expect(link).toBeVisible();
	await link.click();
	await expect(page.locator('[id="2023-11-29-microsoft-board-observer-seat"]')).toBeInViewport();
});
