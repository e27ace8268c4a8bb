/** How the content checks report what does not hold: each problem at its file, line and column, in one format. */

/** Where something stands in a content file, for error messages an editor can jump to. */
export interface SourceLocation {
	file: string;
	line: number;
	column: number;
}

/** Something in the content that does not hold (a citation, a field, a file), with where it is and what was expected instead. */
export interface ContentProblem {
	at: SourceLocation;
	message: string;
}

/** One line per problem, `file:line:column  message`, sorted by place, for build errors and reports. */
export function formatProblems(problems: readonly ContentProblem[]): string {
	return [...problems]
		.sort((a, b) => a.at.file.localeCompare(b.at.file) || a.at.line - b.at.line || a.at.column - b.at.column)
		.map((p) => `${p.at.file}:${p.at.line}:${p.at.column}  ${p.message}`)
		.join('\n');
}
