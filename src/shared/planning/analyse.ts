/**
 * A plan read from its rows: the WBS with PERT figures, the network on the plan's working-day
 * calendar, milestones, the reserve at the confidence level and what the plan shows (notes) or
 * must resolve before sending (problems). Never throws on what a merge can produce.
 */
import type { Currency, Role } from '../domain';
import type {
  PaymentInstalment,
  PlanDependency,
  PlanMilestone,
  ProjectPlan,
} from '../domain/planning';
import { byPosition } from '../ordering';
import { dayNumber, isoDate, workCalendar } from './calendar';
import type { WorkCalendar } from './calendar';
import { estimateOutOfOrder, planEffort } from './effort';
import { PlanCycleError, scheduleNetwork } from './network';
import { paymentSchedule } from './payments';
import { Z_BY_CONFIDENCE, completionProbability } from './probability';
import type {
  AnalysedPlan,
  CalendarOptions,
  MilestoneDate,
  NodeDates,
  PlanDuration,
  PlanNote,
  PlanProblem,
  WbsNode,
} from './types';
import { buildWbs, wbsLabel } from './wbs';
import type { WbsPackage } from './wbs';

type Deletable = { deleted?: boolean };

/** What analysePlan reads: the plan's rows as stored (deleted ones are ignored). */
export type PlanRowsInput = {
  plan: Pick<
    ProjectPlan,
    | 'id'
    | 'offerId'
    | 'startDate'
    | 'country'
    | 'region'
    | 'companyHolidays'
    | 'confidencePct'
    | 'contingency'
    | 'deadline'
  >;
  packages: readonly (WbsPackage & Deletable)[];
  dependencies: readonly (Pick<PlanDependency, 'id' | 'predecessorId' | 'successorId' | 'lagDays'> &
    Deletable)[];
  milestones: readonly (Pick<PlanMilestone, 'id' | 'name' | 'packageId' | 'position'> &
    Deletable)[];
  instalments: readonly (Pick<
    PaymentInstalment,
    'id' | 'label' | 'percent' | 'dueKind' | 'milestoneId' | 'dueDate' | 'position'
  > &
    Deletable)[];
  roles: readonly (Pick<Role, 'id'> & Deletable)[];
  offer: { date: string; paymentTermsDays: number; currency: Currency };
  /** The offer's one-time net: with it the analysis carries the payment schedule. */
  oneTimeNet?: string;
};

const live = <T extends Deletable>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deleted !== true);

/** The plan's calendar options. */
export function planCalendar(plan: PlanRowsInput['plan']): CalendarOptions {
  return { country: plan.country, region: plan.region, companyHolidays: plan.companyHolidays };
}

/** Working-day offsets from the start as dates, extended on demand (one calendar walk). */
function dateIndex(calendar: WorkCalendar, start: number): (index: number) => string {
  const days = [start];
  return (index) => {
    const target = Math.max(0, index);
    while (days.length <= target) {
      let day = days[days.length - 1]! + 1;
      while (!calendar.isWorking(day)) day += 1;
      days.push(day);
    }
    return isoDate(days[target]!);
  };
}

function dependenciesInForce(
  rows: PlanRowsInput['dependencies'],
  byId: ReadonlyMap<string, WbsNode>,
  notes: PlanNote[],
) {
  const kept = new Map<
    string,
    { id: string; predecessorId: string; successorId: string; lagDays: number }
  >();
  const dropped = (
    kind: 'dangling-dependency' | 'phase-dependency',
    row: (typeof rows)[number],
  ) => {
    const names = [byId.get(row.predecessorId)?.name, byId.get(row.successorId)?.name];
    notes.push({
      kind,
      message: `planning.notes.${kind}`,
      values: {
        dependencyId: row.id,
        name: names.filter((name) => name !== undefined && name !== '').join(' → '),
      },
    });
  };
  for (const dependency of rows) {
    if (dependency.deleted === true) continue;
    const from = byId.get(dependency.predecessorId);
    const to = byId.get(dependency.successorId);
    if (from === undefined || to === undefined) {
      dropped('dangling-dependency', dependency);
      continue;
    }
    if (from.phase || to.phase) {
      dropped('phase-dependency', dependency);
      continue;
    }
    // Two devices may add the same link: one counts (the lower id), with the longer lag.
    const key = `${from.id}>${to.id}`;
    const twin = kept.get(key);
    if (twin === undefined) {
      kept.set(key, {
        id: dependency.id,
        predecessorId: from.id,
        successorId: to.id,
        lagDays: dependency.lagDays,
      });
    } else {
      twin.id = twin.id < dependency.id ? twin.id : dependency.id;
      twin.lagDays = Math.max(twin.lagDays, dependency.lagDays);
    }
  }
  return [...kept.values()];
}

