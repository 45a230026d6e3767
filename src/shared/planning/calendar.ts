/**
 * Working days: weekends, the public holidays of a German state (or an Austrian or Swiss
 * region) and company holidays are closed. Public holidays are date-holidays' (type 'public'
 * only, German names): for 2015–2060 from the table generated from it (holiday-table.ts, kept
 * equal by a unit test), other years from the library itself (holidays.ts). Each calendar and
 * year is looked up once. Dates are ISO strings ("2027-05-27"); arithmetic runs on day numbers
 * (days since 1970-01-01), never on local time.
 *
 * Bavaria: date-holidays lists Mariä Himmelfahrt (15.08.) as public only in its predominantly
 * Catholic communities (region 'KATH') and the Augsburger Friedensfest (08.08.) only in the
 * city of Augsburg (region 'A'); the state-wide calendar 'BY' follows that list, so neither
 * closes a Bavarian working day here.
 */
import { germanStates, planCountries } from '../domain/planning';
import type { PlanCountry } from '../domain/planning';
import { HOLIDAY_NAMES, HOLIDAY_TABLE, HOLIDAY_TABLE_YEARS } from './holiday-table';
import { holidayLibrary } from './holidays';
import type { CalendarOptions, Holiday } from './types';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date; throws on anything that is not a real calendar date. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match === null) throw new Error(`"${date}" is not an ISO date (YYYY-MM-DD)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const check = new Date(time);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`"${date}" is not a calendar date`);
  }
  return Math.round(time / DAY_MS);
}

/**
 * Year, month (1–12) and day of a day number, in integer arithmetic (H. Hinnant's
 * civil_from_days): formatting thousands of dates through Date objects is the slow part of a
 * large schedule.
 */
function civil(day: number): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${two(m)}-${two(d)}`;
}

