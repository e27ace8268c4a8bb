import { expect, test } from '@playwright/test';

test.describe('what the record says', () => {
	test('stands beside the claim it qualifies, names the event and leads to it', async ({ page }) => {
		await page.goto('/');
		const claim = page.getByText('dates the collaboration between Microsoft and OpenAI to 2019');
		const note = page.getByRole('note').filter({ hasText: 'What the record says:' }).first();
		await expect(note).toContainText('The cloud relationship began in 2016');
		// Directly after the paragraph that makes the claim.
		expect(await claim.evaluate((p) => p.nextElementSibling?.getAttribute('role'))).toBe('note');
		await note.getByRole('link', { name: /Timeline, November 2016/ }).click();
		await expect(page).toHaveURL(/\/timeline\/2016\/#2016-11-openai-moves-experiments-to-azure$/);
	});

	test('is kept when the page is printed', async ({ page }) => {
		await page.goto('/themes/evolution/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('note').filter({ hasText: 'date from 27 April 2026' }).first()).toBeVisible();
	});

	test('the evolution page sets each period’s events beside what the article says of them', async ({ page }) => {
		await page.goto('/themes/evolution/');
		const row = page.locator('.record-beside-article > li', { has: page.getByRole('link', { name: 'Microsoft discloses $13 billion in commitments' }) });
		await expect(row).toContainText('Microsoft\'s commitment has grown to over $13 billion');
		await expect(row).toContainText('What the record says: The filings state $13 billion committed');
	});
});

test('an event list inside running text shows no list numbers', async ({ page }) => {
	await page.goto('/products/github-copilot/');
	const list = page.getByRole('region', { name: 'GitHub Copilot on the timeline' }).getByRole('list');
	expect(await list.evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('none');
});

test('a retired section address still lands on the section that replaced it', async ({ page }) => {
	await page.goto('/products/github-copilot/#what-it-does');
	await expect(page.getByRole('heading', { name: 'What the article says' })).toBeInViewport();
});

test('each outside source is listed with its kind, the words read from it and what cites it', async ({ page }) => {
	await page.goto('/timeline/2023/#2023-03-14-gpt-4');
	await page.locator('.timeline-event', { has: page.locator('[id="2023-03-14-gpt-4"]') }).getByRole('link', { name: 'OpenAI', exact: true }).click();
	await expect(page).toHaveURL(/\/sources\/primary\/n-r\/#openai-gpt-4$/);
	const entry = page.locator('[id="openai-gpt-4"]');
	await expect(entry).toBeInViewport();
	await expect(entry.getByRole('link', { name: 'OpenAI', exact: true })).toHaveAttribute('href', 'https://openai.com/index/gpt-4/');
	await expect(entry).toContainText('GPT-4 was trained on Microsoft Azure AI supercomputers.');
	await expect(entry).toContainText("Cited by the timeline's event of 14 March 2023");
	await expect(entry.getByRole('link', { name: '14 March 2023' })).toHaveAttribute('href', '/timeline/2023/#2023-03-14-gpt-4');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Primary sources: N–R');
});

test('a source keeps its first address, on the list of its kind, one step from its words', async ({ page }) => {
	await page.goto('/sources/primary/#openai-gpt-4');
	const line = page.locator('[id="openai-gpt-4"]');
	await expect(line).toBeInViewport();
	await line.getByRole('link').click();
	await expect(page).toHaveURL(/\/sources\/primary\/n-r\/#openai-gpt-4$/);
	await expect(page.locator('[id="openai-gpt-4"]')).toContainText('GPT-4 was trained on Microsoft Azure AI supercomputers.');
});
