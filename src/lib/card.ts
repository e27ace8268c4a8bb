/** The link card of a page (its Open Graph image): the site's mark and name, the page's title and description, drawn as a PNG. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONT_NAME, cardFontData } from './cardFont.ts';
import { markIcon } from './mark.ts';
import { CARD } from './pageFiles.ts';

export interface CardText {
	/** The site's name, beside the mark. */
	site: string;
	/** The site's address as a reader would type it (`example.org/partnership`), at the foot of the card. */
	address: string;
	/** What the site is and is not, beside its address: its name is the companies', the card must not pass for theirs. */
	independence: string;
	title: string;
	description: string;
}

// Shipped in the repository (Inter, SIL Open Font License, see src/assets/fonts/OFL.txt), so a card never depends on
// the fonts of the machine that builds it and every build draws the same bytes. The schemas refuse a title or
// description with a character it cannot draw (src/schemas/text.ts).
function loadFonts(fontDir?: URL) {
	return [...cardFontData(fontDir)].map(([weight, data]) => ({ name: CARD_FONT_NAME, data, weight, style: 'normal' as const }));
}

/** The light theme's colours (src/styles/global.css): a card cannot follow the reader's theme. */
const COLOURS = { page: '#fcfcfa', ink: '#1b1c22', muted: '#565a66', accent: '#3d3fb8', line: '#dcdcd4' } as const;

/** The width of the text: the card less its side padding. */
const TEXT_WIDTH = CARD.width - 2 * 80;

type Node = { type: string; props: Record<string, unknown> & { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown, props: Record<string, unknown> = {}): Node => ({ type, props: { ...props, style, children } });

/**
 * The card as an SVG document: satori lays out the text (wrapping, and clamping a long description) with the shipped
 * font. The site's name is set in ink, not in the companies' colours, and the foot says whose card it is.
 */
export async function cardSvg({ site, address, independence, title, description }: CardText, fontDir?: URL): Promise<string> {
	const mark = `data:image/svg+xml;base64,${Buffer.from(markIcon()).toString('base64')}`;
	const tree = h(
		'div',
		{ width: CARD.width, height: CARD.height, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '56px 80px 48px', background: COLOURS.page, color: COLOURS.ink, fontFamily: CARD_FONT_NAME, borderTop: `16px solid ${COLOURS.accent}` },
		[
			h('div', { display: 'flex', alignItems: 'center', gap: '18px', fontSize: 30, fontWeight: 700 }, [h('img', { width: 56, height: 56 }, undefined, { src: mark, width: 56, height: 56 }), site]),
			h('div', { display: 'flex', flexDirection: 'column', gap: '24px', width: TEXT_WIDTH }, [
				h('div', { display: 'block', width: TEXT_WIDTH, fontSize: title.length > 40 ? 60 : 72, fontWeight: 700, lineHeight: 1.1, letterSpacing: '-0.02em', lineClamp: 2, wordBreak: 'break-word' }, title),
				h('div', { display: 'block', width: TEXT_WIDTH, fontSize: 30, lineHeight: 1.4, color: COLOURS.muted, lineClamp: 3, wordBreak: 'break-word' }, description),
			]),
			h('div', { display: 'flex', flexDirection: 'column', gap: '4px', width: TEXT_WIDTH, borderTop: `2px solid ${COLOURS.line}`, paddingTop: '18px', fontSize: 24, lineHeight: 1.25 }, [
				h('div', { display: 'block', fontWeight: 700, color: COLOURS.accent, lineClamp: 1, wordBreak: 'break-all' }, address),
				h('div', { display: 'block', color: COLOURS.muted, lineClamp: 1 }, independence),
			]),
		],
	);
	return satori(tree as never, { width: CARD.width, height: CARD.height, fonts: loadFonts(fontDir) });
}

const require = createRequire(import.meta.url);
/** What turns an SVG into pixels: the rasteriser's version. */
const RASTERISER = `resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version}`;

/** The card as PNG bytes; the SVG is rasterised off the main thread, so cards of several pages are drawn at once. */
async function rasterise(svg: string): Promise<Uint8Array> {
	// The text is already paths: no font of the machine is looked up.
	const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
	return image.asPng();
}

/** The card as PNG bytes. */
export async function renderCard(text: CardText, fontDir?: URL): Promise<Uint8Array> {
	return rasterise(await cardSvg(text, fontDir));
}

/** Texts that exercise every branch of the design (a short title and a long one, which is set smaller; a long description, which is clamped). */
const REFERENCE_TEXTS: readonly CardText[] = [
	{ site: 'Site', address: 'example.org', independence: 'Independent.', title: 'Short title', description: 'One line.' },
	{ site: 'Site', address: 'example.org', independence: 'Independent.', title: 'A title long enough to be set in the smaller size, on two lines', description: 'A description long enough to be clamped: '.repeat(8) },
];

const designs = new Map<string, Promise<string>>();
/**
 * What a card's pixels depend on besides its text, as a hash: the reference cards' SVGs (the layout, the mark, the
 * font's glyphs and satori's version all show in them) and the rasteriser's version. Computed once per build.
 */
function cardDesign(fontDir?: URL): Promise<string> {
	const key = fontDir?.href ?? '';
	let design = designs.get(key);
	if (!design) {
		design = Promise.all(REFERENCE_TEXTS.map((text) => cardSvg(text, fontDir))).then((svgs) => createHash('sha256').update(RASTERISER).update(svgs.join('\n')).digest('hex'));
		designs.set(key, design);
	}
	return design;
}

/**
 * The card as PNG bytes, kept in `dir` between builds under a hash of its text and the design: drawn only when no
 * earlier build drew the same text with the same design, so an unchanged page costs a file read.
 */
export async function keptCard(text: CardText, dir: string, fontDir?: URL): Promise<Uint8Array> {
	const hash = createHash('sha256').update(await cardDesign(fontDir)).update(JSON.stringify([text.site, text.address, text.independence, text.title, text.description]));
	const file = join(dir, `${hash.digest('hex').slice(0, 32)}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = await renderCard(text, fontDir);
		mkdirSync(dir, { recursive: true });
		// Written whole under its name, so a build drawing cards at the same time never reads half of one.
		const part = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
		writeFileSync(part, png);
		renameSync(part, file);
		return png;
	}
}
