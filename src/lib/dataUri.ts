/** Turns an SVG document into a `data:` URL as short as browsers accept: only the characters a URL cannot carry are escaped. */
export function svgDataUri(svg: string): string {
	const body = svg
		.trim()
		.replace(/\s+/g, ' ')
		.replace(/"/g, "'")
		.replace(/[%#<>?[\\\]^`{|}]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
	return `data:image/svg+xml,${body}`;
}
