// A page taken elsewhere: its Markdown copy to open or copy, and "Cite this page", as a reader uses them.
import { expect, test } from '@playwright/test';

test.describe('"Copy as Markdown"', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('loads its code only when clicked, copies the page as Markdown with its citations, and says so', async ({ page }) => {
		const scripts: string[] = [];
		page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname)));
		await page.goto('/products/github-copilot/');
		expect(scripts.filter((path) => path.includes('markdown'))).toEqual([]);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Markdown copied' })).toBeVisible();
		expect(scripts.filter((path) => /^\/_astro\/markdown\.[\w-]+\.js$/.test(path))).toHaveLength(1);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied.startsWith('# GitHub Copilot\n')).toBe(true);
		expect(copied).toMatch(/\[¶\d+\]\(http[^)]+\/source\/#p\d+:~:text=/);
		// A second click copies again, with the code already there.
		await page.evaluate(() => navigator.clipboard.writeText(''));
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(copied);
	});
});

test('"View as Markdown" opens the copy beside the page, without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/themes/azure/');
	await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
	await page.getByRole('link', { name: 'View as Markdown' }).click();
	await expect(page).toHaveURL(/\/themes\/azure\/index\.md$/);
	expect(await page.locator('body').innerText()).toMatch(/^# Azure, the cornerstone of the partnership\n/);
	await context.close();
});

test('"Cite this page" opens without JavaScript and shows the page\'s reference', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/timeline/');
	await page.getByText('Cite this page').click();
	await expect(page.getByText(/^Microsoft × OpenAI, an independent reference site\. \(\d{4}, \w+ \d+\)\. Timeline\. http/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('href', 'cite.bib');
	// Saved under the page's name, not as one more cite.bib.
	await expect(page.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('download', /^timeline-\d{4}\.bib$/);
	await context.close();
});

test.describe('"Report an error"', () => {
	/** The new issue the link opens, as the tracker receives it (answered here: the tests never leave the site). */
	async function reportedIssue(page: import('@playwright/test').Page) {
		await page.route('https://github.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>New issue</title>' }));
		const request = page.waitForRequest(/^https:\/\/github\.com\//);
		await page.getByRole('link', { name: 'Report an error' }).click();
		const url = new URL((await request).url());
		return { where: `${url.origin}${url.pathname}`, title: url.searchParams.get('title'), body: url.searchParams.get('body') };
	}

	test('opens a new issue in the site\'s tracker naming the page and the section being read', async ({ page }) => {
		await page.goto('/themes/azure/#an-exclusive-cloud-for-a-time');
		const issue = await reportedIssue(page);
		expect(issue.where).toBe('https://github.com/partnership-example/site/issues/new');
		expect(issue.title).toBe('Error on “Azure, the cornerstone of the partnership”, An exclusive cloud, for a time');
		expect(issue.body).toMatch(/^Page: https:\/\/partnership\.example\/themes\/azure\/#an-exclusive-cloud-for-a-time\nSection: An exclusive cloud, for a time\n\nWhat is wrong:/);
	});

	test('without JavaScript, names the page', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/themes/azure/');
		const issue = await reportedIssue(page);
		expect(issue.title).toBe('Error on “Azure, the cornerstone of the partnership”');
		expect(issue.body).toMatch(/^Page: https:\/\/partnership\.example\/themes\/azure\/\n\nWhat is wrong:/);
		await context.close();
	});
});
