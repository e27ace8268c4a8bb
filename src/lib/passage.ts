/** How passages of the article are compared: the one folding of quote marks, dashes and spaces that citations, block ids and text fragments share. */

/** The characters each plain one stands for when passages are compared (bodies of regular-expression classes). */
export const FOLDED_CHARACTERS: Readonly<Record<string, string>> = {
	"'": '\u2018\u2019\u201A\u201B\u2032',
	'"': '\u201C\u201D\u201E\u201F\u2033',
	'-': '\u2010-\u2015\u2212',
};

const FOLDS = Object.entries(FOLDED_CHARACTERS).map(([plain, forms]) => [new RegExp(`[${forms}]`, 'g'), plain] as const);

/**
 * Makes two passages comparable despite typography: runs of whitespace become one space, curly
 * quotes straight ones, and every kind of dash a hyphen.
 */
export function normalizePassage(text: string): string {
	let folded = text.normalize('NFC');
	for (const [forms, plain] of FOLDS) folded = folded.replace(forms, plain);
	return folded.replace(/\s+/g, ' ').trim();
}
