/** Formats dates that are only as precise as their sources: a year, a month or a day. */

export type DatePrecision = 'year' | 'month' | 'day';

/** The precision a partial ISO date is written with: `2019` → year, `2019-07` → month. */
export function datePrecision(date: string): DatePrecision {
	const parts = date.split('-').length;
	return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** A reader's form of a partial ISO date, never claiming more precision than it has: "July 2019". */
export function formatPartialDate(date: string, locale = 'en-GB'): string {
	const precision = datePrecision(date);
	if (precision === 'year') return date;
	const options: Intl.DateTimeFormatOptions =
		precision === 'month' ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
	return new Intl.DateTimeFormat(locale, options).format(new Date(`${date}${precision === 'month' ? '-01' : ''}T00:00:00Z`));
}

/** The calendar year of a partial ISO date. */
export function dateYear(date: string): number {
	return Number(date.slice(0, 4));
}