function yearOf(day: number): number {
  return civil(day)[0];
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const instances = new Map<string, InstanceType<ReturnType<typeof holidayLibrary>>>();
const publicByYear = new Map<string, Map<number, string>>();
type TableCountry = (typeof HOLIDAY_TABLE)[PlanCountry];
const decoded = new Map<PlanCountry, Map<number, [number, string, number][]>>();

/** The table's entries of a country by year: [day number, name, region mask]. */
function tableYears(country: PlanCountry): Map<number, [number, string, number][]> {
  let years = decoded.get(country);
  if (years !== undefined) return years;
  years = new Map();
  const base = dayNumber(`${HOLIDAY_TABLE_YEARS.from}-01-01`);
  const table: TableCountry = HOLIDAY_TABLE[country];
  for (const entry of table.days.split(' ')) {
    const [day, name, mask] = entry.split('.').map((part) => parseInt(part, 36)) as [
      number,
      number,
      number,
    ];
    const year = yearOf(base + day);
    const list = years.get(year) ?? [];
    list.push([base + day, HOLIDAY_NAMES[name] ?? '', mask]);
    years.set(year, list);
  }
  decoded.set(country, years);
  return years;
}

function resolveRegion(options: CalendarOptions): { country: PlanCountry; region: string } {
  if (options.state !== undefined && options.state !== '') {
    const state = options.state.toUpperCase();
    if (!(germanStates as readonly string[]).includes(state)) {
      throw new Error(`unknown German state "${options.state}" (expected one of BW … TH)`);
    }
    return { country: 'DE', region: state };
  }
  const country = options.country ?? 'DE';
  if (!(planCountries as readonly string[]).includes(country)) {
    throw new Error(`unsupported calendar country "${String(country)}"`);
  }
  const region = options.region ?? '';
  if (region !== '' && !calendarRegions(country).some((entry) => entry.code === region)) {
    throw new Error(`unknown holiday region "${region}" for ${country}`);
  }
  return { country, region };
}

/** From the library (years outside the table): its public holidays, German names. */
function libraryHolidays(country: PlanCountry, region: string, year: number): Map<number, string> {
  const Holidays = holidayLibrary(year);
  const regionKey = `${country}|${region}`;
  let holidays = instances.get(regionKey);
  if (holidays === undefined) {
    holidays =
      region === ''
        ? new Holidays(country, { languages: ['de'], types: ['public'] })
        : new Holidays(country, region, { languages: ['de'], types: ['public'] });
    instances.set(regionKey, holidays);
  }
  const days = new Map<number, string>();
  for (const holiday of holidays.getHolidays(year)) {
    if (holiday.type !== 'public') continue;
    days.set(dayNumber(holiday.date.slice(0, 10)), holiday.name);
  }
  return days;
}

/** The public holidays (German names) of a calendar in one year, by day number. */
function publicHolidays(country: PlanCountry, region: string, year: number): Map<number, string> {
  const key = `${country}|${region}|${year}`;
  const cached = publicByYear.get(key);
  if (cached !== undefined) return cached;
  let days: Map<number, string>;
  if (year >= HOLIDAY_TABLE_YEARS.from && year <= HOLIDAY_TABLE_YEARS.to) {
    const bit = HOLIDAY_TABLE[country].regions.findIndex((entry) => entry.code === region);
    days = new Map();
    for (const [day, name, mask] of tableYears(country).get(year) ?? []) {
      if (Math.floor(mask / 2 ** bit) % 2 === 1) days.set(day, name);
    }
  } else {
    days = libraryHolidays(country, region, year);
  }
  publicByYear.set(key, days);
  return days;
}

/** A resolved calendar: answers "is this day worked?" for day numbers. */
export type WorkCalendar = {
  isWorking: (day: number) => boolean;
  holidayName: (day: number) => string | null;
};

const COMPANY_HOLIDAY = 'Betriebsferien';

/** Resolves calendar options once (validating the region); cheap to call repeatedly. */
export function workCalendar(options: CalendarOptions): WorkCalendar {
  const { country, region } = resolveRegion(options);
  const company = (options.companyHolidays ?? []).map((range) => ({
    from: dayNumber(range.from),
    to: dayNumber(range.to),
    name: range.label === '' ? COMPANY_HOLIDAY : range.label,
  }));
  // The year last looked up, by its first and last day number (walks stay inside one year).
  let [yearFirst, yearLast] = [1, 0];
  let yearHolidays = new Map<number, string>();
  const holidayName = (day: number): string | null => {
    if (day < yearFirst || day > yearLast) {
      const year = yearOf(day);
      yearFirst = dayNumber(`${year}-01-01`);
      yearLast = dayNumber(`${year}-12-31`);
      yearHolidays = publicHolidays(country, region, year);
    }
    const name = yearHolidays.get(day);
    if (name !== undefined) return name;
    for (const range of company) {
      if (day >= range.from && day <= range.to) return range.name;
    }
    return null;
  };
  return {
    holidayName,
    isWorking: (day) => {
      const dow = weekday(day);
      return dow !== 0 && dow !== 6 && holidayName(day) === null;
    },
  };
}

/** Whether `date` is worked: not a weekend, public holiday or company holiday. */
export function isWorkingDay(date: string, options: CalendarOptions): boolean {
  return workCalendar(options).isWorking(dayNumber(date));
}

/** `date` itself when it is a working day, else the next one. */
export function nextWorkingDay(date: string, options: CalendarOptions): string {
  const calendar = workCalendar(options);
  let day = dayNumber(date);
  while (!calendar.isWorking(day)) day += 1;
  return isoDate(day);
}

function stepWorkingDays(calendar: WorkCalendar, from: number, days: number): number {
  if (!Number.isInteger(days)) throw new Error(`working days must be a whole number, not ${days}`);
  const step = days < 0 ? -1 : 1;
  let day = from;
  for (let left = Math.abs(days); left > 0;) {
    day += step;
    if (calendar.isWorking(day)) left -= 1;
  }
  return day;
}

/**
 * The ISO date `days` working days after `date` (`date` itself not counted; 0 returns `date`;
 * a negative number counts backwards).
 */
export function addWorkingDays(date: string, days: number, options: CalendarOptions): string {
  return isoDate(stepWorkingDays(workCalendar(options), dayNumber(date), days));
}

/** The number of working days from `from` to `to`, both included (0 when `to` is before `from`). */
export function workingDays(from: string, to: string, options: CalendarOptions): number {
  const calendar = workCalendar(options);
  const last = dayNumber(to);
  let count = 0;
  for (let day = dayNumber(from); day <= last; day += 1) {
    if (calendar.isWorking(day)) count += 1;
  }
  return count;
}

/**
 * The working day with the given 0-based index from `start` (index 0 = `start`, or the next
 * working day when `start` is not one).
 */
export function workingDayDate(start: string, index: number, options: CalendarOptions): string {
  const calendar = workCalendar(options);
  let day = dayNumber(start);
  while (!calendar.isWorking(day)) day += 1;
  return isoDate(stepWorkingDays(calendar, day, index));
}

/**
 * The public and company holidays from `from` to `to` (both included, weekends too), one per
 * day, German names; company holidays carry their label ("Betriebsferien" without one).
 */
export function holidaysBetween(from: string, to: string, options: CalendarOptions): Holiday[] {
  const calendar = workCalendar(options);
  const result: Holiday[] = [];
  const last = dayNumber(to);
  for (let day = dayNumber(from); day <= last; day += 1) {
    const name = calendar.holidayName(day);
    if (name !== null) result.push({ date: isoDate(day), name });
  }
  return result;
}

/** The holiday regions of a country with German names (DE: the 16 states), without the nationwide ''. */
export function calendarRegions(country: PlanCountry): { code: string; name: string }[] {
  return HOLIDAY_TABLE[country].regions
    .filter((region) => region.code !== '')
    .map(({ code, name }) => ({ code, name }));
}
