import { isCalendarDate } from '../domain/calendar-date';

const DAY_MS = 86_400_000;

function parseDay(isoDate: string): number {
  if (!isCalendarDate(isoDate)) throw new RangeError(`not a calendar date: "${isoDate}"`);
  return Date.UTC(
    Number(isoDate.slice(0, 4)),
    Number(isoDate.slice(5, 7)) - 1,
    Number(isoDate.slice(8, 10)),
  );
}

const formatDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Easter Sunday of `year` (Gregorian calendar, anonymous algorithm), as UTC midnight. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

const holidayCache = new Map<number, Set<string>>();

/**
 * The public holidays of all German states in `year` (`YYYY-MM-DD`): New Year, Good Friday,
 * Easter Monday, Labour Day, Ascension, Whit Monday, German Unity Day, Christmas Day and
 * St Stephen's Day. Regional ones (Epiphany, Corpus Christi …) are not among them.
 */
export function germanPublicHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fixed = ['01-01', '05-01', '10-03', '12-25', '12-26'].map((day) => `${year}-${day}`);
  const moving = [-2, 1, 39, 50].map((offset) => formatDay(easter + offset * DAY_MS));
  const holidays = new Set([...fixed, ...moving]);
  holidayCache.set(year, holidays);
  return holidays;
}

/** Monday to Friday and not a nationwide German public holiday. */
export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(parseDay(isoDate)).getUTCDay();
  return (
    weekday !== 0 &&
    weekday !== 6 &&
    !germanPublicHolidays(Number(isoDate.slice(0, 4))).has(isoDate)
  );
}

/**
 * The day `n` working days after `isoDate` (before it for negative `n`), skipping weekends
 * and the nationwide German public holidays; `n` = 0 is the day itself.
 */
export function addWorkingDays(isoDate: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`n must be a whole number, got ${n}`);
  let time = parseDay(isoDate);
  const step = n < 0 ? -DAY_MS : DAY_MS;
  for (let left = Math.abs(n); left > 0;) {
    time += step;
    if (isWorkingDay(formatDay(time))) left -= 1;
  }
  return formatDay(time);
}

/** How many working days after the capture a lead's follow-up is due by default. */
export const FOLLOW_UP_WORKING_DAYS = 2;

/**
 * A lead's default follow-up: two working days after the day it was captured. `capturedAt` is
 * an ISO timestamp (or date); its day is the date as written (a UTC timestamp's UTC day).
 */
export function defaultFollowUpDate(capturedAtIso: string): string {
  return addWorkingDays(capturedAtIso.slice(0, 10), FOLLOW_UP_WORKING_DAYS);
}
