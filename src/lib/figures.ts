/** The money page's figures as a reader and a machine read them: amounts in words, bars of a chart, rows of a data file. */

/** What these functions need of a figure (src/schemas/money.ts). */
export interface FigureLike {
	id: string;
	date: string;
	measure: 'money' | 'stake';
	label: string;
	amount: number;
	approximate: boolean;
	basis: 'filed' | 'stated' | 'reported';
	note: string;
}

/** An amount as a reader reads it: "$13 billion", "about $10 billion", "27 percent". */
export function formatAmount(figure: Pick<FigureLike, 'measure' | 'amount' | 'approximate'>): string {
	const about = figure.approximate ? 'about ' : '';
	const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(figure.amount);
	return figure.measure === 'money' ? `${about}$${number} billion` : `${about}${number} percent`;
}

/** How a figure is known, in the words the chart's legend and the table use. */
export const BASIS_LABELS: Record<FigureLike['basis'], string> = {
	filed: 'in a filing',
	stated: 'stated by the companies',
	reported: 'reported by the press',
};

/** One bar of a horizontal bar chart, in the chart's own units. */
export interface Bar {
	id: string;
	y: number;
	width: number;
	label: string;
	value: string;
	reported: boolean;
}

/** The layout of a bar chart: the bars of `figures` in date order, each as long as its share of the largest amount. */
export function barChart(figures: readonly FigureLike[], { barArea, rowHeight }: { barArea: number; rowHeight: number }): { bars: Bar[]; height: number } {
	const sorted = [...figures].sort((a, b) => a.date.localeCompare(b.date));
	const largest = Math.max(...sorted.map((figure) => figure.amount));
	const bars = sorted.map((figure, i) => ({
		id: figure.id,
		y: i * rowHeight,
		// Rounded to a tenth, so the drawing is the same on every machine.
		width: Math.round((figure.amount / largest) * barArea * 10) / 10,
		label: figure.label,
		value: formatAmount(figure),
		reported: figure.basis === 'reported',
	}));
	return { bars, height: bars.length * rowHeight };
}

/** The columns of the money page's data files (CSV and JSON), in order; the names are the JSON keys. */
export const FIGURE_FIELDS = ['id', 'date', 'measure', 'label', 'amount', 'unit', 'approximate', 'basis', 'note', 'url'] as const;

/** One figure as a row of the data files: its unit spelled out and its address on the money page. */
export function figureRecord(figure: FigureLike, url: string, unit: string): Record<(typeof FIGURE_FIELDS)[number], string | number | boolean> {
	return { id: figure.id, date: figure.date, measure: figure.measure, label: figure.label, amount: figure.amount, unit, approximate: figure.approximate, basis: figure.basis, note: figure.note, url };
}
