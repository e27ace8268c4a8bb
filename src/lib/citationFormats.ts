/**
 * A page's citation as BibTeX and as RIS. Written here, not by citation-js (which still formats the APA reference and
 * CSL-JSON): its BibTeX keeps only ASCII, silently dropping every other script, and its RIS wraps a long title onto
 * lines that RIS readers take for new fields. Both formats are tested on generated text, parsed back by citation-js.
 */

/** What both formats say of a page. */
export interface CitationRecord {
	/** The entry's key, ASCII: `themes-azure-2026`. */
	key: string;
	title: string;
	/** The site, which publishes the page and stands as its corporate author. */
	publisher: string;
	url: string;
	/** `YYYY-MM-DD`. */
	date: string;
}

/** LaTeX's special characters, each as text (the rest of Unicode goes as UTF-8, which BibLaTeX and biber read). */
const LATEX_TEXT: Readonly<Record<string, string>> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	$: '\\$',
	'&': '\\&',
	'%': '\\%',
	'#': '\\#',
	_: '\\_',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
};

/**
 * Text as a BibTeX value says it: specials escaped, TeX's ligatures broken (`--` would read as an en dash, two
 * apostrophes as a closing quote), any run of white space one space (as BibTeX reads it anyway).
 */
function bibtexText(text: string): string {
	return text
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/[\\{}$&%#_~^]/g, (char) => LATEX_TEXT[char]!)
		.replace(/([-`'<>,])(?=\1)|([!?])(?=`)/g, '$1$2{}');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

function dateParts(date: string, url: string): [string, string, string] {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) throw new Error(`citation of ${url}: expected the date as YYYY-MM-DD, got "${date}"`);
	return [match[1]!, match[2]!, match[3]!];
}

/**
 * The page as a BibTeX `@misc` entry that BibLaTeX reads in full (`date`, `url`) and classic BibTeX in part (`year`,
 * `month`, `howpublished`). The title and the author are double-braced so that no style changes their case.
 */
export function bibtexEntry({ key, title, publisher, url, date }: CitationRecord): string {
	const [year, month] = dateParts(date, url);
	return [
		`@misc{${key},`,
		`\tauthor = {{${bibtexText(publisher)}}},`,
		`\ttitle = {{${bibtexText(title)}}},`,
		`\tdate = {${date}},`,
		`\tyear = {${year}},`,
		`\tmonth = ${MONTHS[Number(month) - 1]},`,
		`\turl = {${url}},`,
		`\thowpublished = {\\url{${url}}},`,
		'}',
		'',
	].join('\n');
}

/** Text as one RIS field: RIS has no escapes, so its value is kept to one line (the schemas refuse line breaks already). */
function risText(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** The page as one RIS record (`ELEC`, a web page), one field per line, however long. */
export function risRecord({ key, title, publisher, url, date }: CitationRecord): string {
	const [year, month, day] = dateParts(date, url);
	return [
		'TY  - ELEC',
		`AU  - ${risText(publisher)}`,
		`TI  - ${risText(title)}`,
		`PY  - ${year}`,
		`DA  - ${year}/${month}/${day}/`,
		`UR  - ${url}`,
		`ID  - ${key}`,
		'ER  - ',
		'',
	].join('\n');
}
