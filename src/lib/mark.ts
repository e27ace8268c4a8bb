/** The site's mark, drawn once: two rings that overlap, two companies and what they share. The icon and the header draw it. */

/** The mark's geometry in a 32 by 32 box: the rings' centres and radius. */
export const MARK = { viewBox: '0 0 32 32', rings: [11.5, 20.5], cy: 16, r: 7.5, strokeWidth: 3 } as const;

/** The browser icon: the rings in white on a square of the accent of the light theme (an icon cannot follow the page's theme). */
export function markIcon(): string {
	const rings = MARK.rings.map((cx) => `<circle cx="${cx}" cy="${MARK.cy}" r="${MARK.r}"/>`).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${MARK.viewBox}"><rect width="32" height="32" rx="7" fill="#3d3fb8"/><g fill="none" stroke="#fff" stroke-width="${MARK.strokeWidth}">${rings}</g></svg>`;
}
