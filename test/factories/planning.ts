// Test factories for project planning (issue 15): plans, work packages, dependencies,
// milestones and payment instalments, as inputs (rows without metadata) and as repository calls.
import { emptyProjectPlan, emptyWorkPackage } from '../../src/shared/domain/planning';
import type {
  Offer,
  OfferInput,
  OfferLine,
  OfferSection,
  OfferSettings,
  Role,
} from '../../src/shared/domain';
import type { ProjectPlan } from '../../src/shared/domain/planning';
import { planOfferLines } from '../../src/shared/planning';
import type { PlanAnalysis } from '../../src/shared/planning';
import { makeClientInput, makeOfferInput, makeRoleInput } from './domain';
import type {
  PaymentInstalmentInput,
  PlanDependencyInput,
  PlanMilestoneInput,
  ProjectPlanInput,
  WorkPackageInput,
} from '../../src/shared/domain/planning';

/** A valid plan of `offerId` (Bavaria, starting Monday 2027-01-11, 80 %, reserve as a line); override any field. */
export function makeProjectPlanInput(
  offerId: string,
  overrides: Partial<ProjectPlanInput> = {},
): ProjectPlanInput {
  return {
    ...emptyProjectPlan(offerId, '2027-01-11'),
    region: 'BY',
    ...overrides,
  };
}

/** A valid work package (3/5/10 person-days, one person) of a plan; override any field. */
export function makeWorkPackageInput(
  planId: string,
  offerId: string,
  overrides: Partial<WorkPackageInput> = {},
): WorkPackageInput {
  return {
    ...emptyWorkPackage(planId, offerId, '', 'a0'),
    name: 'Konzeption',
    optimistic: '3',
    mostLikely: '5',
    pessimistic: '10',
    deliverables: 'Fachkonzept, abgenommen',
    ...overrides,
  };
}

/** What repos.workPackages.add takes: a package named `name` with a 3/5/10 estimate; override any field. */
export function makeWorkPackageAdd(
  planId: string,
  overrides: Partial<{
    parentId: string;
    after: string | null;
    name: string;
    roleId: string;
    optimistic: string;
    mostLikely: string;
    pessimistic: string;
    team: number;
    deliverables: string;
  }> = {},
) {
  return {
    planId,
    name: 'Konzeption',
    optimistic: '3',
    mostLikely: '5',
    pessimistic: '10',
    ...overrides,
  };
}

/** A valid finish-to-start dependency without lag; override any field. */
export function makePlanDependencyInput(
  planId: string,
  offerId: string,
  predecessorId: string,
  successorId: string,
  overrides: Partial<PlanDependencyInput> = {},
): PlanDependencyInput {
  return { planId, offerId, predecessorId, successorId, lagDays: 0, ...overrides };
}

/** A valid milestone at the finish of `packageId`; override any field. */
export function makePlanMilestoneInput(
  planId: string,
  offerId: string,
  packageId: string,
  overrides: Partial<PlanMilestoneInput> = {},
): PlanMilestoneInput {
  return { planId, offerId, name: 'Abnahme Konzept', packageId, position: 'a0', ...overrides };
}

/** A valid instalment due at `milestoneId` ('' → due on 2027-03-31 instead); override any field. */
export function makePaymentInstalmentInput(
  planId: string,
  offerId: string,
  milestoneId: string,
  overrides: Partial<PaymentInstalmentInput> = {},
): PaymentInstalmentInput {
  return {
    planId,
    offerId,
    label: 'Abschlag',
    percent: '30',
    dueKind: milestoneId === '' ? 'date' : 'milestone',
    milestoneId,
    dueDate: milestoneId === '' ? '2027-03-31' : '',
    position: 'a0',
    ...overrides,
  };
}

/** A payment-plan row as repos.paymentInstalments.save takes it (30 % at `milestoneId`, or on a date). */
export function makeInstalmentRow(
  milestoneId: string,
  overrides: Partial<{
    id: string;
    label: string;
    percent: string;
    dueKind: 'milestone' | 'date';
    milestoneId: string;
    dueDate: string;
  }> = {},
) {
  return {
    label: 'Abschlag',
    percent: '30',
    dueKind: milestoneId === '' ? ('date' as const) : ('milestone' as const),
    milestoneId,
    dueDate: milestoneId === '' ? '2027-03-31' : '',
    ...overrides,
  };
}

