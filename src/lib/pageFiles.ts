/** The files beside each page, named once for the page that links them and the routes that make them (src/pages/[...path]/). */

/** A page's link card (its Open Graph image), at the size social networks show large (1.91:1): `/themes/azure/card.png`. */
export const CARD = { file: 'card.png', width: 1200, height: 630 } as const;

/** A page's Markdown copy, `/themes/azure/index.md`, and the `rel=alternate` type by which the page announces it. */
export const MARKDOWN_COPY = { file: 'index.md', type: 'text/markdown' } as const;
