import { offerLineFieldsSchema } from '#shared/domain';
import type { OfferLine, OfferSection } from '#shared/domain';
import { newId } from '#shared/ids';
import { analysePlan, planLineChanges, planOfferLines } from '#shared/planning';
import type { PlanAnalysis, PlannedLine, PlannedOffer } from '#shared/planning';
import type {
  QuotientDb,
  StoredOffer,
  StoredOfferLine,
  StoredOfferSection,
  SyncedRow,
} from '../core/database';
import { parseInput } from '../core/errors';
import { toEntity } from '../core/write';
import type { Stamp, WriteBatch, WriteTable } from '../core/write';
import { readOfferSettings } from '../offers/offer-settings.repository';
import { PLAN_OWNED_LINE_FIELDS } from '../offers/offer-lines.repository';
import { arrangePositions } from './arrange';
import { RowSet } from './row-set';

export type StoredProjectPlan = SyncedRow['projectPlans'];
export type StoredWorkPackage = SyncedRow['workPackages'];
export type StoredPlanDependency = SyncedRow['planDependencies'];
export type StoredPlanMilestone = SyncedRow['planMilestones'];
export type StoredPaymentInstalment = SyncedRow['paymentInstalments'];

/** The plan's own tables. */
export const PLAN_TABLES = [
  'projectPlans',
  'workPackages',
  'planDependencies',
  'planMilestones',
  'paymentInstalments',
] as const;

/** Every table a plan write reads or writes: the plan's, the offer's content, roles and settings. */
export const PLAN_WRITE_TABLES: readonly WriteTable[] = [
  'offers',
  'offerSections',
  'offerLines',
  'roles',
  'settings',
  ...PLAN_TABLES,
];

/** A plan's rows as stored (deleted ones included): what analysePlan reads. */
export type PlanRowSet = {
  plan: StoredProjectPlan;
  packages: StoredWorkPackage[];
  dependencies: StoredPlanDependency[];
  milestones: StoredPlanMilestone[];
  instalments: StoredPaymentInstalment[];
};

/** The offer's live plan (stored), if any; the oldest when a merge left two. */
export async function livePlanOf(
  db: QuotientDb,
  offerId: string,
): Promise<StoredProjectPlan | undefined> {
  const plans = await db.projectPlans.where('offerId').equals(offerId).toArray();
  return plans
    .filter((row) => !row.deleted)
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))[0];
}

/**
 * Inside another write over PLAN_WRITE_TABLES (an offer's language or exchange rate changed):
 * re-generates the plan lines of `offer` (as that write leaves it) when it has a live plan.
 * The write must not change the offer's plan sections or lines itself.
 */
export async function regenerateOfferPlanLines({
  db,
  batch,
  stamp,
  offer,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  offer: StoredOffer;
}): Promise<void> {
  const plan = await livePlanOf(db, offer.id);
  if (!plan) return;
  const rows = new RowSet(db, stamp);
  await regeneratePlanLines({ db, rows, offer, plan });
  rows.flush(batch);
}

/** The plan's rows as this write sees them. */
export async function planRowsIn(rows: RowSet, plan: StoredProjectPlan): Promise<PlanRowSet> {
  const [packages, dependencies, milestones, instalments] = await Promise.all([
    rows.where('workPackages', 'planId', plan.id),
    rows.where('planDependencies', 'planId', plan.id),
    rows.where('planMilestones', 'planId', plan.id),
    rows.where('paymentInstalments', 'planId', plan.id),
  ]);
  return { plan, packages, dependencies, milestones, instalments };
}

/** The calendar a plan schedules on. */
export const calendarOf = (
  plan: Pick<StoredProjectPlan, 'country' | 'region' | 'companyHolidays'>,
) => ({ country: plan.country, region: plan.region, companyHolidays: plan.companyHolidays });

