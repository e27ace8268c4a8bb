/**
 * What the content check reads of a page's frontmatter as written: its title, and its days as text. The collection's
 * schema (src/schemas/doc.ts) checks the fields as Astro reads them (YAML 1.1), by which time `2026-02-30` is already
 * 2 March; read here as YAML 1.2, a day is still the text the editor wrote.
 */
import type { MdastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import type { ContentProblem } from './contentProblems.ts';
import { isCalendarDate } from './dates.ts';

/** The frontmatter fields that hold a day. */
const PAGE_DATE_FIELDS = ['published', 'updated'] as const;

/** The page's title, if it has one; problems of its YAML and of its days are added to `problems`, each at its line. */
export function readFrontmatter(root: MdastNode, file: string, problems: ContentProblem[]): { title?: string | undefined } {
	const yaml = (root as { children: MdastNode[] }).children.find((node) => node.type === 'yaml') as { value: string } | undefined;
	if (!yaml) return {};
	// Frontmatter lines are counted after the opening `---` on line 1.
	const lineOf = (index: number) => index + 2;
	let data: Record<string, unknown>;
	try {
		data = (parseYaml(yaml.value) ?? {}) as Record<string, unknown>;
	} catch (error) {
		const position = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
		problems.push({ at: { file, line: lineOf((position?.line ?? 1) - 1), column: position?.col ?? 1 }, message: `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
		return {};
	}
	for (const field of PAGE_DATE_FIELDS) {
		const value = data[field];
		if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isCalendarDate(value)) {
			const index = yaml.value.split('\n').findIndex((text) => text.startsWith(`${field}:`));
			problems.push({ at: { file, line: lineOf(index), column: 1 }, message: `frontmatter field "${field}": ${value} is not a day of the calendar; expected a real day, YYYY-MM-DD` });
		}
	}
	return { title: typeof data['title'] === 'string' ? data['title'] : undefined };
}
