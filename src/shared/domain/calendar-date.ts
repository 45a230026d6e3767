/** A calendar day; month and day are 1-based. */
export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads a `YYYY-MM-DD` date strictly: the day must exist in the calendar, so 2026-02-30,
 * 2025-02-29, 2026-04-31 and 2026-13-01 give null (Date.parse rolls some of them over).
 * Years 0001–9999; no surrounding spaces, no time part.
 */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a `YYYY-MM-DD` date that exists in the calendar (see parseCalendarDate). */
export function isCalendarDate(text: string): boolean {
  return parseCalendarDate(text) !== null;
}
