/** Lays the terms of the agreements out as a grid: a column per agreement, a row per term, a cell per term and agreement. */

/** What the grid needs of a term: its id, and its steps, each under the event that set it. */
export interface TermLike<S extends { event: string }> {
	id: string;
	steps: readonly S[];
}

/** A column: the agreement or statement (a timeline event) that set some term, with its date. */
export interface AgreementColumn {
	event: string;
	date: string;
}

/**
 * A cell: the term as that agreement set it (`set`, the first state; `changed`, a later one; `reaffirmed`, a later
 * one that restates it unchanged), with no change recorded since an earlier column (`same`), or not yet a term of
 * any agreement (`none`).
 */
export type TermCell<S> = { kind: 'set' | 'changed' | 'reaffirmed'; step: S } | { kind: 'same'; since: AgreementColumn } | { kind: 'none' };

/**
 * The columns (every event some step stands under, in date order, events of one date in the order first
 * named) and, for each term, one cell per column. A step under an event no date is known for is an error.
 */
export function termsGrid<S extends { event: string; reaffirmed?: boolean }>(terms: ReadonlyArray<TermLike<S>>, dateOf: (event: string) => string | undefined): { columns: AgreementColumn[]; rows: Array<{ id: string; cells: TermCell<S>[] }> } {
	const columns: AgreementColumn[] = [];
	for (const step of terms.flatMap((term) => term.steps)) {
		if (columns.some((column) => column.event === step.event)) continue;
		const date = dateOf(step.event);
		if (date === undefined) throw new Error(`termsGrid: no date for the event "${step.event}"`);
		columns.push({ event: step.event, date });
	}
	columns.sort((a, b) => a.date.localeCompare(b.date));
	const rows = terms.map((term) => {
		let since: AgreementColumn | undefined;
		const cells = columns.map((column): TermCell<S> => {
			const step = term.steps.find((candidate) => candidate.event === column.event);
			if (step) {
				const kind = !since ? 'set' : step.reaffirmed ? 'reaffirmed' : 'changed';
				since = column;
				return { kind, step };
			}
			return since ? { kind: 'same', since } : { kind: 'none' };
		});
		return { id: term.id, cells };
	});
	return { columns, rows };
}
