/** The font the link cards are drawn in (Inter, shipped in src/assets/fonts/), and what it can draw. */
import { readFileSync } from 'node:fs';
import { create } from 'fontkitten';

export const CARD_FONT_DIR = new URL('../assets/fonts/', import.meta.url);
/** The file of each weight the card uses. */
export const CARD_FONT_FILES = { 400: 'inter-latin-400-normal.woff', 700: 'inter-latin-700-normal.woff' } as const;
export const CARD_FONT_NAME = 'Inter';

let buffers: Map<400 | 700, Buffer> | undefined;
/**
 * The font files' bytes, read once, from `dir`: by default beside this module, which holds while it runs from the
 * sources; a route bundled by the build passes the folder in the project's sources (src/assets/fonts/).
 */
export function cardFontData(dir: URL = CARD_FONT_DIR): ReadonlyMap<400 | 700, Buffer> {
	buffers ??= new Map(([400, 700] as const).map((weight) => [weight, readFileSync(new URL(CARD_FONT_FILES[weight], dir))]));
	return buffers;
}

let drawable: ((codePoint: number) => boolean) | undefined;

/**
 * The characters of `text` the card's font has no glyph for, each once, in order: a card would draw them as empty
 * boxes (CJK, Arabic, emoji with this Latin font). Whitespace is laid out, never drawn.
 */
export function undrawableCharacters(text: string): string[] {
	if (!drawable) {
		const fonts = [...cardFontData().values()].map((data) => create(data) as unknown as { hasGlyphForCodePoint(codePoint: number): boolean });
		drawable = (codePoint) => fonts.every((font) => font.hasGlyphForCodePoint(codePoint));
	}
	return [...new Set([...text].filter((char) => !/\s/u.test(char) && !drawable!(char.codePointAt(0)!)))];
}
