/** A link that opens a new issue about a page, in a GitHub repository's tracker, with the page (and the section read) filled in. */

export interface ErrorReport {
	/** The page's title. */
	title: string;
	/** The page's address, or a section's (`…/themes/azure/#revenue-share`). */
	url: string;
	/** The section's heading, when the reader was in one. */
	section?: string | undefined;
}

/** The body the reader completes: where, then what is wrong and how the reader knows. */
function reportBody({ url, section }: ErrorReport): string {
	return [`Page: ${url}`, ...(section ? [`Section: ${section}`] : []), '', 'What is wrong:', '', 'What the source says (a link if you have one):', ''].join('\n');
}

/** The address of a new issue in the tracker at `issues` (`https://github.com/owner/repo/issues`) about `report`. */
export function reportErrorUrl(issues: string, report: ErrorReport): string {
	const url = new URL(`${issues.replace(/\/+$/, '')}/new`);
	url.searchParams.set('title', `Error on “${report.title}”${report.section ? `, ${report.section}` : ''}`);
	url.searchParams.set('body', reportBody(report));
	return url.href;
}
