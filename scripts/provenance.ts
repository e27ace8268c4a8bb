// Prints, page by page, the citations the site makes and how much of the article they cover; exits 1 on any problem.
import { pathToFileURL } from 'node:url';
import { provenanceErrorMessage, readSiteProvenance } from '../src/loaders/siteContent.ts';
import { SEED_FILE } from '../src/files.ts';

const root = pathToFileURL(`${process.cwd()}/`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const byNumber = (a: string, b: string) => Number(a.slice(1)) - Number(b.slice(1));
const provenance = readSiteProvenance(root);

for (const { path, title, citations } of provenance.pages) {
	const article = citations.citations.filter((c) => c.kind === 'article');
	const sources = citations.citations.filter((c) => c.kind === 'source').length;
	const events = citations.citations.filter((c) => c.kind === 'event').length;
	const blocks = [...new Set(article.map((c) => c.blockId))].sort(byNumber);
	console.log(`\n${title}  (${path})`);
	console.log(`  ${plural(citations.statementCount, 'statement')} (${citations.statementWords} words), ${plural(citations.citations.length, 'citation')}: ${article.length} of the article, ${sources} of outside sources, ${events} of timeline events; ${plural(citations.recordNotes.length, 'correction note')}`);
	console.log(`  blocks: ${blocks.join(', ') || '—'}`);
	const intro = citations.citations.filter((c) => c.section === undefined).length;
	console.log(`  ${String(intro).padStart(3)}  (introduction)`);
	for (const section of citations.sections) {
		const count = citations.citations.filter((c) => c.section?.id === section.id).length;
		console.log(`  ${String(count).padStart(3)}  § ${section.title}`);
	}
}

const blockCount = provenance.blocks.length;
const covered = blockCount - provenance.uncited.length;
console.log(`\nArticle ${SEED_FILE}: ${covered} of ${blockCount} blocks cited (${Math.round((100 * covered) / blockCount)}%)`);
for (const [id, places] of provenance.citedBy) console.log(`  ${id.padEnd(4)} cited by ${plural(places.length, 'place')}`);
console.log(`${plural(provenance.citationCount, 'citation')} on ${plural(provenance.pages.length, 'page')}`);
const statements = provenance.pages.reduce((n, p) => n + p.citations.statementCount, 0);
const notes = provenance.pages.reduce((n, p) => n + p.citations.recordNotes.length, 0);
console.log(`${plural(statements, 'statement')} of prose, every one cited; ${plural(notes, 'correction note')} beside the claims they qualify, from ${plural(provenance.corrections, 'event')} with a correction`);
const kinds = Object.entries(provenance.sourceKinds).map(([kind, n]) => `${n} ${kind}`).join(', ');
console.log(`${plural(provenance.sourceUses.size, 'outside source')}: ${kinds}`);

if (provenance.problems.length > 0) {
	console.error(`\n${provenanceErrorMessage(provenance.problems)}`);
	process.exit(1);
}
console.log('Every citation holds.');
