import { expect, test } from '@playwright/test';

test.describe('the terms table', () => {
	test('on a desktop: a term per row and an agreement per column, every filled cell cited, changes marked', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto('/record/terms/');
		const table = page.getByRole('table', { name: 'The terms of the partnership, agreement by agreement' });
		const columns = table.locator('thead th');
		expect(await columns.count()).toBeGreaterThanOrEqual(6); // "Term" and at least five agreements
		const rows = table.locator('tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(8);
		for (const cell of await table.locator('td.term-step').all()) await expect(cell.locator('.cite-marker').first()).toBeAttached();
		await expect(table.locator('td.term-changed').first()).toContainText('Changed:');
		// The licence: exclusive in February 2026, non-exclusive from April 2026.
		const licence = page.locator('#term-licence');
		await expect(licence).toContainText('Unchanged: The licence is still exclusive');
		await expect(licence).toContainText('Changed: Non-exclusive, through 2032');
	});

	test('is linked from the overview, the evolution page and the timeline', async ({ page }) => {
		for (const path of ['/', '/themes/evolution/', '/timeline/']) {
			await page.goto(path);
			await expect(page.locator('main a[href="/record/terms/"]').first(), path).toBeVisible();
		}
	});

	test('on a wide screen the whole table is in view, without scrolling sideways', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto('/record/terms/');
		const region = page.getByRole('region', { name: 'The terms of the partnership, agreement by agreement' });
		expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
	});

	test('a row and a column have addresses that land on them', async ({ page }) => {
		await page.goto('/record/terms/#term-revenue-share');
		await expect(page.locator('#term-revenue-share')).toBeInViewport();
		expect(await page.locator('#term-revenue-share').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
		await expect(page.locator('[id="at-2026-04-27"]')).toHaveText('April 2026');
	});

	test('on a phone each term is its list of dated steps, with no sideways scrolling, with or without JavaScript', async ({ browser }) => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/record/terms/');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			const cloud = page.locator('#term-cloud');
			await expect(cloud.locator('td.term-step').first()).toBeVisible();
			// Each step names its agreement's date above it; the grid's empty cells give way.
			expect(await cloud.locator('td.term-step').first().evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"July 2019"');
			await expect(cloud.locator('td.term-none, td.term-same').first()).toBeHidden();
			await context.close();
		}
	});
});

test.describe('the money page', () => {
	test('draws its charts as inline SVG with a text alternative, told apart by how each figure is known', async ({ browser }) => {
		// No chart library and no script: the charts are drawn with JavaScript off.
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/record/money/');
		const money = page.getByRole('img', { name: /Microsoft's money in OpenAI, in billions of US dollars/ });
		await expect(money).toBeVisible();
		await expect(money).toContainText('$13 billion');
		await expect(money).toContainText('about $10 billion (reported)');
		await expect(page.getByRole('img', { name: /Microsoft's share of OpenAI, in percent/ })).toBeVisible();
		// The only script the page names is the one every page shares.
		const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((el) => el.getAttribute('src')));
		await page.goto('/');
		const shared = await page.locator('script[src]').evaluateAll((els) => els.map((el) => el.getAttribute('src')));
		expect(scripts).toEqual(shared);
		await context.close();
	});

	test('every bar has its row in the table, which cites its sources and has an address of its own', async ({ page }) => {
		await page.goto('/record/money/');
		const labels = await page.locator('.figure-chart svg > g:not(.legend) > text:first-child').allTextContents();
		expect(labels.length).toBeGreaterThanOrEqual(8);
		for (const label of labels) await expect(page.locator('.figure-table tbody tr', { hasText: label.trim() })).toHaveCount(1);
		await page.goto('/record/money/#figure-total-committed');
		const row = page.locator('#figure-total-committed');
		await expect(row).toBeInViewport();
		await expect(row).toContainText('$13 billion');
		await expect(row).toContainText('in a filing');
		await expect(row.locator('.cite-marker').first()).toBeAttached();
	});

	test('offers the same figures as CSV and JSON', async ({ page, request }) => {
		await page.goto('/record/money/');
		const csvHref = await page.getByRole('link', { name: 'CSV' }).getAttribute('href');
		const csv = await request.get(csvHref!);
		expect(csv.headers()['content-type']).toContain('text/csv');
		expect(await csv.text()).toContain('total-committed,2024-10-30,money,"Committed in all, by October 2024",13,');
		const json = await (await request.get((await page.getByRole('link', { name: 'JSON' }).getAttribute('href'))!)).json();
		expect(json.figures.find((figure: { id: string }) => figure.id === 'stake-after-recapitalisation')).toMatchObject({ amount: 27, unit: 'percent', basis: 'filed' });
	});
});

test('the record’s pages read on a phone without scrolling the page sideways', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	for (const path of ['/record/', '/record/terms/', '/record/money/', '/record/partners/', '/record/oversight/', '/record/people/']) {
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
	}
	await context.close();
});
