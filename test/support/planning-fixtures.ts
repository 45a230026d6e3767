// Test data for the planning core (issue 15): a textbook network as plan rows, and large plans
// for scale tests and the bench. Only src/shared is imported (Node tests, bench, workers).
import type { Currency, Language, Role } from '../../src/shared/domain';
import type {
  PaymentInstalment,
  PlanDependency,
  PlanMilestone,
  ProjectPlan,
  WorkPackage,
} from '../../src/shared/domain/planning';

const meta = (id: string) => ({
  id,
  createdAt: '2027-01-04T09:00:00.000Z',
  updatedAt: '2027-01-04T09:00:00.000Z',
  createdBy: 'user-1',
  updatedBy: 'user-1',
  deleted: false,
});

export type PlanFixtureOffer = {
  date: string;
  paymentTermsDays: number;
  currency: Currency;
  exchangeRate: string;
  language: Language;
};

export type PlanRows = {
  plan: ProjectPlan;
  packages: WorkPackage[];
  dependencies: PlanDependency[];
  milestones: PlanMilestone[];
  instalments: PaymentInstalment[];
  roles: Role[];
  offer: PlanFixtureOffer;
};

export type PlanRowsOverrides = {
  plan?: Partial<ProjectPlan>;
  offer?: Partial<PlanFixtureOffer>;
  packages?: WorkPackage[];
  dependencies?: PlanDependency[];
  milestones?: PlanMilestone[];
  instalments?: PaymentInstalment[];
  roles?: Role[];
};

const PLAN_ID = 'plan-1';
const OFFER_ID = 'offer-1';

export function makeRole(id: string, name: string, dayRate: string, costPerDay: string): Role {
  return { ...meta(id), name, dayRate, costPerDay, currency: 'EUR', active: true };
}

export function makePlan(overrides: Partial<ProjectPlan> = {}): ProjectPlan {
  return {
    ...meta(PLAN_ID),
    offerId: OFFER_ID,
    startDate: '2027-03-22',
    country: 'DE',
    region: 'BY',
    companyHolidays: [],
    confidencePct: '80',
    contingency: 'line',
    deadline: '',
    ...overrides,
  };
}

export function makePackage(
  id: string,
  fields: Partial<WorkPackage> & Pick<WorkPackage, 'name' | 'position'>,
): WorkPackage {
  return {
    ...meta(id),
    planId: PLAN_ID,
    offerId: OFFER_ID,
    parentId: '',
    roleId: '',
    optimistic: '0',
    mostLikely: '0',
    pessimistic: '0',
    team: 1,
    deliverables: '',
    description: '',
    ...fields,
  };
}

export function makeDependency(
  id: string,
  predecessorId: string,
  successorId: string,
  lagDays = 0,
): PlanDependency {
  return { ...meta(id), planId: PLAN_ID, offerId: OFFER_ID, predecessorId, successorId, lagDays };
}

export function makeMilestone(
  id: string,
  name: string,
  packageId: string,
  position: string,
): PlanMilestone {
  return { ...meta(id), planId: PLAN_ID, offerId: OFFER_ID, name, packageId, position };
}

export function makeInstalment(
  id: string,
  fields: Partial<PaymentInstalment> & Pick<PaymentInstalment, 'label' | 'percent' | 'position'>,
): PaymentInstalment {
  return {
    ...meta(id),
    planId: PLAN_ID,
    offerId: OFFER_ID,
    dueKind: 'milestone',
    milestoneId: '',
    dueDate: '',
    ...fields,
  };
}

const ROLES = [
  makeRole('role-pl', 'Projektleitung', '1200', '800'),
  makeRole('role-sc', 'Senior Consultant', '1100', '700'),
  makeRole('role-dev', 'Entwicklung', '950', '600'),
];

/**
 * The network of activities A–H of the Reliable Construction Co. project (Hillier & Lieberman,
 * "Introduction to Operations Research", chapter "Project Management with PERT/CPM"), the same
 * durations and precedences, as an IT project: A→B→C, C→D, C→E, E→F, D→G, E→H, G→H. Estimates
 * are symmetric (o, m, p) = (m − k, m, m + k), so each PERT expected value is the textbook's
 * duration: A 2, B 4, C 10, D 6, E 4, F 5, G 7, H 9 (team 1). By hand: project duration 38
 * working days, critical path A B C D G H, E has 9 days of total float, F 13.
 * Phase 1 "Konzeption" holds A–C, phase 2 "Umsetzung" D–H. Start Monday 22.03.2027 in Bavaria
 * (Good Friday 26.03., Easter Monday 29.03., Ascension 06.05., Whit Monday 17.05.).
 */
