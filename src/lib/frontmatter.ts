/**
 * What the content check reads of a page's frontmatter as written: its title, and its days as text. The collection's
 * schema (src/schemas/doc.ts) checks the fields as Astro reads them (YAML 1.1), by which time `2026-02-30` is already
 * 2 March; read here as YAML 1.2, a day is still the text the editor wrote.
 */
import type { MdastNode } from 'satteri';
import { parse as parseYaml } from 'yaml';
import type { ContentProblem } from './contentProblems.ts';
import { isCalendarDate } from './dates.ts';

/**
 * Where Astro finds a page's frontmatter (@astrojs/internal-helpers' frontmatterRE): it ends at the first line that
 * merely starts with `---` or `+++`. The MDX parser the check reads ends it only at a line that is exactly `---`, so
 * the two must agree, or text the check took for frontmatter would be rendered as MDX unchecked.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** What is wrong with how the frontmatter is fenced, at its line, or undefined when Astro and the check read it alike. */
export function checkFrontmatterFence(mdx: string, file: string): ContentProblem | undefined {
	const match = ASTRO_FRONTMATTER.exec(mdx);
	if (!match) return undefined;
	const lineAt = (offset: number) => mdx.slice(0, offset).split('\n').length;
	if (!mdx.startsWith('---\n') && !mdx.startsWith('---\r\n')) {
		return { at: { file, line: 1, column: 1 }, message: 'the frontmatter must open the file with a line "---" (YAML, nothing before it); expected ---, then the fields, then ---' };
	}
	const close = match.index + match[0].length - 3;
	const rest = mdx.slice(close, mdx.indexOf('\n', close) === -1 ? undefined : mdx.indexOf('\n', close)).replace(/\r$/, '');
	if (rest !== '---') {
		return { at: { file, line: lineAt(close), column: 1 }, message: `the line "${rest.slice(0, 20)}" would end the frontmatter for Astro but not for the content check; expected the frontmatter to close with a line that is exactly "---", and no other line of it to start with "---" or "+++"` };
	}
	return undefined;
}

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
	// Merge keys, tags and timestamps would reach Astro's YAML 1.1 reader as another day than the one written: a day is
	// written plainly, `published: 2026-11-24`, on a line of its own, and must be one of the calendar.
	const lines = yaml.value.split('\n');
	if (lines.some((text) => /^\s*<<\s*:|:\s+!\S|^\s*-\s+!\S/.test(text))) {
		const index = lines.findIndex((text) => /^\s*<<\s*:|:\s+!\S|^\s*-\s+!\S/.test(text));
		problems.push({ at: { file, line: lineOf(index), column: 1 }, message: 'frontmatter uses a YAML merge key or tag; expected plain fields, each written out' });
	}
	for (const field of PAGE_DATE_FIELDS) {
		const index = lines.findIndex((text) => new RegExp(`^["']?${field}["']?\\s*:`).test(text));
		if (index === -1) continue;
		const day = new RegExp(`^${field}: (\\d{4}-\\d{2}-\\d{2})\\s*$`).exec(lines[index]!.replace(/\r$/, ''))?.[1];
		if (day === undefined) {
			problems.push({ at: { file, line: lineOf(index), column: 1 }, message: `frontmatter field "${field}": expected a day written ${field}: YYYY-MM-DD on a line of its own, e.g. ${field}: 2026-11-24` });
		} else if (!isCalendarDate(day)) {
			problems.push({ at: { file, line: lineOf(index), column: 1 }, message: `frontmatter field "${field}": ${day} is not a day of the calendar; expected a real day, YYYY-MM-DD` });
		}
	}
	return { title: typeof data['title'] === 'string' ? data['title'] : undefined };
}
