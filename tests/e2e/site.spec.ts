import { expect, test } from '@playwright/test';
import { copiedAddress } from './permalinks.ts';

/** Every route of the built site and the heading a reader should see on it. */
const ROUTES: Array<[path: string, heading: string]> = [
	['/', 'The Microsoft–OpenAI partnership'],
	['/themes/', 'Themes of the partnership'],
	['/themes/azure/', 'Azure, the cornerstone of the partnership'],
	['/themes/responsible-ai/', 'Responsible AI'],
	['/themes/evolution/', 'How the partnership evolved'],
	['/themes/road-ahead/', 'The road ahead'],
	['/products/', 'Products of the partnership'],
	['/products/github-copilot/', 'GitHub Copilot'],
	['/products/microsoft-365-copilot/', 'Microsoft 365 Copilot'],
	['/products/azure-openai-service/', 'Azure OpenAI Service'],
	['/timeline/', 'Timeline'],
	['/source/', 'The source article'],
	['/search/', 'Search and site index'],
];

for (const [path, heading] of ROUTES) {
	test(`${path} answers and shows its title`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expect(page).toHaveTitle(new RegExp(heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	});
}

test('an unknown address shows the helpful 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await page.getByRole('link', { name: 'Go to the overview' }).click();
	await expect(page).toHaveURL(/\/$/);
});

test('searching for a product name finds its page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Search' }).click();
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('GitHub Copilot');
	await expect(page.locator('#search-dialog-status')).toHaveText(/\d+ results? for “GitHub Copilot”/);
	await page.locator('.search-result').first().click();
	await expect(page).toHaveURL(/\/products\/github-copilot\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('GitHub Copilot');
});

test('opening /source/#<block id> brings that block into view below the header', async ({ page }) => {
	await page.goto('/source/#p10');
	const block = page.locator('#p10');
	await expect(block).toContainText('Recent amendments to their agreement');
	await expect(block).toBeInViewport();
	const header = await page.locator('header').first().boundingBox();
	const box = await block.boundingBox();
	expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
});

test('every h2–h4 in the content has an id and a permanent link after it with a unique name', async ({ page }) => {
	await page.goto('/themes/evolution/');
	const headings = page.locator('main article :is(h2, h3, h4)');
	const count = await headings.count();
	expect(count).toBeGreaterThan(5);
	const names = new Set<string>();
	for (let i = 0; i < count; i++) {
		const heading = headings.nth(i);
		const id = await heading.getAttribute('id');
		expect(id).toMatch(/^[a-z0-9-]+$/);
		const link = heading.locator('xpath=following-sibling::a[1]');
		await expect(link).toHaveAttribute('href', `#${id}`);
		const name = `Link to section: ${(await heading.textContent())!.trim()}`;
		await expect(link).toHaveAccessibleName(name);
		names.add(name);
	}
	expect(names.size).toBe(count);
});

test('the theme switch changes the theme and the choice survives a reload', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/themes/azure/');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const light = await background();
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await background()).not.toBe(light);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await background()).not.toBe(light);
});

test('the page follows a dark system theme without any choice made', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(16, 17, 22)');
});

