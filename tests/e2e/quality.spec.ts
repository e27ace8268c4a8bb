import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGES } from './pages.ts';
import { copiedAddress } from './permalinks.ts';

test('the sitemap gives every page to check', () => {
	expect(PAGES.length).toBeGreaterThanOrEqual(14);
});

test.describe('accessibility (axe-core, WCAG 2.2 AA and best practices)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const [device, viewport] of [
			['phone', { width: 390, height: 844 }],
			['desktop', { width: 1280, height: 900 }],
		] as const) {
			// One test per page, so a site of many pages is checked in parallel and each failure names its page.
			for (const path of PAGES) {
				test(`${path}, ${colorScheme}, ${device}`, async ({ page }) => {
					await page.setViewportSize(viewport);
					await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
					await page.goto(path);
					const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
					expect(violations.map((v) => `${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
				});
			}
		}
	}
});

test('no page requests anything from another origin or logs an error', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const origin = new URL(baseURL!).origin;
	const problems: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to ${request.url()}`);
	});
	page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
	page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
	for (const path of PAGES) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
	}
	// Search loads more: its code, Pagefind and the index.
	await page.goto('/');
	await page.keyboard.press('Control+k');
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('Azure');
	await expect(page.locator('.search-result').first()).toBeVisible();
	expect(problems).toEqual([]);
});

test.describe('under the Content Security Policy', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('every page has a policy without unsafe-inline', async ({ page }) => {
		for (const path of PAGES) {
			await page.goto(path);
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
			expect(policy, path).not.toContain('unsafe-inline');
		}
	});

	test('search, the theme switch, copy-link and the timeline filters work and nothing is blocked', async ({ page }) => {
		await page.addInitScript(() => {
			// As in a browser without text fragments, so the search's own marking of results (a script of its own) runs too.
			delete (Document.prototype as { fragmentDirective?: unknown }).fragmentDirective;
			(window as unknown as { violations: string[] }).violations = [];
			document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
		});
		const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

		await page.goto('/themes/evolution/');
		await page.getByRole('button', { name: 'Dark theme' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', /light|dark/);
		await page.getByRole('link', { name: 'Link to section: Cloud' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		await page.keyboard.press('Control+k');
		await page.getByRole('searchbox', { name: 'Search the site' }).fill('revenue share');
		await page.locator('.search-result').first().click();
		await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
		expect(await violations()).toEqual([]);

		await page.goto('/timeline/');
		await page.getByText('Model (4)').click();
		expect(await page.locator('.timeline-year li').evaluateAll((list) => list.filter((e) => e.checkVisibility()).length)).toBe(4);
		expect(await violations()).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every page reads, with its navigation, contents and sources', async ({ page }) => {
		for (const path of PAGES.filter((p) => p !== '/search/' && p !== '/404.html')) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expect(page.locator('main')).toContainText(/\w{3,}/);
		}
		await page.goto('/themes/');
		await page.getByRole('link', { name: 'Responsible AI' }).first().click();
		await expect(page).toHaveURL(/\/themes\/responsible-ai\/$/);
	});

	test('the theme follows the system', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('/');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 17, 22)');
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(252, 252, 250)');
	});
});

test('text stays readable at 200% zoom: nothing is cut off sideways', async ({ page }) => {
	// 200% zoom of a 1280-pixel window lays the page out as a 640-pixel one.
	await page.setViewportSize({ width: 640, height: 800 });
	for (const path of PAGES) {
		await page.goto(path);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), path).toBeLessThanOrEqual(0);
	}
});

test.describe('with the keyboard only', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('a reader skips to the content, follows the navigation, filters the timeline and copies a link', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();

		// Back to the header: the primary navigation comes after the site name.
		await page.getByRole('link', { name: 'Microsoft × OpenAI' }).focus();
		const timelineLink = page.getByRole('navigation', { name: 'Primary' }).getByRole('link', { name: 'Timeline' });
		for (let i = 0; i < 10 && !(await timelineLink.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(timelineLink).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/timeline\/$/);

		// The category filters are one group of radio buttons: Tab reaches it, arrows choose.
		const all = page.getByRole('radio', { name: /^All/ });
		for (let i = 0; i < 100 && !(await all.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(all).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect(page.getByRole('radio', { name: /^investment/i })).toBeChecked();
		const shown = await page.locator('.timeline-year li').evaluateAll((list) => list.filter((e) => e.checkVisibility()).length);
		expect(shown).toBe(await page.locator('.timeline-year li[data-category="investment"]').count());

		// An event's line leads to the event in full, whose permalink takes focus and copies its address on Enter.
		await page.locator('[id="2019-07-22-microsoft-invests-1-billion"]').getByRole('link').focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/timeline\/2019\/#2019-07-22-microsoft-invests-1-billion$/);
		const permalink = page.getByRole('link', { name: /^Link to section: Microsoft invests \$1 billion/ });
		await permalink.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(copiedAddress('/timeline/2019/#2019-07-22-microsoft-invests-1-billion'));
	});
});
