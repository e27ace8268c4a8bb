/** Reads the citations a data file's entry writes (`cite:` lists at any depth) as the citations of the page that shows it. */
import type { Citation, SectionRef } from './citations.ts';
import type { ContentProblem, SourceLocation } from './contentProblems.ts';

/**
 * Every citation under a `cite:` list of `data`, in the order written, each placed at its line and in `section` (the
 * entry's row on its page). Its shape was checked by the file's schema; entries of another shape are left to it.
 */
export function dataCitations(data: unknown, at: (path: ReadonlyArray<string | number>) => SourceLocation, section: SectionRef): Citation[] {
	const found: Citation[] = [];
	const walk = (value: unknown, path: Array<string | number>) => {
		if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
		else if (value !== null && typeof value === 'object') {
			for (const [key, inner] of Object.entries(value)) {
				if (key === 'cite' && Array.isArray(inner)) inner.forEach((cite, i) => read(cite, at([...path, key, i])));
				else walk(inner, [...path, key]);
			}
		}
	};
	const read = (cite: unknown, where: SourceLocation) => {
		const { block, source, event, quote } = (cite ?? {}) as Record<string, unknown>;
		const words = typeof quote === 'string' ? quote : undefined;
		if (typeof block === 'string') found.push({ kind: 'article', blockId: block, quote: words, at: where, section });
		else if (typeof source === 'string') found.push({ kind: 'source', sourceId: source, quote: words, at: where, section });
		else if (typeof event === 'string') found.push({ kind: 'event', eventId: event, at: where, section });
	};
	walk(data, []);
	return found;
}

/** A data file whose page does not exist: its citations would count for nothing and its rows be shown nowhere. */
export function missingDataPage(file: string, page: string): ContentProblem {
	return { at: { file, line: 1, column: 1 }, message: `${file} is shown on the page "${page}", which does not exist; expected src/content/docs/${page}.mdx` };
}
