import { expect, test } from 'vitest';
import { termsGrid } from '../../src/lib/termsGrid.ts';

const dates: Record<string, string> = { a: '2019-07-22', b: '2023-01', c: '2025-10-28', d: '2026-04-27' };
const dateOf = (event: string) => dates[event];
const step = (event: string, reaffirmed = false) => ({ event, reaffirmed });

test('makes a column of every agreement a step names, in date order, whatever order the terms name them', () => {
	const { columns } = termsGrid([{ id: 'licence', steps: [step('d'), step('a')] }, { id: 'cloud', steps: [step('c'), step('a')] }], dateOf);
	expect(columns.map((column) => column.event)).toEqual(['a', 'c', 'd']);
});

test('marks the first step set, a later one changed or reaffirmed, and says nothing is recorded between them', () => {
	const { rows } = termsGrid([{ id: 'cloud', steps: [step('b'), step('c', true), step('d')] }, { id: 'panel', steps: [step('a')] }], dateOf);
	const cloud = rows.find((row) => row.id === 'cloud')!;
	expect(cloud.cells.map((cell) => cell.kind)).toEqual(['none', 'set', 'reaffirmed', 'changed']);
	const panel = rows.find((row) => row.id === 'panel')!;
	expect(panel.cells.map((cell) => cell.kind)).toEqual(['set', 'same', 'same', 'same']);
	expect(panel.cells[3]).toMatchObject({ kind: 'same', since: { event: 'a' } });
});

test('refuses a step under an event whose date it cannot find', () => {
	expect(() => termsGrid([{ id: 'cloud', steps: [step('x')] }], dateOf)).toThrow('no date for the event "x"');
});