/** The repositories a plan test seeds through (structural, so factories need not import the data layer). */
type SeedRepos = {
  clients: { create(input: ReturnType<typeof makeClientInput>): Promise<{ id: string }> };
  roles: { create(input: ReturnType<typeof makeRoleInput>): Promise<{ id: string }> };
  offers: { create(input: ReturnType<typeof makeOfferInput>): Promise<{ id: string }> };
};

/**
 * A client, two rate-card roles (Senior Consultant 1,200 € / 640 € a day, Entwickler 950 € /
 * 520 €) and a draft offer dated Saturday 2026-11-28: what a plan test starts from.
 */
export async function seedPlanOffer(repos: SeedRepos, offer: Partial<OfferInput> = {}) {
  const client = await repos.clients.create(makeClientInput());
  const consultant = await repos.roles.create(makeRoleInput());
  const developer = await repos.roles.create(
    makeRoleInput({ name: 'Entwickler', dayRate: '950.00', costPerDay: '520.00' }),
  );
  const created = await repos.offers.create(makeOfferInput(client.id, offer));
  return { clientId: client.id, offerId: created.id, consultant, developer };
}

/** The tables a plan write may touch, and the outbox: what "nothing was written" compares. */
const WRITTEN_TABLES = [
  'projectPlans',
  'workPackages',
  'planDependencies',
  'planMilestones',
  'paymentInstalments',
  'offerSections',
  'offerLines',
  'outbox',
] as const;

/** Every row of the tables a plan write may touch (and the outbox), to compare before and after a refused write. */
export async function planTablesSnapshot(db: {
  table(name: string): { toArray(): Promise<unknown[]> };
}): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    WRITTEN_TABLES.map(async (name) => [name, await db.table(name).toArray()] as const),
  );
  return Object.fromEntries(entries);
}

/** The repositories the plan-line comparison reads through (structural). */
type ReadRepos = {
  plans: {
    analyse(offerId: string): Promise<PlanAnalysis | null>;
    forOffer(offerId: string): Promise<ProjectPlan | null>;
  };
  offers: { get(id: string): Promise<Offer | undefined> };
  offerSettings: { get(): Promise<OfferSettings> };
  offerSections: { listByOffer(offerId: string): Promise<OfferSection[]> };
  offerLines: { listByOffer(offerId: string): Promise<OfferLine[]> };
};

/**
 * The offer's plan sections and lines as stored (sections in order, lines by section, then
 * position), in the form planOfferLines returns them, and what planOfferLines makes of the
 * stored plan now: equal when the lines follow the plan.
 */
export async function planLinesNowAndExpected(repos: ReadRepos, offerId: string, roles: Role[]) {
  const [analysis, plan, offer, settings, sections, lines] = await Promise.all([
    repos.plans.analyse(offerId),
    repos.plans.forOffer(offerId),
    repos.offers.get(offerId),
    repos.offerSettings.get(),
    repos.offerSections.listByOffer(offerId),
    repos.offerLines.listByOffer(offerId),
  ]);
  const expected =
    analysis && plan && offer
      ? planOfferLines(analysis, {
          plan,
          roles,
          offer,
          rates: settings.exchangeRates,
          vatPct: '19',
        })
      : { sections: [], lines: [] };
  const stored = {
    sections: sections
      .filter((section) => (section.planPhaseId ?? '') !== '')
      .map((section) => ({ planPhaseId: section.planPhaseId, title: section.title })),
    lines: sections.flatMap((section) =>
      lines
        .filter((line) => line.sectionId === section.id && (line.planPackageId ?? '') !== '')
        .map((line) => ({
          planPackageId: line.planPackageId,
          planPhaseId: section.planPhaseId,
          name: line.name,
          description: line.description,
          quantity: line.quantity,
          unit: line.unit,
          unitPrice: line.unitPrice,
          unitCost: line.unitCost,
          roleId: line.roleId,
          vatPct: line.vatPct,
          billing: line.billing,
          estimate: line.estimate,
        })),
    ),
  };
  return { stored, expected };
}
