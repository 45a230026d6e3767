/**
 * MS Project XML (MSPDI, Microsoft's Project XML Data Interchange schema, namespace
 * http://schemas.microsoft.com/project), which MS Project, ProjectLibre and GanttProject import.
 * Elements are written in the order of the schema's xsd:sequence (mspdi_pj12.xsd): readers
 * built on JAXB and Project itself refuse or drop elements out of order.
 *
 * The plan maps to: one base calendar (Monday–Friday, the plan's holidays as exceptions), the
 * project summary task (UID 0), every WBS node in WBS order (phases as summary tasks, packages
 * as fixed-duration tasks), each plan milestone as a zero-duration task after the last child
 * of its package's phase (so the outline numbers equal the WBS numbers), finish-to-start links
 * with their lag, one work resource per role used and one assignment per package.
 */
import type { Role } from '../domain/catalog';
import type { Language } from '../domain/common';
import { Decimal } from '../money';
import { dayNumber, holidaysBetween, isoDate, workingDayDate } from './calendar';
import type { Holiday, PlanAnalysis } from './types';

export type MspdiOptions = {
  /** The project's name in the file ("A-2027-0012 Migration Rechenzentrum"). */
  title: string;
  /** The rate card; packages name their role by id. */
  roles: readonly Role[];
  /** Names the calendar ("Standard (Feiertage BY)"); task names are the plan's own. */
  language: Language;
  /** The offer's currency (ISO code; default EUR). */
  currency?: string;
  /** Working hours a day (default 8: 08:00–12:00 and 13:00–17:00). */
  hoursPerDay?: number;
};

type TaskEntry = {
  key: string;
  name: string;
  outline: string;
  level: number;
  kind: 'summary' | 'task' | 'milestone';
  start: string;
  finish: string;
  startTime: string;
  finishTime: string;
  days: number;
  work: Decimal;
  critical: boolean;
  notes: string;
  links: { key: string; lagDays: number }[];
  roleId: string;
  team: number;
};

