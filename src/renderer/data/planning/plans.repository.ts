import { Dexie } from 'dexie';
import { emptyProjectPlan, projectPlanInputSchema } from '#shared/domain/planning';
import type {
  PaymentInstalment,
  PlanDependency,
  PlanMilestone,
  ProjectPlan,
  ProjectPlanInput,
  WorkPackage,
} from '#shared/domain/planning';
import { offerTotals } from '#shared/offers/totals';
import { addWorkingDays, calendarRegions, nextWorkingDay } from '#shared/planning';
import type { PlanAnalysis, PlanNote } from '#shared/planning';
import type { StoredOffer } from '../core/database';
import { parseInput } from '../core/errors';
import { byPosition } from '../core/positions';
import { commit, definedOnly, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import { requireDraft, requireRootOpen } from '../offers/offer-guard';
import {
  PLAN_TABLES,
  PLAN_WRITE_TABLES,
  analyseRows,
  calendarOf,
  livePlanOf,
  regeneratePlanLines,
} from './plan-lines';
import type { PlanRowSet } from './plan-lines';
import { invalid, writePlan } from './plan-write';
import { RowSet } from './row-set';

/** What a plan's settings write returns: the plan and what the write noticed (a moved start). */
export type PlanWriteResult = { plan: ProjectPlan; notes: PlanNote[] };

/** What update may change; the offer stays. */
export type ProjectPlanPatch = Partial<Omit<ProjectPlanInput, 'offerId'>>;

/** A plan with its live rows, each list in its order (packages by position, not WBS). */
export type PlanRows = {
  plan: ProjectPlan;
  packages: WorkPackage[];
  dependencies: PlanDependency[];
  milestones: PlanMilestone[];
  instalments: PaymentInstalment[];
};

export type PlansRepository = {
  /** The offer's live plan, or null. */
  forOffer(offerId: string): Promise<ProjectPlan | null>;
  /**
   * Adds a plan to a draft offer (ValidationError at offerId when it has one). The start
   * defaults to 10 working days after the offer date; a start on a non-working day is moved to
   * the next working day with a 'start-moved' note.
   */
  create(offerId: string, patch?: Partial<ProjectPlanInput>): Promise<PlanWriteResult>;
  /** Changes the plan's settings (the start moved as in create); re-generates the plan lines. */
  update(planId: string, patch: ProjectPlanPatch): Promise<PlanWriteResult>;
  /** Soft-deletes the plan, its rows and the offer lines and sections it generated. */
  remove(planId: string): Promise<void>;
  /** Brings back exactly what remove deleted, and re-generates the lines. */
  restore(planId: string): Promise<void>;
  /** The plan read with its roles and the offer's one-time net; null without a plan. */
  analyse(offerId: string): Promise<PlanAnalysis | null>;
  /**
   * Re-applies the plan's lines to a draft offer (after a sync pull, changed role rates):
   * false when there is nothing to do (no plan, not a draft), true when it ran.
   */
  regenerate(offerId: string): Promise<boolean>;
  /** The plan and its live rows; null without a plan. */
  rows(offerId: string): Promise<PlanRows | null>;
};

/** Validates a plan's settings; the region must be one of its country's (or '' = nationwide). */
function parsePlan(input: unknown): ProjectPlanInput {
  const plan = parseInput(projectPlanInputSchema, input);
  const regions = calendarRegions(plan.country).map((region) => region.code);
  if (plan.region !== '' && !regions.includes(plan.region)) {
    throw invalid(['region'], 'validation.choice');
  }
  return plan;
}

/** The plan with its start on a working day, and the note when it had to move. */
function withWorkingStart(plan: ProjectPlanInput): { plan: ProjectPlanInput; notes: PlanNote[] } {
  const start = nextWorkingDay(plan.startDate, calendarOf(plan));
  if (start === plan.startDate) return { plan, notes: [] };
  const note: PlanNote = {
    kind: 'start-moved',
    message: 'planning.notes.start-moved',
    values: { from: plan.startDate, to: start },
  };
  return { plan: { ...plan, startDate: start }, notes: [note] };
}

/** The project plans of offers: settings, removal with everything it generated, analysis. */
export function createPlansRepository(ctx: WriteContext): PlansRepository {
  const { db } = ctx;

  const readRows = async (offerId: string) => {
    const plan = await livePlanOf(db, offerId);
    if (!plan) return null;
    const [packages, dependencies, milestones, instalments] = await Promise.all([
      db.workPackages.where('planId').equals(plan.id).toArray(),
      db.planDependencies.where('planId').equals(plan.id).toArray(),
      db.planMilestones.where('planId').equals(plan.id).toArray(),
      db.paymentInstalments.where('planId').equals(plan.id).toArray(),
    ]);
    return { plan, packages, dependencies, milestones, instalments } satisfies PlanRowSet;
  };

  /** Runs `read` in one read transaction over the plan's and the offer's tables. */
  const reading = <R>(read: () => Promise<R>): Promise<R> =>
    Dexie.currentTransaction ? read() : db.transaction('r', PLAN_WRITE_TABLES as string[], read);

  return {
    async forOffer(offerId) {
      const plan = await livePlanOf(db, offerId);
      return plan ? toEntity(plan) : null;
    },
    async create(offerId, patch = {}) {
      return commit(ctx, PLAN_WRITE_TABLES, async (batch, stamp) => {
        const rows = new RowSet(db, stamp);
        const offer = await requireDraft(db, offerId, 'add a plan to');
        if (await livePlanOf(db, offerId)) throw invalid(['offerId'], 'validation.duplicate');
        const settings = { ...emptyProjectPlan(offerId, offer.date), ...definedOnly(patch) };
        const calendar = calendarOf(parsePlan({ ...settings, offerId }));
        const startDate = patch.startDate ?? addWorkingDays(offer.date, 10, calendar);
        const { plan, notes } = withWorkingStart(parsePlan({ ...settings, startDate, offerId }));
        const row = rows.add('projectPlans', plan);
        await regeneratePlanLines({ db, rows, offer, plan: row });
        rows.flush(batch);
        return { plan: toEntity(row), notes };
      });
    },
    update(planId, patch) {
      return writePlan(ctx, planId, 'change the plan of', ({ rows, plan: existing }) => {
        const merged = parsePlan({ ...toEntity(existing), ...definedOnly(patch) });
        const { plan, notes } = withWorkingStart({ ...merged, offerId: existing.offerId });
        const row = rows.patch('projectPlans', planId, plan);
        return { plan: toEntity(row), notes };
      });
    },
    remove(planId) {
      return writePlan(ctx, planId, 'delete the plan of', async ({ rows, plan }) => {
        for (const table of PLAN_TABLES.slice(1)) {
          for (const row of await rows.where(table, 'planId', plan.id)) {
            if (!row.deleted) rows.patch(table, row.id, { deleted: true });
          }
        }
        // With the plan deleted, the re-generation removes the lines and sections it made.
        rows.patch('projectPlans', planId, { deleted: true });
      });
    },
    restore(planId) {
      return commit(ctx, PLAN_WRITE_TABLES, async (batch, stamp) => {
        const rows = new RowSet(db, stamp);
        const plan = await rows.load('projectPlans', planId);
        const offer = await requireDraft(db, plan.offerId, 'restore the plan of');
        if (!plan.deleted) return;
        const other = await livePlanOf(db, plan.offerId);
        if (other) throw invalid(['offerId'], 'validation.duplicate');
        const removal = plan.fieldClocks.deleted;
        const back = (row: { deleted: boolean; fieldClocks: Record<string, string> }) =>
          row.deleted && row.fieldClocks.deleted === removal;
        for (const table of PLAN_TABLES.slice(1)) {
          for (const row of await rows.where(table, 'planId', plan.id)) {
            if (back(row)) rows.patch(table, row.id, { deleted: false });
          }
        }
        // The generated rows come back too, so the lines keep their ids (and the user's discounts).
        for (const section of await rows.where('offerSections', 'offerId', offer.id)) {
          if (back(section) && (section.planPhaseId ?? '') !== '') {
            rows.patch('offerSections', section.id, { deleted: false });
          }
        }
        for (const line of await rows.where('offerLines', 'offerId', offer.id)) {
          if (back(line) && (line.planPackageId ?? '') !== '') {
            rows.patch('offerLines', line.id, { deleted: false });
          }
        }
        const restored = rows.patch('projectPlans', planId, { deleted: false });
        await regeneratePlanLines({ db, rows, offer, plan: restored });
        rows.flush(batch);
      });
    },
    analyse(offerId) {
      return reading(async () => {
        const set = await readRows(offerId);
        if (!set) return null;
        const offer = await db.offers.get(offerId);
        if (!offer) return null;
        const [sections, lines, roles] = await Promise.all([
          db.offerSections.where('offerId').equals(offerId).toArray(),
          db.offerLines.where('offerId').equals(offerId).toArray(),
          db.roles.toArray(),
        ]);
        return analyseRows(set, offer, roles, oneTimeNet(offer, sections, lines));
      });
    },
    regenerate(offerId) {
      return commit(ctx, PLAN_WRITE_TABLES, async (batch, stamp) => {
        const offer = await db.offers.get(offerId);
        if (!offer || offer.status !== 'draft') return false;
        try {
          await requireRootOpen(db, offer);
        } catch {
          return false;
        }
        const plan = await livePlanOf(db, offerId);
        if (!plan) return false;
        const rows = new RowSet(db, stamp);
        await regeneratePlanLines({
          db,
          rows,
          offer,
          plan: await rows.load('projectPlans', plan.id),
        });
        rows.flush(batch);
        return true;
      });
    },
    rows(offerId) {
      return reading(async () => {
        const set = await readRows(offerId);
        if (!set) return null;
        const live = <R extends { deleted: boolean; fieldClocks: unknown }>(list: R[]) =>
          list.filter((row) => !row.deleted).map(toEntity);
        return {
          plan: toEntity(set.plan),
          packages: live(set.packages).sort(byPosition),
          dependencies: live(set.dependencies),
          milestones: live(set.milestones).sort(byPosition),
          instalments: live(set.instalments).sort(byPosition),
        };
      });
    },
  };
}

/** The offer's one-time net from the totals engine over its live lines of live sections. */
function oneTimeNet(
  offer: StoredOffer,
  sections: readonly { id: string; deleted: boolean }[],
  lines: Parameters<typeof offerTotals>[0]['lines'],
): string {
  const live = new Set(sections.filter((row) => !row.deleted).map((row) => row.id));
  const counted = lines.filter((line) => line.deleted !== true && live.has(line.sectionId));
  return offerTotals({ offer, lines: counted }).oneTime.net;
}
