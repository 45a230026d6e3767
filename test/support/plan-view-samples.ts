// Hand-made plan analyses for the planning views' unit tests (Gantt, network diagram, resource
// view, MS Project export). Built from a compact description with the core's own scheduler and
// calendar, so every figure below can be checked by hand against the textbook CPM rules.
import { scheduleNetwork } from '../../src/shared/planning/network';
import { workingDayDate } from '../../src/shared/planning/calendar';
import type {
  CalendarOptions,
  NodeDates,
  PlanAnalysis,
  WbsNode,
} from '../../src/shared/planning/types';

export type SamplePackage = {
  id: string;
  name: string;
  /** Expected effort in person-days. */
  effort: number;
  team?: number;
  roleId?: string;
  predecessors?: (string | { id: string; lag: number })[];
  deliverables?: string;
};
export type SamplePhase = { id: string; name: string; children: SamplePackage[] };
export type SampleMilestone = { id: string; name: string; packageId: string };

const days = (value: number) => value.toFixed(2);

/** A plan analysis of phases (one level) with packages, scheduled on `calendar` from `startDate`. */
export function sampleAnalysis({
  startDate,
  calendar,
  phases,
  milestones = [],
}: {
  startDate: string;
  calendar: CalendarOptions;
  phases: SamplePhase[];
  milestones?: SampleMilestone[];
}): PlanAnalysis {
  const nodes: WbsNode[] = [];
  const packages = phases.flatMap((phase) => phase.children);
  const dependencies: PlanAnalysis['dependencies'] = [];
  for (const pkg of packages) {
    for (const link of pkg.predecessors ?? []) {
      const { id, lag } = typeof link === 'string' ? { id: link, lag: 0 } : link;
      dependencies.push({
        id: `dep-${id}-${pkg.id}`,
        predecessorId: id,
        successorId: pkg.id,
        lagDays: lag,
      });
    }
  }
  const schedule = scheduleNetwork(
    packages.map((pkg) => {
      const links = dependencies.filter((dep) => dep.successorId === pkg.id);
      return {
        id: pkg.id,
        duration: Math.ceil(pkg.effort / (pkg.team ?? 1)),
        predecessors: links.map((dep) => dep.predecessorId),
        lags: Object.fromEntries(links.map((dep) => [dep.predecessorId, dep.lagDays])),
      };
    }),
  );
  const dateOf = (offset: number) => workingDayDate(startDate, offset, calendar);
  const dates: Record<string, NodeDates> = {};
  phases.forEach((phase, phaseIndex) => {
    let phaseVariance = 0;
    let phaseEffort = 0;
    const phaseNode: WbsNode = {
      id: phase.id,
      wbs: String(phaseIndex + 1),
      depth: 0,
      parentId: '',
      name: phase.name,
      phase: true,
      roleId: '',
      team: 1,
      optimistic: '0',
      mostLikely: '0',
      pessimistic: '0',
      expected: '0',
      standardDeviation: '0',
      duration: 0,
      deliverables: '',
      childIds: phase.children.map((pkg) => pkg.id),
    };
    nodes.push(phaseNode);
    phase.children.forEach((pkg, index) => {
      const scheduled = schedule.activities[pkg.id]!;
      const duration = scheduled.earliestFinish - scheduled.earliestStart;
      const sigma = pkg.effort / 6;
      phaseVariance += sigma * sigma;
      phaseEffort += pkg.effort;
      nodes.push({
        id: pkg.id,
        wbs: `${phaseIndex + 1}.${index + 1}`,
        depth: 1,
        parentId: phase.id,
        name: pkg.name,
        phase: false,
        roleId: pkg.roleId ?? '',
        team: pkg.team ?? 1,
        optimistic: days(pkg.effort * 0.5),
        mostLikely: days(pkg.effort),
        pessimistic: days(pkg.effort * 1.5),
        expected: days(pkg.effort),
        standardDeviation: days(sigma),
        duration,
        deliverables: pkg.deliverables ?? '',
        childIds: [],
      });
      const start = dateOf(scheduled.earliestStart);
      dates[pkg.id] = {
        ...scheduled,
        start,
        finish: duration === 0 ? start : dateOf(scheduled.earliestFinish - 1),
      };
    });
    const children = phase.children.map((pkg) => dates[pkg.id]!);
    const earliestStart = Math.min(...children.map((child) => child.earliestStart));
    const earliestFinish = Math.max(...children.map((child) => child.earliestFinish));
    const latestStart = Math.min(...children.map((child) => child.latestStart));
    const latestFinish = Math.max(...children.map((child) => child.latestFinish));
    dates[phase.id] = {
      earliestStart,
      earliestFinish,
      latestStart,
      latestFinish,
      totalFloat: Math.min(...children.map((child) => child.totalFloat)),
      freeFloat: Math.min(...children.map((child) => child.freeFloat)),
      critical: children.some((child) => child.critical),
      start: dateOf(earliestStart),
      finish: dateOf(earliestFinish - 1),
    };
    phaseNode.expected = days(phaseEffort);
    phaseNode.standardDeviation = days(Math.sqrt(phaseVariance));
    phaseNode.duration = earliestFinish - earliestStart;
  });
  const finish = dateOf(schedule.duration - 1);
  return {
    planId: 'plan-1',
    offerId: 'offer-1',
    startDate,
    calendar,
    nodes,
    dates,
    criticalPath: schedule.criticalPath,
    dependencies,
    effort: {
      expected: days(packages.reduce((sum, pkg) => sum + pkg.effort, 0)),
      standardDeviation: '0',
      confidencePct: '80',
      atConfidence: '0',
      contingency: '0',
    },
    duration: {
      expected: schedule.duration,
      standardDeviation: 0,
      finish,
      p80: dateOf(schedule.duration + 1),
      p90: dateOf(schedule.duration + 2),
      deadlineProbability: '',
    },
    milestones: milestones.map((milestone) => ({
      ...milestone,
      date: dates[milestone.packageId]?.finish ?? '',
      critical: dates[milestone.packageId]?.critical ?? false,
    })),
    notes: [],
    problems: [],
  };
}