/**
 * Reads a plan: WBS, PERT, the schedule on the plan's calendar (start moved to a working day),
 * milestones, effort at the confidence level, the deadline probability, notes and problems
 * (a cycle leaves `dates` empty and `duration` null; effort and lines still work).
 */
export function analysePlan(input: PlanRowsInput): AnalysedPlan {
  const { plan, offer } = input;
  const calendarOptions = planCalendar(plan);
  const calendar = workCalendar(calendarOptions);
  const notes: PlanNote[] = [];
  const problems: PlanProblem[] = [];

  let startDay = dayNumber(plan.startDate);
  while (!calendar.isWorking(startDay)) startDay += 1;
  const startDate = isoDate(startDay);
  if (startDate !== plan.startDate) {
    notes.push({
      kind: 'start-moved',
      message: 'planning.notes.start-moved',
      values: { from: plan.startDate, to: startDate },
    });
  }

  const wbs = buildWbs(input.packages);
  const nodes = wbs.nodes;
  notes.push(...wbs.notes);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const leaves = nodes.filter((node) => !node.phase);

  const roleIds = new Set(live(input.roles).map((role) => role.id));
  for (const node of leaves) {
    if (!roleIds.has(node.roleId)) {
      notes.push({
        kind: 'missing-role',
        message: 'planning.notes.missing-role',
        values: { packageId: node.id, name: wbsLabel(node) },
      });
    }
    if (estimateOutOfOrder(node)) {
      problems.push({
        kind: 'estimate-order',
        packageId: node.id,
        name: wbsLabel(node),
        message: 'planning.problems.estimate-order',
      });
    }
  }

  const dependencies = dependenciesInForce(input.dependencies, byId, notes);
  const predecessors = new Map<string, { ids: string[]; lags: Record<string, number> }>();
  for (const link of dependencies) {
    const entry = predecessors.get(link.successorId) ?? { ids: [], lags: {} };
    entry.ids.push(link.predecessorId);
    entry.lags[link.predecessorId] = link.lagDays;
    predecessors.set(link.successorId, entry);
  }

  const effort = planEffort(leaves, plan.confidencePct);
  const dates: Record<string, NodeDates> = {};
  let criticalPath: string[] = [];
  let duration: PlanDuration | null = null;
  try {
    const schedule = scheduleNetwork(
      leaves.map((node) => ({
        id: node.id,
        duration: node.duration,
        predecessors: predecessors.get(node.id)?.ids ?? [],
        lags: predecessors.get(node.id)?.lags ?? {},
      })),
    );
    const dateAt = dateIndex(calendar, startDay);
    for (const node of leaves) {
      const scheduled = schedule.activities[node.id]!;
      const start = dateAt(scheduled.earliestStart);
      const finish = node.duration === 0 ? start : dateAt(scheduled.earliestFinish - 1);
      dates[node.id] = { ...scheduled, start, finish };
    }
    spanPhases(nodes, byId, dates);
    criticalPath = schedule.criticalPath;
    duration = planDuration({
      expected: schedule.duration,
      criticalPath: criticalPath.map((id) => byId.get(id)!),
      dateAt,
      startDate,
      deadline: plan.deadline,
      calendar,
    });
  } catch (error) {
    if (!(error instanceof PlanCycleError)) throw error;
    problems.push({
      kind: 'cycle',
      packageIds: error.cycle,
      names: error.cycle.map((id) => wbsLabel(byId.get(id)!)),
      message: 'planning.problems.cycle',
    });
  }

  const milestones: MilestoneDate[] = [...live(input.milestones)].sort(byPosition).map((row) => {
    const reached = byId.has(row.packageId) ? dates[row.packageId] : undefined;
    return {
      id: row.id,
      name: row.name,
      packageId: row.packageId,
      date: reached?.finish ?? '',
      critical: reached?.critical ?? false,
    };
  });

  const instalments = [...live(input.instalments)].sort(byPosition);
  const milestoneIds = new Set(milestones.map((milestone) => milestone.id));
  for (const instalment of instalments) {
    if (instalment.dueKind === 'milestone' && !milestoneIds.has(instalment.milestoneId)) {
      problems.push({
        kind: 'instalment-milestone',
        instalmentId: instalment.id,
        label: instalment.label,
        message: 'planning.problems.instalment-milestone',
      });
    }
  }
  const percentSum = instalments.reduce((sum, row) => sum + hundredthsOf(row.percent), 0);
  if (instalments.length > 0 && percentSum !== 10_000) {
    problems.push({
      kind: 'payment-sum',
      sum: formatPercent(percentSum),
      message: 'planning.problems.payment-sum',
    });
  }

  const payments =
    input.oneTimeNet === undefined
      ? null
      : paymentSchedule({
          instalments,
          milestones,
          oneTimeNet: input.oneTimeNet,
          currency: offer.currency,
          paymentTermsDays: offer.paymentTermsDays,
        });

  return {
    planId: plan.id,
    offerId: plan.offerId,
    startDate,
    calendar: calendarOptions,
    nodes,
    dates,
    criticalPath,
    dependencies,
    effort,
    duration,
    milestones,
    notes,
    problems,
    payments,
  };
}

