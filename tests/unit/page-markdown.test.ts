// A page's Markdown copy, from the HTML its layout gives for the copy: its text, its citations as absolute links, none of its controls.
import { expect, test } from 'vitest';
import { pageMarkdown } from '../../src/lib/pageMarkdown.ts';

const url = 'https://example.org/site/themes/a/';

test('keeps the text, with headings, lists and tables, and resolves every link against the page\'s address', async () => {
	const markdown = await pageMarkdown(
		`<h1>A page</h1><p>Said once.<span class="cite"><a href="/site/source/#p3:~:text=Said%20once" class="cite-marker"><span aria-hidden="true">¶3</span></a><span role="tooltip" class="cite-passage"><q>Said once.</q></span></span></p>
		<div class="heading-wrapper"><h2 id="part">Part</h2><a href="#part" data-permalink><span aria-hidden="true">#</span></a></div>
		<ul><li>One</li><li>Two, <a href="../b/">see B</a></li></ul><table><thead><tr><th>Year</th></tr></thead><tbody><tr><td>2019</td></tr></tbody></table>`,
		url,
	);
	expect(markdown).toContain('# A page\n\nSaid once.[¶3](https://example.org/site/source/#p3:~:text=Said%20once)');
	expect(markdown).toContain('## Part\n');
	expect(markdown).toContain('- Two, [see B](https://example.org/site/themes/b/)');
	expect(markdown).toMatch(/\| Year \|\n\| -+ \|\n\| 2019 \|/);
	// Not the passage shown on hover, not the heading's link to itself.
	expect(markdown.match(/Said once/g)).toHaveLength(1);
	expect(markdown).not.toContain('[#]');
	expect(markdown).toMatch(/\n---\n\nFrom https:\/\/example\.org\/site\/themes\/a\/\. /);
});

test('keeps a paragraph\'s own permanent link, which is how citations name it', async () => {
	const markdown = await pageMarkdown(`<div id="p1"><a href="#p1" data-permalink>¶1</a><p>The first paragraph.</p></div>`, url);
	expect(markdown).toContain('[¶1](https://example.org/site/themes/a/#p1)');
});

test('leaves out controls, their labels, navigation, what is hidden or only for scripts, and words only a screen reader hears in a link', async () => {
	const markdown = await pageMarkdown(
		`<h1>T</h1><nav aria-label="Years"><a href="/2019/">2019</a></nav>
		<p>Text <a href="/p/"><span aria-hidden="true">¶1</span><span class="sr-only">Paragraph 1</span></a></p>
		<div><label><input type="checkbox"> Only the article</label><fieldset><legend>Category</legend></fieldset></div>
		<button data-js-only>Copy</button><p hidden>Nothing matches</p><p data-js-only>Shown by a script</p>
		<svg aria-hidden="true"><text>icon</text></svg>`,
		url,
	);
	expect(markdown).toContain('Text [¶1](https://example.org/p/)');
	for (const left of ['2019', 'Paragraph 1', 'Only the article', 'Category', 'Copy', 'Nothing matches', 'Shown by a script', 'icon']) expect(markdown).not.toContain(left);
});
