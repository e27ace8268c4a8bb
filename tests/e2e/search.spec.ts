import { readFileSync } from 'node:fs';
import { type Page, expect, test } from '@playwright/test';

/**
 * Realistic queries and where a reader expects the first result to land: the page and the passage.
 * A change of content or ranking that moves one of them fails here.
 */
const GOLDEN: Array<[query: string, expected: string]> = [
	['$13 billion', '/record/money/#every-figure'],
	['13 billion', '/record/money/#every-figure'],
	['$1 billion', '/record/money/#every-figure'],
	['GitHub Copilot', '/products/github-copilot/'],
	['pair programmer', '/products/#three-examples'],
	['Microsoft 365 Copilot', '/products/microsoft-365-copilot/'],
	['Word Excel PowerPoint Teams', '/products/microsoft-365-copilot/#what-the-article-says'],
	['Azure OpenAI Service', '/products/azure-openai-service/'],
	['chatbots', '/record/oversight/#competition-reviews'],
	['responsible AI', '/themes/responsible-ai/'],
	['explainability', '/themes/responsible-ai/#transparency-and-explainability'],
	['AGI', '/themes/road-ahead/#the-agi-clause'],
	['silicon', '/themes/road-ahead/#silicon'],
	['cybersecurity', '/themes/road-ahead/#cybersecurity'],
	['exclusive cloud provider', '/themes/azure/#an-exclusive-cloud-for-a-time'],
	['revenue share', '/themes/evolution/#revenue-share'],
	['terms then and now', '/record/terms/'],
	['Mistral', '/record/partners/#microsofts-other-models-and-partners'],
	['New York Times lawsuit', '/record/oversight/#lawsuits-naming-both'],
	['non-exclusive license', '/themes/evolution/#intellectual-property-licence'],
	['Maia', '/themes/road-ahead/#silicon'],
	['ChatGPT', '/timeline/2022/#2022-11-30-chatgpt'],
	['board observer', '/record/people/#at-microsoft'],
	['Stargate', '/record/partners/#openais-other-clouds-and-backers'],
	['27 percent', '/record/money/#the-stake'],
	['DALL-E 2', '/timeline/2022/#2022-04-06-dall-e-2'],
	['GPT-3', '/timeline/2020/#2020-05-28-gpt-3-paper'],
	['memorandum of understanding', '/themes/evolution/#exclusivity-loosens'],
	['Altman', '/record/people/#at-openai'],
	['Fairwater', '/themes/road-ahead/#datacenters'],
	['cornerstone', '/themes/azure/'],
	['breakneck pace', '/source/#p1'],
	['symbiotic relationship', '/source/#p2'],
];

/** Whether the first occurrence of `words` (any case) in the elements matching `selector` is within the viewport. */
async function wordsInView(page: Page, selector: string, words: string): Promise<boolean> {
	return page.evaluate(
		([selector, words]) => {
			for (const element of document.querySelectorAll(selector)) {
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const at = node.textContent!.toLowerCase().indexOf(words);
					if (at < 0) continue;
					const range = document.createRange();
					range.setStart(node, at);
					range.setEnd(node, at + words.length);
					const rect = range.getBoundingClientRect();
					return rect.top >= 0 && rect.bottom <= innerHeight;
				}
			}
			return false;
		},
		[selector, words] as const,
	);
}

async function openSearch(page: Page) {
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await expect(dialog).toBeVisible();
	return dialog;
}

async function searchFor(page: Page, query: string) {
	await page.getByRole('searchbox', { name: 'Search the site' }).fill(query);
	await expect(page.locator('#search-dialog-status')).toContainText(`“${query}”`);
}

test('reading a page loads no search code and no index until search is opened', async ({ page }) => {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.goto('/themes/azure/');
	await page.waitForLoadState('networkidle');
	expect(requests.filter((path) => path.includes('pagefind') || path.includes('search'))).toEqual([]);
	await openSearch(page);
	await searchFor(page, 'Azure');
	// The dialog's code and stylesheet, chunks of their own, then Pagefind's engine.
	expect(requests.filter((path) => /^\/_astro\/search\.[\w-]+\.(js|css)$/.test(path)).map((path) => path.split('.').pop()).sort()).toEqual(['css', 'js']);
	expect(requests).toContain('/pagefind/pagefind.js');
});