/** analysePlan over stored rows (entities: no field clocks). */
export function analyseRows(
  set: PlanRowSet,
  offer: Pick<StoredOffer, 'date' | 'paymentTermsDays' | 'currency'>,
  roles: readonly SyncedRow['roles'][],
  oneTimeNet?: string,
): PlanAnalysis {
  return analysePlan({
    plan: toEntity(set.plan),
    packages: set.packages.map(toEntity),
    dependencies: set.dependencies.map(toEntity),
    milestones: set.milestones.map(toEntity),
    instalments: set.instalments.map(toEntity),
    roles: roles.map(toEntity),
    offer: { date: offer.date, paymentTermsDays: offer.paymentTermsDays, currency: offer.currency },
    ...(oneTimeNet === undefined ? {} : { oneTimeNet }),
  });
}

/** The lines and sections the stored plan generates (none when the plan is gone). */
async function plannedOffer(
  db: QuotientDb,
  rows: RowSet,
  offer: StoredOffer,
  plan: StoredProjectPlan | null,
): Promise<PlannedOffer> {
  if (!plan || plan.deleted) return { sections: [], lines: [] };
  const [set, roles, settings] = await Promise.all([
    planRowsIn(rows, plan),
    db.roles.toArray(),
    readOfferSettings(db),
  ]);
  const analysis = analyseRows(set, offer, roles);
  return planOfferLines(analysis, {
    plan: toEntity(plan),
    roles: roles.map(toEntity),
    offer: { currency: offer.currency, exchangeRate: offer.exchangeRate, language: offer.language },
    rates: settings.exchangeRates,
    vatPct: '19',
  });
}

const isPlanSection = (section: StoredOfferSection): boolean => (section.planPhaseId ?? '') !== '';
const isPlanLine = (line: StoredOfferLine): boolean => (line.planPackageId ?? '') !== '';

/**
 * Keeps one live row per plan key (a merge of two devices that both generated a line for a new
 * package, or both a reserve, leaves two): the lowest id stays, the others are deleted.
 */
function dropTwins<R extends { id: string; deleted: boolean }>(
  live: readonly R[],
  key: (row: R) => string,
  remove: (row: R) => void,
): R[] {
  const kept = new Map<string, R>();
  for (const row of [...live].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const existing = kept.get(key(row));
    if (existing) remove(row);
    else kept.set(key(row), row);
  }
  return live.filter((row) => kept.get(key(row)) === row);
}

/** The offer-line fields of a planned line (its place and origin are the caller's). */
export function lineContent(line: PlannedLine) {
  return {
    catalogItemId: '',
    roleId: line.roleId,
    name: line.name,
    description: line.description,
    quantity: line.quantity,
    unit: line.unit,
    unitPrice: line.unitPrice,
    discountPct: '',
    vatPct: line.vatPct,
    billing: line.billing,
    unitCost: line.unitCost,
    kind: 'normal' as const,
    replacesOriginId: '',
    estimate: line.estimate,
    planPackageId: line.planPackageId,
  };
}

/**
 * Makes the offer's generated sections and lines equal what the plan generates, inside the
 * plan write that changed the plan (`rows` holds its changes): planLineChanges pairs the rows
 * by their plan keys; new rows are placed in WBS order, rows the user added keep their places.
 * A line's discount and kind stay the user's.
 */
