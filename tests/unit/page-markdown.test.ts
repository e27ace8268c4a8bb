// A page's Markdown copy: its text, its citations as absolute links, none of its controls.
import { expect, test } from 'vitest';
import { pageMarkdown } from '../../src/lib/pageMarkdown.ts';

const page = (main: string, head = '<link rel="canonical" href="https://example.org/site/themes/a/">') =>
	`<!doctype html><html><head>${head}</head><body><header><a href="/site/">Home</a></header><main>${main}</main></body></html>`;

test('keeps the text, with headings, lists and tables, and resolves every link against the canonical address', async () => {
	const { markdown, url, title } = await pageMarkdown(
		page(`<article><h1>A page</h1><p>Said once.<span class="cite"><a href="/site/source/#p3:~:text=Said%20once" class="cite-marker"><span aria-hidden="true">¶3</span></a><span role="tooltip" class="cite-passage"><q>Said once.</q></span></span></p>
		<div class="heading-wrapper"><h2 id="part">Part</h2><a href="#part" data-permalink><span aria-hidden="true">#</span></a></div>
		<ul><li>One</li><li>Two, <a href="../b/">see B</a></li></ul><table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2019</td></tr></tbody></table></article>`),
		'a.html',
	);
	expect(url).toBe('https://example.org/site/themes/a/');
	expect(title).toBe('A page');
	expect(markdown).toContain('# A page\n\nSaid once.[¶3](https://example.org/site/source/#p3:~:text=Said%20once)');
	expect(markdown).toContain('## Part\n');
	expect(markdown).toContain('- Two, [see B](https://example.org/site/themes/b/)');
	expect(markdown).toMatch(/\| Year \|\n\| -+ \|\n\| 2019 \|/);
	// Not the hidden passage, not the permalink mark, not the header outside <main>.
	expect(markdown.match(/Said once/g)).toHaveLength(1); // the sentence, not the passage again
	expect(markdown).not.toContain('[#]');
	expect(markdown).not.toContain('Home');
	expect(markdown).toMatch(/\n---\n\nFrom https:\/\/example\.org\/site\/themes\/a\/\. /);
});

test('leaves out navigation, disclosures of contents, script-only controls and words only a screen reader hears in a link', async () => {
	const { markdown } = await pageMarkdown(
		page(`<article><h1>T</h1><details><summary>On this page</summary><nav><a href="#x">X</a></nav></details>
		<p>Text <a href="/p/"><span aria-hidden="true">¶1</span><span class="sr-only">Paragraph 1</span></a></p>
		<button data-js-only>Copy</button><div class="page-tools"><a href="index.md">View as Markdown</a></div>
		<nav aria-label="Previous and next pages"><a href="/prev/">Previous</a></nav></article>`),
		'b.html',
	);
	expect(markdown).toContain('Text [¶1](https://example.org/p/)');
	for (const left of ['On this page', 'Paragraph 1', 'Copy', 'View as Markdown', 'Previous']) expect(markdown).not.toContain(left);
});

test('names the file when the page lacks what the copy needs', async () => {
	await expect(pageMarkdown(page('<h1>T</h1>', ''), 'c.html')).rejects.toThrow('c.html: a page with a Markdown copy needs <link rel="canonical">');
	await expect(pageMarkdown('<html><head><link rel="canonical" href="https://example.org/"></head><body><p>x</p></body></html>', 'd.html')).rejects.toThrow('d.html: a page with a Markdown copy needs a <main> element');
});