/** The plan as an MSPDI document (UTF-8 XML text). Throws when the plan has no schedule (a cycle). */
export function planToMspdi(analysis: PlanAnalysis, options: MspdiOptions): string {
  if (analysis.duration === null) {
    const cycle = analysis.problems.find((problem) => problem.kind === 'cycle');
    throw new Error(
      `The plan has no schedule to export${cycle ? `: cycle ${cycle.names.join(' → ')}` : ''}`,
    );
  }
  const hours = options.hoursPerDay ?? 8;
  if (!(hours > 0 && hours <= 24)) throw new Error(`hoursPerDay must be in (0, 24], not ${hours}`);
  const periods = workingPeriods(hours);
  const startTime = periods[0]![0];
  const finishTime = periods.at(-1)![1];
  const duration = analysis.duration;

  const tasks = taskEntries(analysis, startTime, finishTime);
  const uid = new Map(tasks.map((task, index) => [task.key, index + 1]));
  const roles = options.roles.filter((role) =>
    tasks.some((task) => task.kind === 'task' && task.roleId === role.id),
  );
  const resourceUid = new Map(roles.map((role, index) => [role.id, index + 1]));

  const x = new XmlWriter();
  x.raw('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
  x.open('Project', ' xmlns="http://schemas.microsoft.com/project"');
  x.leaf('SaveVersion', 14);
  x.leaf('Name', options.title);
  x.leaf('Title', options.title);
  x.leaf('ScheduleFromStart', 1);
  x.leaf('StartDate', `${analysis.startDate}T${startTime}`);
  x.leaf('FinishDate', `${duration.finish}T${finishTime}`);
  x.leaf('CurrencyCode', options.currency ?? 'EUR'); // required by the schema
  x.leaf('CalendarUID', 1);
  x.leaf('DefaultStartTime', startTime);
  x.leaf('DefaultFinishTime', finishTime);
  x.leaf('MinutesPerDay', Math.round(hours * 60));
  x.leaf('MinutesPerWeek', Math.round(hours * 60 * 5));
  x.leaf('DaysPerMonth', 20);
  x.leaf('DefaultTaskType', 1);
  x.leaf('DurationFormat', 7);
  x.leaf('WorkFormat', 2);
  x.leaf('WeekStartDay', 1);

  // The calendar: weekends off, the holidays from the start to the 90 % finish as exceptions.
  const holidays = mergeHolidays(
    holidaysBetween(analysis.startDate, later(duration.p90, duration.finish), analysis.calendar),
  );
  x.open('Calendars');
  x.open('Calendar');
  x.leaf('UID', 1);
  x.leaf('Name', calendarName(analysis.calendar, options.language));
  x.leaf('IsBaseCalendar', 1);
  x.open('WeekDays');
  for (let dayType = 1; dayType <= 7; dayType += 1) {
    const working = dayType >= 2 && dayType <= 6;
    x.open('WeekDay');
    x.leaf('DayType', dayType);
    x.leaf('DayWorking', working ? 1 : 0);
    if (working) writeWorkingTimes(x, periods);
    x.close('WeekDay');
  }
  // Project 2003 and older readers take exceptions as WeekDay of type 0 (Project writes both).
  for (const holiday of holidays) {
    x.open('WeekDay');
    x.leaf('DayType', 0);
    x.leaf('DayWorking', 0);
    writeTimePeriod(x, holiday);
    x.close('WeekDay');
  }
  x.close('WeekDays');
  x.open('Exceptions');
  for (const holiday of holidays) {
    x.open('Exception');
    x.leaf('EnteredByOccurrences', 0);
    writeTimePeriod(x, holiday);
    x.leaf('Occurrences', 1);
    x.leaf('Name', holiday.name);
    x.leaf('Type', 1);
    x.leaf('DayWorking', 0);
    x.close('Exception');
  }
  x.close('Exceptions');
  x.close('Calendar');
  x.close('Calendars');

  x.open('Tasks');
  writeTask(x, 0, {
    key: '',
    name: options.title,
    outline: '0',
    level: 0,
    kind: 'summary',
    start: analysis.startDate,
    finish: duration.finish,
    startTime,
    finishTime,
    days: duration.expected,
    work: new Decimal(analysis.effort.expected),
    critical: analysis.criticalPath.length > 0,
    notes: '',
    links: [],
    roleId: '',
    team: 1,
  });
  tasks.forEach((task, index) => writeTask(x, index + 1, task, uid, hours));
  x.close('Tasks');

  x.open('Resources');
  roles.forEach((role, index) => {
    x.open('Resource');
    x.leaf('UID', index + 1);
    x.leaf('ID', index + 1);
    x.leaf('Name', role.name);
    x.leaf('Type', 1);
    x.leaf('IsNull', 0);
    x.leaf('MaxUnits', (role.capacity ?? 1).toFixed(2));
    x.close('Resource');
  });
  x.close('Resources');

  x.open('Assignments');
  let assignment = 0;
  tasks.forEach((task, index) => {
    const resource = resourceUid.get(task.roleId);
    if (task.kind !== 'task' || resource === undefined) return;
    assignment += 1;
    x.open('Assignment');
    x.leaf('UID', assignment);
    x.leaf('TaskUID', index + 1);
    x.leaf('ResourceUID', resource);
    x.leaf('Finish', `${task.finish}T${task.finishTime}`);
    x.leaf('Start', `${task.start}T${task.startTime}`);
    x.leaf('Units', task.team.toFixed(2));
    x.leaf('Work', durationText(task.work.times(hours)));
    x.close('Assignment');
  });
  x.close('Assignments');
  x.close('Project');
  return x.text();
}

/** The WBS nodes in order, each plan milestone after the last child of the phase it belongs to. */
function taskEntries(analysis: PlanAnalysis, startTime: string, finishTime: string): TaskEntry[] {
  // The outline as drawn (from depth, so an orphan shown at top level counts there).
  const parentOf = new Map<string, string>();
  const childCount = new Map<string, number>();
  const stack: { id: string; depth: number }[] = [];
  for (const node of analysis.nodes) {
    while (stack.length > 0 && stack.at(-1)!.depth >= node.depth) stack.pop();
    const parent = stack.at(-1)?.id ?? '';
    parentOf.set(node.id, parent);
    childCount.set(parent, (childCount.get(parent) ?? 0) + 1);
    if (node.phase) stack.push({ id: node.id, depth: node.depth });
  }
  const byId = new Map(analysis.nodes.map((node) => [node.id, node]));
  const milestonesIn = new Map<string, PlanAnalysis['milestones']>();
  for (const milestone of analysis.milestones) {
    const node = byId.get(milestone.packageId);
    if (node === undefined || milestone.date === '') continue;
    const scope = node.phase ? node.id : (parentOf.get(node.id) ?? '');
    milestonesIn.set(scope, [...(milestonesIn.get(scope) ?? []), milestone]);
  }
  const predecessors = new Map<string, { key: string; lagDays: number }[]>();
  for (const link of analysis.dependencies) {
    const list = predecessors.get(link.successorId) ?? [];
    list.push({ key: link.predecessorId, lagDays: link.lagDays });
    predecessors.set(link.successorId, list);
  }

  const tasks: TaskEntry[] = [];
  const closeScope = (scope: string, outline: string, level: number) => {
    const list = milestonesIn.get(scope) ?? [];
    const before = childCount.get(scope) ?? 0;
    list.forEach((milestone, index) => {
      const number = String(before + index + 1);
      tasks.push({
        key: `milestone:${milestone.id}`,
        name: milestone.name,
        outline: outline === '' ? number : `${outline}.${number}`,
        level,
        kind: 'milestone',
        start: milestone.date,
        finish: milestone.date,
        startTime: finishTime,
        finishTime,
        days: 0,
        work: new Decimal(0),
        critical: milestone.critical,
        notes: '',
        links: [{ key: milestone.packageId, lagDays: 0 }],
        roleId: '',
        team: 1,
      });
    });
  };
  const open: { id: string; depth: number; wbs: string }[] = [];
  for (const node of analysis.nodes) {
    while (open.length > 0 && open.at(-1)!.depth >= node.depth) {
      const phase = open.pop()!;
      closeScope(phase.id, phase.wbs, phase.depth + 2);
    }
    const dates = analysis.dates[node.id];
    if (dates === undefined) throw new Error(`"${node.wbs} ${node.name}" has no dates`);
    const days = dates.earliestFinish - dates.earliestStart;
    tasks.push({
      key: node.id,
      name: node.name,
      outline: node.wbs,
      level: node.depth + 1,
      kind: node.phase ? 'summary' : 'task',
      start: dates.start,
      // A phase ends on its last working day, not on the date of a child without effort.
      finish:
        node.phase && days > 0
          ? workingDayDate(analysis.startDate, dates.earliestFinish - 1, analysis.calendar)
          : dates.finish,
      startTime,
      finishTime: days === 0 ? startTime : finishTime,
      days,
      work: new Decimal(node.expected),
      critical: dates.critical,
      notes: node.deliverables,
      links: node.phase ? [] : (predecessors.get(node.id) ?? []),
      roleId: node.roleId,
      team: node.team,
    });
    if (node.phase) open.push({ id: node.id, depth: node.depth, wbs: node.wbs });
  }
  while (open.length > 0) {
    const phase = open.pop()!;
    closeScope(phase.id, phase.wbs, phase.depth + 2);
  }
  closeScope('', '', 1);
  return tasks;
}

function writeTask(
  x: XmlWriter,
  uid: number,
  task: TaskEntry,
  uids: Map<string, number> = new Map(),
  hours = 8,
): void {
  x.open('Task');
  x.leaf('UID', uid);
  x.leaf('ID', uid);
  x.leaf('Name', task.name);
  if (task.kind === 'task') x.leaf('Type', 1); // fixed duration: the plan's duration stays
  x.leaf('IsNull', 0);
  x.leaf('WBS', task.outline);
  x.leaf('OutlineNumber', task.outline);
  x.leaf('OutlineLevel', task.level);
  x.leaf('Priority', 500);
  x.leaf('Start', `${task.start}T${task.startTime}`);
  x.leaf('Finish', `${task.finish}T${task.finishTime}`);
  x.leaf('Duration', durationText(new Decimal(task.days).times(hours)));
  x.leaf('DurationFormat', 7);
  x.leaf('Work', durationText(task.work.times(hours)));
  x.leaf('EffortDriven', 0);
  x.leaf('Estimated', 0);
  x.leaf('Milestone', task.kind === 'milestone' ? 1 : 0);
  x.leaf('Summary', task.kind === 'summary' ? 1 : 0);
  x.leaf('Critical', task.critical ? 1 : 0);
  x.leaf('ConstraintType', 0); // as soon as possible: the links place every task
  if (task.notes !== '') x.leaf('Notes', task.notes);
  for (const link of task.links) {
    const predecessor = uids.get(link.key);
    if (predecessor === undefined) continue;
    x.open('PredecessorLink');
    x.leaf('PredecessorUID', predecessor);
    x.leaf('Type', 1); // finish-to-start
    x.leaf('CrossProject', 0);
    x.leaf('LinkLag', Math.round(link.lagDays * hours * 60 * 10)); // tenths of minutes
    x.leaf('LagFormat', 7); // days
    x.close('PredecessorLink');
  }
  x.close('Task');
}

/** A day's working periods: four hours before a lunch break at 12:00, the rest from 13:00. */
function workingPeriods(hours: number): [string, string][] {
  const clock = (minutes: number) =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(Math.round(minutes % 60)).padStart(2, '0')}:00`;
  const total = Math.round(hours * 60);
  const morning = Math.min(total, 240);
  const periods: [string, string][] = [[clock(480), clock(480 + morning)]];
  if (total > morning) periods.push([clock(780), clock(780 + total - morning)]);
  return periods;
}

function writeWorkingTimes(x: XmlWriter, periods: [string, string][]): void {
  x.open('WorkingTimes');
  for (const [from, to] of periods) {
    x.open('WorkingTime');
    x.leaf('FromTime', from);
    x.leaf('ToTime', to);
    x.close('WorkingTime');
  }
  x.close('WorkingTimes');
}

function writeTimePeriod(x: XmlWriter, holiday: { from: string; to: string }): void {
  x.open('TimePeriod');
  x.leaf('FromDate', `${holiday.from}T00:00:00`);
  x.leaf('ToDate', `${holiday.to}T23:59:00`);
  x.close('TimePeriod');
}

/** Consecutive days of one holiday (company holidays over a week) become one range. */
function mergeHolidays(holidays: Holiday[]): { from: string; to: string; name: string }[] {
  const ranges: { from: string; to: string; name: string }[] = [];
  for (const holiday of holidays) {
    const last = ranges.at(-1);
    if (
      last !== undefined &&
      last.name === holiday.name &&
      dayNumber(holiday.date) === dayNumber(last.to) + 1
    ) {
      last.to = holiday.date;
    } else {
      ranges.push({ from: holiday.date, to: holiday.date, name: holiday.name });
    }
  }
  return ranges;
}

/** "Standard (Feiertage BY)" / "Standard (holidays BY)". */
function calendarName(calendar: PlanAnalysis['calendar'], language: Language): string {
  const region =
    calendar.state ?? [calendar.country ?? 'DE', calendar.region ?? ''].filter(Boolean).join('-');
  return `Standard (${language === 'de' ? 'Feiertage' : 'holidays'} ${region})`;
}

const later = (a: string, b: string) => isoDate(Math.max(dayNumber(a), dayNumber(b)));

/** An xsd:duration of hours as Project writes it: "PT100H0M0S", minutes rounded. */
function durationText(hours: Decimal): string {
  const minutes = hours.times(60).toDecimalPlaces(0).toNumber();
  return `PT${Math.floor(minutes / 60)}H${minutes % 60}M0S`;
}

/** Indented XML, text escaped and stripped of characters XML 1.0 cannot carry. */
class XmlWriter {
  private readonly lines: string[] = [];
  private depth = 0;

  raw(line: string): void {
    this.lines.push(line);
  }

  open(name: string, attributes = ''): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${attributes}>`);
    this.depth += 1;
  }

  close(name: string): void {
    this.depth -= 1;
    this.lines.push(`${'  '.repeat(this.depth)}</${name}>`);
  }

  leaf(name: string, value: string | number): void {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}>${escapeXml(String(value))}</${name}>`);
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

// Tab, line feed and carriage return are the only control characters XML 1.0 allows.
/* eslint-disable no-control-regex */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/** Text as XML character data (attribute-safe too). */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
