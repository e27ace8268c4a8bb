import { expect, test } from 'vitest';
import { datePrecision, dateYear, formatPartialDate } from '../../src/lib/dates.ts';

test('reads the precision from how much of the date is written', () => {
	expect(['2019', '2019-07', '2019-07-22'].map(datePrecision)).toEqual(['year', 'month', 'day']);
});

test('formats a date no more precisely than it is written', () => {
	expect(formatPartialDate('2019')).toBe('2019');
	expect(formatPartialDate('2016-11')).toBe('November 2016');
	expect(formatPartialDate('2019-07-22')).toBe('22 July 2019');
});

test('takes the year of any partial date', () => {
	expect(dateYear('2025-10-28')).toBe(2025);
});
