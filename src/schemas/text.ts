/** Text the content gives in one line (a title, a summary, a publisher's name), as every file the site generates can carry it. */
import { z } from 'astro/zod';
import { undrawableCharacters } from '../lib/cardFont.ts';

/**
 * What no line of text may hold: control characters (a newline would start a second RIS record, and most are not
 * allowed in XML at all), every invisible format character (bidirectional marks, overrides and isolates that make text
 * read otherwise than it is stored, zero-width spaces and joiners, tag characters that hide text), the line and
 * paragraph separators, private-use characters and the Unicode noncharacters.
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\ufdd0-\ufdef\ufffe\uffff]/u;

/** `U+000A`, for messages: an invisible character named so an editor can find it. */
function codePointName(char: string): string {
	return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Text without control or invisible formatting characters, as written (a quote keeps its own spacing). */
export const plainTextSchema = z
	.string()
	.refine((text) => text.isWellFormed(), { error: 'holds a broken character (a lone surrogate); expected well-formed Unicode text' })
	.refine((text) => !FORBIDDEN.test(text), {
		error: (issue) => `holds the control or formatting character ${codePointName(FORBIDDEN.exec(String(issue.input))![0])}; expected one line of plain text`,
	});

/** One line of plain text: trimmed, not empty, without control or invisible formatting characters. */
export const lineSchema = z.string().trim().min(1).pipe(plainTextSchema);

/** A line the page's link card shows: also only characters its font can draw, so a card never shows empty boxes. */
export const cardLineSchema = lineSchema.refine((text) => undrawableCharacters(text).length === 0, {
	error: (issue) => {
		const missing = undrawableCharacters(String(issue.input));
		return `holds ${missing.map((char) => `"${char}" (${codePointName(char)})`).join(', ')}, which the link card's font (Inter, Latin script) cannot draw; expected text the card can show`;
	},
});