function hundredthsOf(percent: string): number {
  const value = Number(percent);
  return Number.isFinite(value) ? Math.round(value * 100) : 0;
}

/** 9000 → "90", 3350 → "33.5" (as the user typed percentages). */
function formatPercent(hundredths: number): string {
  return String(Number((hundredths / 100).toFixed(2)));
}

/** Phases span their children: earliest start … latest finish; critical when a child is. */
function spanPhases(
  nodes: readonly WbsNode[],
  byId: ReadonlyMap<string, WbsNode>,
  dates: Record<string, NodeDates>,
): void {
  for (let i = nodes.length - 1; i >= 0; i -= 1) {
    const node = nodes[i]!;
    if (!node.phase) continue;
    const spans = node.childIds.map((id) => dates[id]).filter((span) => span !== undefined);
    if (spans.length === 0) continue;
    const span: NodeDates = {
      earliestStart: Math.min(...spans.map((s) => s.earliestStart)),
      earliestFinish: Math.max(...spans.map((s) => s.earliestFinish)),
      latestStart: Math.min(...spans.map((s) => s.latestStart)),
      latestFinish: Math.max(...spans.map((s) => s.latestFinish)),
      totalFloat: Math.min(...spans.map((s) => s.totalFloat)),
      freeFloat: Math.min(...spans.map((s) => s.freeFloat)),
      critical: spans.some((s) => s.critical),
      start: spans.map((s) => s.start).reduce((a, b) => (a < b ? a : b)),
      finish: spans.map((s) => s.finish).reduce((a, b) => (a > b ? a : b)),
    };
    dates[node.id] = span;
    const phase = byId.get(node.id);
    if (phase !== undefined) phase.duration = span.earliestFinish - span.earliestStart;
  }
}

/** The working day index ⌈days⌉ − 1 (the last day of a span of `days` working days). */
const lastDayIndex = (days: number): number => Math.max(0, Math.ceil(days - 1e-9) - 1);

function planDuration({
  expected,
  criticalPath,
  dateAt,
  startDate,
  deadline,
  calendar,
}: {
  expected: number;
  criticalPath: WbsNode[];
  dateAt: (index: number) => string;
  startDate: string;
  deadline: string;
  calendar: WorkCalendar;
}): PlanDuration {
  let variance = 0;
  for (const node of criticalPath) {
    const sd = Number(node.standardDeviation) / Math.max(1, node.team);
    variance += sd * sd;
  }
  const standardDeviation = Math.round(Math.sqrt(variance) * 100) / 100;
  let deadlineProbability = '';
  if (deadline !== '') {
    let available = 0;
    const last = dayNumber(deadline);
    for (let day = dayNumber(startDate); day <= last; day += 1) {
      if (calendar.isWorking(day)) available += 1;
    }
    deadlineProbability = completionProbability({
      expected,
      standardDeviation,
      deadline: available,
    });
  }
  return {
    expected,
    standardDeviation,
    finish: dateAt(lastDayIndex(expected)),
    p80: dateAt(lastDayIndex(expected + Z_BY_CONFIDENCE['80'] * standardDeviation)),
    p90: dateAt(lastDayIndex(expected + Z_BY_CONFIDENCE['90'] * standardDeviation)),
    deadlineProbability,
  };
}
