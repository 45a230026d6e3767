/**
 * The resource view (issue 15): person-days per role per ISO week against the role's capacity.
 * Each work package's expected effort is spread evenly over its working days (at most `team`
 * people a day, which the duration ⌈expected / team⌉ guarantees) and summed per role and week.
 */
import type { Role } from '../domain/catalog';
import { Decimal } from '../money';
import { dayNumber, isoDate, workCalendar } from './calendar';
import type {
  CalendarOptions,
  PlanAnalysis,
  ResourceRow,
  ResourceView,
  ResourceWeek,
} from './types';

/** Monday = 0 … Sunday = 6 of a day number (1970-01-01, day 0, was a Thursday). */
export function mondayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The ISO 8601 week of a day number: weeks start on Monday, week 1 holds the first Thursday. */
export function isoWeek(day: number): { week: number; year: number } {
  const thursday = day - mondayIndex(day) + 3;
  const year = new Date(thursday * 86_400_000).getUTCFullYear();
  const firstDay = dayNumber(`${year}-01-01`);
  return { week: Math.floor((thursday - firstDay) / 7) + 1, year };
}

/** The Monday of the week a date falls in. */
export function weekStart(date: string): string {
  const day = dayNumber(date);
  return isoDate(day - mondayIndex(day));
}

const twoDecimals = (value: Decimal) => value.toFixed(2);

/**
 * Person-days per role per ISO week (Monday start) from the plan's start week to its last
 * finish week, with each role's capacity (`role.capacity ?? 1` people × the week's working
 * days on the plan's calendar, or on `calendar` when given). Rows follow the order of `roles`
 * and list only roles with planned work; packages without a known role are left out (the
 * analysis notes them). Empty on a plan without dates (a cycle).
 */
export function resourceView(
  analysis: PlanAnalysis,
  roles: readonly Role[],
  calendar: CalendarOptions = analysis.calendar,
): ResourceView {
  const work = workCalendar(calendar);
  const packages = analysis.nodes.filter(
    (node) => !node.phase && analysis.dates[node.id] !== undefined,
  );
  if (packages.length === 0) return { weeks: [], rows: [] };

  let first = dayNumber(analysis.startDate);
  let last = first;
  for (const node of packages) {
    const dates = analysis.dates[node.id]!;
    first = Math.min(first, dayNumber(dates.start));
    last = Math.max(last, dayNumber(dates.finish));
  }
  const firstMonday = first - mondayIndex(first);
  const weekCount = Math.floor((last - firstMonday) / 7) + 1;
  const weeks: ResourceWeek[] = [];
  const workingDaysOfWeek: number[] = [];
  for (let index = 0; index < weekCount; index += 1) {
    const monday = firstMonday + index * 7;
    weeks.push({ weekStart: isoDate(monday), ...isoWeek(monday) });
    let count = 0;
    for (let day = monday; day < monday + 7; day += 1) if (work.isWorking(day)) count += 1;
    workingDaysOfWeek.push(count);
  }

  const known = new Set(roles.map((role) => role.id));
  const loads = new Map<string, Decimal[]>();
  for (const node of packages) {
    const expected = new Decimal(node.expected);
    if (!known.has(node.roleId) || expected.lte(0)) continue;
    const dates = analysis.dates[node.id]!;
    const worked: number[] = [];
    for (let day = dayNumber(dates.start); day <= dayNumber(dates.finish); day += 1) {
      if (work.isWorking(day)) worked.push(day);
    }
    // A package whose dates hold no working day (only on a foreign calendar) books its start.
    if (worked.length === 0) worked.push(dayNumber(dates.start));
    const perDay = expected.div(worked.length);
    let row = loads.get(node.roleId);
    if (row === undefined) {
      row = weeks.map(() => new Decimal(0));
      loads.set(node.roleId, row);
    }
    for (const day of worked) {
      const index = Math.floor((day - firstMonday) / 7);
      row[index] = row[index]!.plus(perDay);
    }
  }

  const rows: ResourceRow[] = [];
  for (const role of roles) {
    const load = loads.get(role.id);
    if (load === undefined) continue;
    const people = role.capacity ?? 1;
    const capacity = workingDaysOfWeek.map((count) => new Decimal(people * count));
    const loadText = load.map(twoDecimals);
    rows.push({
      roleId: role.id,
      name: role.name,
      load: loadText,
      capacity: capacity.map(twoDecimals),
      over: loadText.map((text, index) => new Decimal(text).gt(capacity[index]!)),
    });
  }
  return { weeks, rows };
}
