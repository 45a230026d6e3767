import { daysInMonth } from '#shared/domain/calendar-date';
import type { CalendarDate } from '#shared/domain/calendar-date';
import { ContractInputError } from './errors';
import { readIsoDate, readWholeNumber } from './input';
import type { NumberInput } from './input';

export type ContractTermArgs = {
  /** First day of the contract, YYYY-MM-DD. */
  start: string;
  /** Minimum term in months (at least 1). */
  termMonths: NumberInput;
  /** Notice period in months before a term ends (at most termMonths). */
  noticeMonths: NumberInput;
  /** Length of each automatic renewal in months; 0 = no renewal. */
  renewalMonths?: NumberInput;
  /** The day the term is looked at; renewals whose notice date has passed by then are followed. */
  asOf?: string;
};

export type ContractTerm = { termEnd: string; lastNoticeDate: string };

export type ContractTermDetails = ContractTerm & {
  /** First day of the current term. */
  termStart: string;
  /** How many renewals lie between the start and the current term (0 = first term). */
  renewals: number;
};

const MAX_MONTHS = 1200;

/** The current term's end and the last day to give notice (see contractTermDetails). */
export function contractTerm(args: ContractTermArgs): ContractTerm {
  const { termEnd, lastNoticeDate } = contractTermDetails(args);
  return { termEnd, lastNoticeDate };
}

/**
 * The current term with its start and the number of renewals. A term of n months ends the day before the
 * same day n months later, or on the last day of that month when it has no such day (§ 188 (2), (3) BGB:
 * 31 January + 1 month ends on 28/29 February). Notice is due n months before the term end; a term ending on
 * a month's last day has its notice date on the last day of the month n months earlier.
 */
export function contractTermDetails(args: ContractTermArgs): ContractTermDetails {
  if (typeof args !== 'object' || args === null)
    throw new ContractInputError('args', 'must be an object');
  const start = readIsoDate(args.start, 'start');
  const termMonths = readWholeNumber(args.termMonths, 'termMonths', 1, MAX_MONTHS);
  const noticeMonths = readWholeNumber(args.noticeMonths, 'noticeMonths', 0, MAX_MONTHS);
  if (noticeMonths > termMonths) {
    throw new ContractInputError(
      'noticeMonths',
      `must not be longer than the term (${termMonths} months), got ${noticeMonths}`,
    );
  }
  const renewalMonths =
    args.renewalMonths === undefined
      ? 0
      : readWholeNumber(args.renewalMonths, 'renewalMonths', 0, MAX_MONTHS);
  const asOf = args.asOf === undefined ? undefined : readIsoDate(args.asOf, 'asOf');

  let termStart = start;
  let termEnd = periodEnd(start, termMonths);
  let lastNotice = noticeDate(termEnd, noticeMonths);
  let renewals = 0;
  while (renewalMonths > 0 && asOf !== undefined && compareDates(asOf, lastNotice) > 0) {
    termStart = addDays(termEnd, 1);
    termEnd = periodEnd(termStart, renewalMonths);
    lastNotice = noticeDate(termEnd, noticeMonths);
    renewals += 1;
  }
  return {
    termStart: formatDate(termStart),
    termEnd: formatDate(termEnd),
    lastNoticeDate: formatDate(lastNotice),
    renewals,
  };
}

function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

function periodEnd(start: CalendarDate, months: number): CalendarDate {
  const target = addMonths(start.year, start.month, months);
  const last = daysInMonth(target.year, target.month);
  if (start.day > last) return checkYear({ ...target, day: last });
  return checkYear(addDays({ ...target, day: start.day }, -1));
}

function noticeDate(termEnd: CalendarDate, months: number): CalendarDate {
  const target = addMonths(termEnd.year, termEnd.month, -months);
  const last = daysInMonth(target.year, target.month);
  const endsOnLastDay = termEnd.day === daysInMonth(termEnd.year, termEnd.month);
  return checkYear({ ...target, day: endsOnLastDay ? last : Math.min(termEnd.day, last) });
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  // setUTCFullYear, unlike Date.UTC, does not map the years 0–99 to 1900–1999.
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day + days);
  return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
}

function checkYear(date: CalendarDate): CalendarDate {
  if (date.year < 1 || date.year > 9999) {
    throw new ContractInputError('termMonths', 'the term reaches beyond the years 0001 to 9999');
  }
  return date;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function formatDate(date: CalendarDate): string {
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export type NoticeWatch = { id: string } & Omit<ContractTermArgs, 'asOf'>;

export type NoticeDeadline = ContractTermDetails & { id: string; daysLeft: number };

/**
 * The contracts whose last notice date falls within `days` (default 90) from `asOf`, inclusive, soonest first.
 * A contract whose notice date has passed and that renews is looked at in its renewed term.
 */
export function upcomingNoticeDeadlines(
  contracts: readonly NoticeWatch[],
  { asOf, days = 90 }: { asOf: string; days?: NumberInput },
): NoticeDeadline[] {
  const today = readIsoDate(asOf, 'asOf');
  const window = readWholeNumber(days, 'days', 0, 3650);
  const dayNumber = (date: CalendarDate) =>
    Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
  const deadlines: NoticeDeadline[] = [];
  contracts.forEach((contract, index) => {
    let term: ContractTermDetails;
    try {
      term = contractTermDetails({ ...contract, asOf });
    } catch (error) {
      if (error instanceof ContractInputError) {
        throw new ContractInputError(
          `contracts[${index}].${error.field}`,
          error.message.replace(`${error.field}: `, ''),
        );
      }
      throw error;
    }
    const daysLeft =
      dayNumber(readIsoDate(term.lastNoticeDate, 'lastNoticeDate')) - dayNumber(today);
    if (daysLeft >= 0 && daysLeft <= window) deadlines.push({ id: contract.id, ...term, daysLeft });
  });
  return deadlines.sort((a, b) => a.daysLeft - b.daysLeft || a.id.localeCompare(b.id));
}