test.describe('on a narrow screen', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test('the menu opens and leads to every page', async ({ page }) => {
		await page.goto('/');
		const menu = page.getByRole('navigation', { name: 'Site' });
		await expect(menu).toBeHidden();
		await page.locator('summary', { hasText: 'Menu' }).click();
		await expect(menu).toBeVisible();
		await menu.getByRole('link', { name: 'Timeline' }).click();
		await expect(page).toHaveURL(/\/timeline\/$/);
	});

	test('the page carries its navigation once, and the search page its menu', async ({ page }) => {
		await page.goto('/themes/azure/');
		await expect(page.locator('nav a[href$="/themes/evolution/"]')).toHaveCount(1);
		await page.goto('/search/');
		await page.locator('summary', { hasText: 'Menu' }).click();
		await expect(page.getByRole('navigation', { name: 'Site menu' })).toBeVisible();
	});

	test('the menu is in the header, and the title and the first paragraph are on the first screen', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/themes/azure/');
		const header = (await page.getByRole('banner').boundingBox())!;
		const menu = (await page.locator('summary', { hasText: 'Menu' }).boundingBox())!;
		expect(menu.y).toBeGreaterThanOrEqual(header.y);
		expect(menu.y + menu.height).toBeLessThanOrEqual(header.y + header.height);
		// Clear of the header's other controls.
		for (const name of ['Search', /theme/i]) {
			const control = (await page.getByRole('banner').getByRole('button', { name }).boundingBox())!;
			expect(control.x + control.width <= menu.x || control.x >= menu.x + menu.width, String(name)).toBe(true);
		}
		const first = page.locator('main article > p:not(.lead):not(.page-dates)').first();
		expect((await first.boundingBox())!.y).toBeLessThan(844);
		expect((await page.getByRole('heading', { level: 1 }).boundingBox())!.y).toBeLessThan(844 / 3);
	});

	test('nothing overflows the width of the screen', async ({ page }) => {
		for (const path of ['/', '/source/', '/timeline/', '/products/']) {
			await page.goto(path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the narrow-screen menu still opens', async ({ page }) => {
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto('/themes/azure/');
		await page.locator('summary', { hasText: 'Menu' }).click();
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
	});
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/products/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('previous and next links walk the pages in sidebar order', async ({ page }) => {
	await page.goto('/themes/azure/');
	const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
	await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', '/themes/');
	await pager.locator('a[rel="next"]').click();
	await expect(page).toHaveURL(/\/themes\/responsible-ai\/$/);
});

test('every page lists the passages it rests on, linked to the source', async ({ page }) => {
	await page.goto('/products/github-copilot/');
	const sources = page.getByRole('complementary', { name: 'Sources in the article' });
	const targets = await sources.getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	// Each passage's link marks the words the page quotes from it.
	expect(targets.map((href) => href!.replace(/:~:.*$/, ''))).toEqual(['/source/#p4', '/source/#p5']);
	expect(targets.every((href) => /:~:text=[^&]+/.test(href!))).toBe(true);
	await sources.getByRole('link', { name: 'Paragraph 5' }).click();
	await expect(page.locator('#p5')).toBeInViewport();
	await expect(page.locator('#p5')).toContainText('GitHub Copilot: An AI pair programmer');
});

test.describe('a permalink', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies the section’s full address, says so, and goes to the section', async ({ page }) => {
		await page.goto('/themes/evolution/');
		const link = page.getByRole('link', { name: 'Link to section: Revenue share' });
		await link.focus();
		await expect(link).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copiedAddress('/themes/evolution/#revenue-share'));
		await expect(page).toHaveURL(/#revenue-share$/);
		await expect(page.locator('#revenue-share')).toBeInViewport();
	});

	test('is quiet until wanted: shown on hover and on focus, and always on a touch screen', async ({ browser }) => {
		const opacity = (page: import('@playwright/test').Page) => page.getByRole('link', { name: 'Link to section: Revenue share' }).evaluate((a) => getComputedStyle(a).opacity);
		const desktop = await browser.newPage();
		await desktop.goto('/themes/evolution/');
		expect(await opacity(desktop)).toBe('0');
		await desktop.getByRole('heading', { name: 'Revenue share' }).hover();
		expect(await opacity(desktop)).toBe('1');
		await desktop.mouse.move(0, 0);
		await desktop.getByRole('link', { name: 'Link to section: Revenue share' }).focus();
		expect(await opacity(desktop)).toBe('1');
		await desktop.close();
		const phone = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
		const touch = await phone.newPage();
		await touch.goto('/themes/evolution/');
		expect(await opacity(touch)).toBe('1');
		await phone.close();
	});

	test('on a source paragraph copies the paragraph’s address', async ({ page }) => {
		await page.goto('/source/');
		await page.getByRole('link', { name: 'Link to paragraph 7' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copiedAddress('/source/#p7'));
	});
});

test('"On this page" lists every section, the page\'s sources included, and marks the one in view without script', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/themes/evolution/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	const headings = await page.locator('main :is(h2, h3, h4)[id]').evaluateAll((list) => list.map((h) => h.textContent!.trim()));
	await expect(toc.getByRole('link')).toHaveText(headings);
	await expect(toc.getByRole('link').last()).toHaveText('Sources in the article');
	const weight = (name: string) => toc.getByRole('link', { name, exact: true }).evaluate((a) => getComputedStyle(a).fontWeight);
	await page.locator('#revenue-share').scrollIntoViewIfNeeded();
	await page.evaluate(() => document.getElementById('revenue-share')!.scrollIntoView({ block: 'start' }));
	await expect.poll(() => weight('Revenue share')).toBe('600');
	expect(await weight('Sources in the article')).not.toBe('600');
});
