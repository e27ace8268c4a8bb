import { expect, test } from 'vitest';
import { barChart, formatAmount } from '../../src/lib/figures.ts';

const figure = (id: string, date: string, amount: number, basis: 'filed' | 'stated' | 'reported' = 'filed') => ({
	id,
	date,
	measure: 'money' as const,
	label: id,
	amount,
	approximate: false,
	basis,
	note: '',
});

test('says an amount in words, with "about" where the sources are approximate', () => {
	expect(formatAmount({ measure: 'money', amount: 11.8, approximate: false })).toBe('$11.8 billion');
	expect(formatAmount({ measure: 'money', amount: 10, approximate: true })).toBe('about $10 billion');
	expect(formatAmount({ measure: 'stake', amount: 32.5, approximate: false })).toBe('32.5 percent');
});

test('draws bars in date order, each as long as its share of the largest, reported ones told apart', () => {
	const { bars, height } = barChart([figure('total', '2024-10-30', 13), figure('first', '2019-07-22', 1, 'stated'), figure('second', '2021', 2, 'reported')], { barArea: 260, rowHeight: 40 });
	expect(bars.map((bar) => [bar.id, bar.y, bar.width, bar.reported])).toEqual([
		['first', 0, 20, false],
		['second', 40, 40, true],
		['total', 80, 260, false],
	]);
	expect(height).toBe(120);
});