/**
 * A small IT project in Bavaria from Monday 2027-05-03: Christi Himmelfahrt (06.05.),
 * Pfingstmontag (17.05.) and Fronleichnam (27.05.) fall inside it.
 *   1 Konzeption: 1.1 Anforderungsanalyse 5 d (analyst) → 1.2 Architektur 3 d (architect)
 *   2 Umsetzung: 2.1 Entwicklung 20 d by 2 developers (after 1.2), 2.2 Testkonzept 4 d (analyst,
 *     after 1.2, 5 d float), 2.3 Abnahme 2 d (after 2.1 and 2.2 + 1 d lag)
 * Critical path 1.1 → 1.2 → 2.1 → 2.3: 5 + 3 + 10 + 2 = 20 working days, 03.05.–02.06.2027.
 */
export function itProjectAnalysis(): PlanAnalysis {
  return sampleAnalysis({
    startDate: '2027-05-03',
    calendar: { state: 'BY' },
    phases: [
      {
        id: 'p1',
        name: 'Konzeption',
        children: [
          { id: 'a', name: 'Anforderungsanalyse', effort: 5, roleId: 'analyst' },
          {
            id: 'b',
            name: 'Architektur & Design',
            effort: 3,
            roleId: 'architect',
            predecessors: ['a'],
            deliverables: 'Architektur <Dokument>',
          },
        ],
      },
      {
        id: 'p2',
        name: 'Umsetzung',
        children: [
          {
            id: 'c',
            name: 'Entwicklung',
            effort: 20,
            team: 2,
            roleId: 'developer',
            predecessors: ['b'],
          },
          { id: 'd', name: 'Testkonzept', effort: 4, roleId: 'analyst', predecessors: ['b'] },
          {
            id: 'e',
            name: 'Abnahme',
            effort: 2,
            roleId: 'analyst',
            predecessors: ['c', { id: 'd', lag: 1 }],
          },
        ],
      },
    ],
    milestones: [
      { id: 'm1', name: 'Konzept abgenommen', packageId: 'b' },
      { id: 'm2', name: 'Go-live', packageId: 'p2' },
    ],
  });
}

/** `n` packages in phases of 10, each after its twin in the phase before (the first also after the last). */
export function largeAnalysis(n: number): PlanAnalysis {
  const phases: SamplePhase[] = [];
  for (let i = 0; i < n; i += 1) {
    if (i % 10 === 0) phases.push({ id: `ph${i / 10}`, name: `Phase ${i / 10 + 1}`, children: [] });
    const predecessors = i < 10 ? [] : i % 10 === 0 ? [`w${i - 10}`, `w${i - 1}`] : [`w${i - 10}`];
    phases.at(-1)!.children.push({
      id: `w${i}`,
      name: `Paket ${i + 1}`,
      effort: 1 + (i % 3),
      roleId: `role-${i % 3}`,
      predecessors,
    });
  }
  return sampleAnalysis({ startDate: '2027-01-04', calendar: { state: 'NW' }, phases });
}