export async function regeneratePlanLines({
  db,
  rows,
  offer,
  plan,
}: {
  db: QuotientDb;
  rows: RowSet;
  offer: StoredOffer;
  plan: StoredProjectPlan | null;
}): Promise<void> {
  const planned = await plannedOffer(db, rows, offer, plan);
  const [allSections, allLines] = await Promise.all([
    rows.where('offerSections', 'offerId', offer.id),
    rows.where('offerLines', 'offerId', offer.id),
  ]);
  const twinSections = new Set<string>();
  const removeSection = (section: StoredOfferSection) => {
    twinSections.add(section.id);
    rows.patch('offerSections', section.id, { deleted: true });
  };
  const removeLine = (line: StoredOfferLine) =>
    rows.patch('offerLines', line.id, { deleted: true });
  const liveSections = allSections.filter((row) => !row.deleted);
  const planSections = dropTwins(
    liveSections.filter(isPlanSection),
    (row) => row.planPhaseId ?? '',
    removeSection,
  );
  const planLines = dropTwins(
    allLines.filter((row) => !row.deleted && isPlanLine(row)),
    (row) => row.planPackageId ?? '',
    removeLine,
  );
  const changes = planLineChanges(
    {
      sections: planSections.map(toEntity) as OfferSection[],
      lines: planLines.map(toEntity) as OfferLine[],
    },
    planned,
  );

  // Sections: removed ones take their live lines with them (as offerSections.remove does).
  const removedSections = new Set([...changes.removeSectionIds, ...twinSections]);
  for (const id of removedSections) rows.patch('offerSections', id, { deleted: true });
  for (const { id, title } of changes.updateSections) rows.patch('offerSections', id, { title });
  const sectionByPhase = new Map(
    planSections
      .filter((row) => !removedSections.has(row.id))
      .map((row) => [row.planPhaseId as string, row.id]),
  );
  const newSections = changes.addSections.map((section) => ({ ...section, id: newId() }));
  for (const section of newSections) sectionByPhase.set(section.planPhaseId, section.id);
  const sectionOrder = planned.sections.flatMap((section) => {
    const id = sectionByPhase.get(section.planPhaseId);
    return id === undefined ? [] : [id];
  });
  const sectionPositions = arrangePositions(
    await rows.where('offerSections', 'offerId', offer.id),
    sectionOrder,
  );
  for (const section of newSections) {
    rows.add(
      'offerSections',
      {
        offerId: offer.id,
        title: section.title,
        position: sectionPositions.get(section.id) as string,
        planPhaseId: section.planPhaseId,
      },
      section.id,
    );
  }
  for (const [id, position] of sectionPositions) {
    if (!newSections.some((section) => section.id === id)) {
      rows.patch('offerSections', id, { position });
    }
  }

  // Lines: removed, updated (plan-owned fields only), moved to their phase's section, added.
  const removedLines = new Set(changes.removeLineIds);
  for (const id of removedLines) rows.patch('offerLines', id, { deleted: true });
  for (const { id, patch } of changes.updateLines) {
    const owned = Object.fromEntries(
      PLAN_OWNED_LINE_FIELDS.filter((field) => field in patch).map((field) => [
        field,
        (patch as Record<string, unknown>)[field],
      ]),
    );
    const existing = rows.seen('offerLines', id) as StoredOfferLine;
    parseInput(offerLineFieldsSchema, { ...existing, ...owned });
    rows.patch('offerLines', id, owned);
  }
  const lineByPackage = new Map(
    planLines
      .filter((row) => !removedLines.has(row.id))
      .map((row) => [row.planPackageId as string, row.id]),
  );
  // Lines left in a removed section go with it, except plan lines moving to another section.
  const keptPlanLines = new Set(lineByPackage.values());
  for (const line of allLines) {
    if (line.deleted || removedLines.has(line.id) || keptPlanLines.has(line.id)) continue;
    if (removedSections.has(line.sectionId)) rows.patch('offerLines', line.id, { deleted: true });
  }
  const added = new Map(changes.addLines.map((line) => [line.planPackageId, newId()]));
  for (const [packageId, id] of added) lineByPackage.set(packageId, id);
  const movedIn = new Set<string>();
  const bySection = new Map<string, string[]>();
  for (const line of planned.lines) {
    const id = lineByPackage.get(line.planPackageId);
    const sectionId = sectionByPhase.get(line.planPhaseId);
    if (id === undefined || sectionId === undefined) continue;
    bySection.set(sectionId, [...(bySection.get(sectionId) ?? []), id]);
    const existing = rows.seen('offerLines', id);
    if (existing && existing.sectionId !== sectionId) {
      rows.patch('offerLines', id, { sectionId });
      movedIn.add(id);
    }
  }
  const plannedById = new Map(
    changes.addLines.map((line) => [added.get(line.planPackageId), line]),
  );
  for (const [sectionId, order] of bySection) {
    const siblings = (await rows.where('offerLines', 'sectionId', sectionId)).filter(
      (row) => !movedIn.has(row.id),
    );
    for (const [id, position] of arrangePositions(siblings, order)) {
      const line = plannedById.get(id);
      if (!line) {
        rows.patch('offerLines', id, { position });
        continue;
      }
      const fields = parseInput(offerLineFieldsSchema, {
        ...lineContent(line),
        offerId: offer.id,
        sectionId,
        position,
        originId: id,
      });
      rows.add('offerLines', fields, id);
    }
  }
}