test.describe('the golden queries land where a reader expects', () => {
	for (const [query, expected] of GOLDEN) {
		test(query, async ({ page }) => {
			await page.goto('/');
			await openSearch(page);
			await searchFor(page, query);
			const first = await page.locator('.search-result').first().getAttribute('href');
			// The address without the words it marks (a text fragment, or ?highlight= where those are not supported).
			expect(first!.replace(/\?highlight=[^#]*/, '').replace(/#?:~:.*$/, '')).toBe(expected);
		});
	}
});

test('a result shows its page, its kind and the matching passage, and lands on the words with no script on the page', async ({ page }) => {
	// A short window, in which landing on the section's heading leaves the words out of view.
	await page.setViewportSize({ width: 1280, height: 260 });
	await page.goto('/themes/evolution/#revenue-share');
	expect(await wordsInView(page, 'main p', 'predictability for both companies')).toBe(false);
	await page.goto('/');
	const dialog = await openSearch(page);
	await searchFor(page, 'predictability for both companies');
	const first = dialog.getByRole('listitem').first();
	await expect(first).toContainText('How the partnership evolved');
	await expect(first).toContainText('Themes');
	await expect(first.locator('.search-result').first()).toContainText('Revenue share');
	await expect(first.locator('.search-result').first()).toHaveAttribute('href', /^\/themes\/evolution\/#revenue-share:~:text=[^?]*predictability/);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(new URL(request.url()).pathname));
	await page.keyboard.press('ArrowDown');
	await expect(first.locator('.search-result').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/themes\/evolution\/#revenue-share/);
	await expect(page.locator('#revenue-share')).toBeAttached();
	// The browser marks the words: the page loads no search code to do it.
	await page.waitForLoadState('networkidle');
	expect(requests.filter((path) => path.startsWith('/_astro/search.') || path.includes('/pagefind/'))).toEqual([]);
	await expect.poll(() => wordsInView(page, 'main p', 'predictability for both companies')).toBe(true);
});

test('where text fragments are not supported, a result leads there with the words marked by the search script', async ({ page }) => {
	await page.addInitScript(() => delete (Document.prototype as { fragmentDirective?: unknown }).fragmentDirective);
	await page.goto('/');
	await openSearch(page);
	await searchFor(page, 'revenue share');
	await page.locator('.search-result').first().click();
	await expect(page).toHaveURL(/\/themes\/evolution\/\?highlight=revenue&highlight=share#revenue-share$/);
	await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
	await expect(page.locator('#revenue-share')).toBeInViewport();
});

test('the keyboard opens, moves through and closes search, and focus returns where it was', async ({ page }) => {
	await page.goto('/products/');
	const trigger = page.getByRole('button', { name: 'Search' });
	await trigger.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Search the site' });
	await expect(dialog).toBeVisible();
	await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeFocused();
	await page.keyboard.type('copilot');
	await expect(page.getByRole('status').filter({ hasText: 'results for “copilot”' })).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(page.locator('.search-result').nth(1)).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(trigger).toBeFocused();
	await page.locator('body').click();
	await page.keyboard.press('/');
	await expect(dialog).toBeVisible();
});

test('the shortcut opens search with Caps Lock on as with it off', async ({ page }) => {
	await page.goto('/products/');
	// With Caps Lock on, the K key reads as "K".
	await page.keyboard.press('Control+K');
	await expect(page.getByRole('dialog', { name: 'Search the site' })).toBeVisible();
});

test('the count says how many results are shown, and the rest are a press away', async ({ page }) => {
	await page.goto('/');
	await openSearch(page);
	await searchFor(page, 'microsoft');
	const status = page.locator('#search-dialog-status');
	const [, total] = /^(\d+) results for “microsoft”, 8 shown$/.exec((await status.textContent()) ?? '') ?? [];
	expect(Number(total), 'a common word finds more pages than are shown at first').toBeGreaterThan(8);
	const pages = page.locator('.search-page');
	await expect(pages).toHaveCount(8);
	const next = Math.min(Number(total) - 8, 8);
	await page.getByRole('button', { name: `Show ${next} more ${next === 1 ? 'result' : 'results'}` }).click();
	await expect(pages).toHaveCount(8 + next);
	await expect(status).toHaveText(8 + next === Number(total) ? `${total} results for “microsoft”` : `${total} results for “microsoft”, ${8 + next} shown`);
	// The reader goes on from the first new result.
	await expect(pages.nth(8).locator('.search-result').first()).toBeFocused();
});

test('filters results by kind of page', async ({ page }) => {
	await page.goto('/');
	const dialog = await openSearch(page);
	await searchFor(page, 'Azure');
	await dialog.locator('label', { hasText: /^Timeline$/ }).click();
	// Only the timeline's pages are left: its list and its years.
	await expect(page.locator('#search-dialog-status')).toContainText(/\d+ results? for “Azure”/);
	const hrefs = await page.locator('.search-result').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(hrefs.length).toBeGreaterThan(0);
	expect(hrefs.every((href) => href!.startsWith('/timeline/'))).toBe(true);
});

test.describe('bad input is harmless', () => {
	const inputs = ['', '   ', 'a', 'x'.repeat(1000), '"quoted words"', "it's", '🤖 AI', 'مايكروسوفت', '<script>alert(1)</script>', '<img src=x onerror="window.injected=1">'];

	test('no error, nothing injected, and a helpful state for every input', async ({ page }) => {
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		await page.goto('/');
		await openSearch(page);
		const status = page.locator('#search-dialog-status');
		for (const input of inputs) {
			// Between inputs the status is emptied, so each check waits for this input's own answer.
			await page.getByRole('searchbox', { name: 'Search the site' }).fill('');
			await expect(status).toHaveText('');
			await page.getByRole('searchbox', { name: 'Search the site' }).fill(input);
			if (input.trim() === '') await expect(status).toHaveText('');
			else await expect(status).toContainText(`for “${input.trim().slice(0, 20)}`);
		}
		await page.getByRole('searchbox', { name: 'Search the site' }).fill('xyzzy');
		await expect(page.locator('#search-dialog-status')).toHaveText(/^No results for “xyzzy”\. Try fewer or other words/);
		expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
		expect(await page.locator('dialog img, dialog script').count()).toBe(0);
		expect(errors).toEqual([]);
	});
});

test('when the index cannot be loaded, search says so instead of failing silently', async ({ page }) => {
	await page.route('**/pagefind/pagefind.js', (route) => route.abort());
	await page.goto('/');
	await openSearch(page);
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('Azure');
	await expect(page.locator('#search-dialog-status')).toHaveText('Search could not be loaded.');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search entry leads to an index of every page, section, event and paragraph', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('link', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/search\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search and site index');
		// No dead end: no search box that could only reload the page, and a word on how to search the index instead.
		await expect(page.getByRole('searchbox')).toBeHidden();
		await expect(page.getByText(/use your browser's find in page/)).toBeVisible();
		const pages = page.getByRole('region', { name: 'Pages and sections' });
		await expect(pages.getByRole('link', { name: 'Revenue share' })).toHaveAttribute('href', '/themes/evolution/#revenue-share');
		const events = (readFileSync('src/content/events.yaml', 'utf8').match(/^- id: /gm) ?? []).length;
		await expect(page.getByRole('region', { name: 'Timeline events' }).getByRole('listitem').getByRole('link')).toHaveCount(events);
		await expect(page.getByRole('region', { name: 'Paragraphs of the source article' }).getByRole('listitem').getByRole('link')).toHaveCount(12);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the search dialog fills the screen, with an icon and one control to close it', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Search' }).tap();
		const dialog = page.getByRole('dialog', { name: 'Search the site' });
		await expect(dialog).toBeVisible();
		const box = (await dialog.boundingBox())!;
		expect(box.height).toBe(844);
		expect(box.width).toBe(390);
		await expect(dialog.locator('form svg')).toHaveCount(2);
		await expect(dialog.getByRole('button', { name: /close/i })).toHaveCount(1);
		await dialog.getByRole('button', { name: 'Close search' }).tap();
		await expect(dialog).toBeHidden();
	});
});

test('result excerpts keep words apart: no permalink signs, no words run together', async ({ page }) => {
	await page.goto('/');
	await openSearch(page);
	for (const query of ['GPT-4', 'copilot', 'November 2016']) {
		await searchFor(page, query);
		const excerpts = await page.locator('.search-result > span:last-child').allTextContents();
		expect(excerpts.length, query).toBeGreaterThan(0);
		for (const text of excerpts) {
			expect(text, query).not.toMatch(/(^|\s)#(\s|$)/);
			// A date or a full stop run into the next word ("2023product", "from.Timeline") is two words glued by markup.
			expect(text, query).not.toMatch(/\d{4}[a-z]|[a-z]\.[A-Z][a-z]/);
		}
	}
});