export function planRows(overrides: PlanRowsOverrides = {}): PlanRows {
  const pkg = (
    id: string,
    parentId: string,
    position: string,
    name: string,
    roleId: string,
    [optimistic, mostLikely, pessimistic]: [string, string, string],
    deliverables = '',
  ) =>
    makePackage(id, {
      parentId,
      position,
      name,
      roleId,
      optimistic,
      mostLikely,
      pessimistic,
      deliverables,
    });
  const packages = [
    makePackage('phase-1', { name: 'Konzeption', position: 'a0' }),
    pkg('A', 'phase-1', 'a0', 'Anforderungsanalyse', 'role-pl', ['1', '2', '3'], 'Lastenheft'),
    pkg('B', 'phase-1', 'a1', 'Fachkonzept', 'role-sc', ['3', '4', '5'], 'Pflichtenheft'),
    pkg('C', 'phase-1', 'a2', 'Systementwurf', 'role-sc', ['7', '10', '13']),
    makePackage('phase-2', { name: 'Umsetzung', position: 'a1' }),
    pkg('D', 'phase-2', 'a0', 'Datenmigration', 'role-dev', ['4', '6', '8']),
    pkg('E', 'phase-2', 'a1', 'Schnittstellen', 'role-dev', ['3', '4', '5']),
    pkg('F', 'phase-2', 'a2', 'Dokumentation', 'role-dev', ['2', '5', '8']),
    pkg('G', 'phase-2', 'a3', 'Implementierung', 'role-sc', ['5', '7', '9']),
    pkg('H', 'phase-2', 'a4', 'Test und Abnahme', 'role-pl', ['6', '9', '12']),
  ];
  const dependencies = [
    makeDependency('dep-AB', 'A', 'B'),
    makeDependency('dep-BC', 'B', 'C'),
    makeDependency('dep-CD', 'C', 'D'),
    makeDependency('dep-CE', 'C', 'E'),
    makeDependency('dep-EF', 'E', 'F'),
    makeDependency('dep-DG', 'D', 'G'),
    makeDependency('dep-EH', 'E', 'H'),
    makeDependency('dep-GH', 'G', 'H'),
  ];
  const milestones = [
    makeMilestone('ms-1', 'Abnahme Konzept', 'C', 'a0'),
    makeMilestone('ms-2', 'Abnahme System', 'phase-2', 'a1'),
  ];
  const instalments = [
    makeInstalment('inst-1', {
      label: 'Anzahlung bei Abnahme Konzept',
      percent: '30',
      position: 'a0',
      milestoneId: 'ms-1',
    }),
    makeInstalment('inst-2', {
      label: 'Bei Abnahme System',
      percent: '40',
      position: 'a1',
      milestoneId: 'ms-2',
    }),
    makeInstalment('inst-3', {
      label: 'Schlussrate',
      percent: '30',
      position: 'a2',
      dueKind: 'date',
      dueDate: '2027-06-30',
    }),
  ];
  return {
    plan: makePlan(overrides.plan),
    packages: overrides.packages ?? packages,
    dependencies: overrides.dependencies ?? dependencies,
    milestones: overrides.milestones ?? milestones,
    instalments: overrides.instalments ?? instalments,
    roles: overrides.roles ?? ROLES,
    offer: {
      date: '2027-03-01',
      paymentTermsDays: 14,
      currency: 'EUR',
      exchangeRate: '',
      language: 'de',
      ...overrides.offer,
    },
  };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A plan of `n` work packages in phases of 10 (plus the phase nodes). Inside a phase the
 * packages form a chain with two parallel branches (packages 4 and 7 follow the package two
 * before them, not the one before); each phase's first package follows the previous phase's
 * last two. Estimates, roles and teams vary deterministically. Two milestones and a 30/40/30
 * payment plan as in planRows.
 */
export function largePlanRows(n: number, overrides: PlanRowsOverrides = {}): PlanRows {
  const packages: WorkPackage[] = [];
  const dependencies: PlanDependency[] = [];
  const ids: string[] = [];
  const phases = Math.ceil(n / 10);
  for (let phase = 0; phase < phases; phase += 1) {
    const phaseId = `phase-${pad(phase + 1, 4)}`;
    packages.push(
      makePackage(phaseId, { name: `Phase ${phase + 1}`, position: `a${pad(phase, 5)}` }),
    );
    for (let k = 0; k < 10 && phase * 10 + k < n; k += 1) {
      const i = phase * 10 + k;
      const id = `pkg-${pad(i + 1, 5)}`;
      const mostLikely = 2 + (i % 5);
      packages.push(
        makePackage(id, {
          parentId: phaseId,
          position: `a${pad(k, 3)}`,
          name: `Arbeitspaket ${i + 1}`,
          roleId: ROLES[i % ROLES.length]!.id,
          optimistic: String(mostLikely - 1),
          mostLikely: String(mostLikely),
          pessimistic: String(mostLikely + 2 + (i % 3)),
          team: i % 7 === 0 ? 2 : 1,
        }),
      );
      ids.push(id);
      const link = (from: number) =>
        dependencies.push(makeDependency(`dep-${pad(dependencies.length + 1, 5)}`, ids[from]!, id));
      if (k === 0 && phase > 0) {
        link(i - 1);
        link(i - 2);
      } else if (k === 3 || k === 6) {
        link(i - 2);
      } else if (k > 0) {
        link(i - 1);
      }
    }
  }
  const lastPhase = `phase-${pad(phases, 4)}`;
  const milestones = [
    makeMilestone('ms-1', 'Erste Phase abgeschlossen', 'phase-0001', 'a0'),
    makeMilestone('ms-2', 'Abnahme', lastPhase, 'a1'),
  ];
  const instalments = [
    makeInstalment('inst-1', {
      label: 'Anzahlung',
      percent: '30',
      position: 'a0',
      dueKind: 'date',
      dueDate: '2027-03-22',
    }),
    makeInstalment('inst-2', {
      label: 'Nach Phase 1',
      percent: '40',
      position: 'a1',
      milestoneId: 'ms-1',
    }),
    makeInstalment('inst-3', {
      label: 'Bei Abnahme',
      percent: '30',
      position: 'a2',
      milestoneId: 'ms-2',
    }),
  ];
  return planRows({ packages, dependencies, milestones, instalments, ...overrides });
}
