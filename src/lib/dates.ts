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

/** Whether a partial ISO date names a real year, month or day: `2023-02-30` does not, though `Date` would read it as 2 March. */
export function isCalendarDate(date: string): boolean {
	if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(date)) return false;
	if (date.length < 10) return true;
	const day = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
}

/** The day the build runs, `YYYY-MM-DD` in UTC: what content may not claim to have happened after. */
export function buildDay(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** Whether a partial ISO date begins after `today`: `2027` does on 2026-12-04; `2026-12` does not. */
export function startsAfter(date: string, today: string = buildDay()): boolean {
	return date > today.slice(0, date.length);
}
