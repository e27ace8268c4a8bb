import { expect, test } from '@playwright/test';

test.describe('an inline citation', () => {
	test('is announced as its source and described by the passage it cites', async ({ page }) => {
		await page.goto('/themes/responsible-ai/');
		const marker = page.getByRole('link', { name: 'Source: paragraph 8' }).first();
		await expect(marker).toHaveAccessibleDescription(/^The commitment to responsible AI development is another critical facet/);
	});

	test('shows the passage on hover and on keyboard focus', async ({ page }) => {
		await page.goto('/themes/responsible-ai/');
		const cite = page.locator('.cite').first();
		const passage = cite.getByRole('tooltip');
		await expect(passage).toBeHidden();
		await cite.getByRole('link').hover();
		await expect(passage).toBeVisible();
		await expect(passage).toContainText('another critical facet of their collaboration');
		await page.mouse.move(0, 0);
		await expect(passage).toBeHidden();
		await cite.getByRole('link').focus();
		await expect(passage).toBeVisible();
		const box = await passage.boundingBox();
		const viewport = page.viewportSize()!;
		expect(box!.x).toBeGreaterThanOrEqual(0);
		expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
	});

	test('leads to the cited block of the source article', async ({ page }) => {
		await page.goto('/products/github-copilot/');
		await page.getByRole('link', { name: 'Source: paragraph 5' }).first().click();
		await expect(page).toHaveURL(/\/source\/#p5$/);
		await expect(page.locator('#p5')).toBeInViewport();
	});

	test('prints as a readable marker without its pop-up', async ({ page }) => {
		await page.goto('/themes/evolution/');
		await page.emulateMedia({ media: 'print' });
		const cite = page.locator('.cite').first();
		await expect(cite.getByRole('link')).toBeVisible();
		await expect(cite.getByRole('link')).toHaveText(/¶9/);
		await cite.getByRole('link').focus();
		await expect(cite.getByRole('tooltip')).toBeHidden();
	});
});

test('following a citation lands on the quoted words, even deep in a long paragraph, and nowhere else', async ({ page }) => {
	// A short window: landing on the paragraph's top would leave its last sentence out of view.
	await page.setViewportSize({ width: 1280, height: 360 });
	await page.goto('/themes/azure/');
	await page.locator('.cite-marker[href*="user%2Dfriendly%20API"]').first().click();
	await expect(page).toHaveURL(/\/source\/#p3/);
	const inView = () =>
		page.evaluate(() => {
			const block = document.getElementById('p3')!;
			const text = block.querySelector('p')!.firstChild!;
			const at = text.textContent!.indexOf('It provides a user-friendly API');
			const range = document.createRange();
			range.setStart(text, at);
			range.setEnd(text, at + 'It provides a user-friendly API'.length);
			const rect = range.getBoundingClientRect();
			return rect.top >= 0 && rect.bottom <= innerHeight;
		});
	await expect.poll(inView).toBe(true);
	// The paragraph's own address, without the words, lands on its top, where those words are out of view.
	await page.goto('/source/');
	await page.goto('/source/#p3');
	await expect.poll(inView).toBe(false);
});

test.describe('without JavaScript, an inline citation', () => {
	test.use({ javaScriptEnabled: false });

	test('still links to the passage and carries it as its description', async ({ page }) => {
		await page.goto('/themes/azure/');
		const marker = page.getByRole('link', { name: 'Source: paragraph 3' }).first();
		await expect(marker).toHaveAttribute('href', /^\/source\/#p3:~:text=/);
		await expect(marker).toHaveAccessibleDescription(/The cornerstone of the Microsoft-OpenAI alliance is Microsoft Azure\./);
	});
});

test('every block of the source article says how much cites it, and opens, without JavaScript, to the pages and sections that do', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/source/');
	const blocks = page.locator('.source-block');
	await expect(blocks).toHaveCount(12);
	for (const block of await blocks.all()) {
		await expect(block.locator('summary')).toHaveText(/^Cited in \d+ places? on \d+ pages?$/);
		// Quiet until wanted: the list is there, closed.
		const links = block.locator('.citing-places a');
		expect(await links.count()).toBeGreaterThan(0);
		await expect(links.first()).toBeHidden();
	}
	const p8 = page.locator('#p8');
	await p8.locator('summary').click();
	// Grouped by page: the page is named once, its citing sections after it.
	const group = p8.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Responsible AI', exact: true }) });
	await group.getByRole('link', { name: 'Transparency and explainability' }).click();
	await expect(page).toHaveURL(/\/themes\/responsible-ai\/#transparency-and-explainability$/);
	await expect(page.locator('#transparency-and-explainability')).toBeInViewport();
	await context.close();
});

test.describe('on a touch screen', () => {
	test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

	test('the first tap on a citation shows its passage, a second follows it', async ({ page }) => {
		await page.goto('/themes/responsible-ai/');
		const cite = page.locator('.cite').first();
		await cite.getByRole('link').tap();
		await expect(cite.getByRole('tooltip')).toBeVisible();
		await expect(cite.getByRole('tooltip')).toContainText('another critical facet of their collaboration');
		await expect(page).toHaveURL(/\/themes\/responsible-ai\/$/);
		await cite.getByRole('link').tap();
		await expect(page).toHaveURL(/\/source\/#p8/);
	});

	test('a tap elsewhere closes the passage', async ({ page }) => {
		await page.goto('/themes/responsible-ai/');
		const cite = page.locator('.cite').first();
		await cite.getByRole('link').tap();
		await expect(cite.getByRole('tooltip')).toBeVisible();
		await page.locator('h1').tap();
		await expect(cite.getByRole('tooltip')).toBeHidden();
	});
});

test('a citation marker is small to the eye but at least 24 pixels square to a pointer', async ({ page }) => {
	await page.goto('/themes/azure/');
	const marker = page.locator('.cite-marker').first();
	const box = (await marker.boundingBox())!;
	expect(box.height).toBeLessThan(24);
	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	// Every point of a 24 by 24 square around the marker's centre reaches the marker.
	const hits = await page.evaluate(({ x, y }) => {
		const points = [-12, 0, 11].flatMap((dx) => [-12, 0, 11].map((dy) => document.elementFromPoint(x + dx, y + dy)?.closest('.cite-marker') !== null));
		return points.every(Boolean);
	}, centre);
	expect(hits).toBe(true);
});

test('the source article sets what the record says beside the passage it qualifies', async ({ page }) => {
	await page.goto('/source/');
	// The article dates the collaboration from 2019; the record has the cloud relationship begin in 2016.
	const note = page.locator('#p1').getByRole('note');
	await expect(note).toContainText('What the record says:');
	await expect(note.getByRole('link', { name: /Timeline, November 2016/ })).toHaveAttribute('href', '/timeline/2016/#2016-11-openai-moves-experiments-to-azure');
});
