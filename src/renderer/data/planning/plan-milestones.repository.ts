import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { planMilestoneInputSchema } from '#shared/domain/planning';
import type { PlanMilestone } from '#shared/domain/planning';
import { RowNotFoundError, parseInput } from '../core/errors';
import { lastPosition } from '../core/positions';
import { definedOnly, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import { requirePackage, writePlan, writePlanRow } from './plan-write';

export type PlanMilestoneAddInput = { planId: string; name: string; packageId: string };
export type PlanMilestonePatch = { name?: string; packageId?: string };

export type PlanMilestonesRepository = {
  /** A milestone reached when its package (or every package of its phase) is finished. */
  add(input: PlanMilestoneAddInput): Promise<PlanMilestone>;
  update(id: string, patch: PlanMilestonePatch): Promise<PlanMilestone>;
  remove(id: string): Promise<void>;
  /** RowNotFoundError when its package is deleted (restore the package instead). */
  restore(id: string): Promise<void>;
};

const addSchema = z.object({ planId: z.string().min(1) });

/** The plan's milestones; each write re-generates the plan lines with the rest of the plan. */
export function createPlanMilestonesRepository(ctx: WriteContext): PlanMilestonesRepository {
  return {
    async add(input) {
      const { planId } = parseInput(addSchema, input);
      return writePlan(ctx, planId, 'add a milestone to', async ({ rows, plan }) => {
        const milestones = await rows.where('planMilestones', 'planId', plan.id);
        const fields = parseInput(planMilestoneInputSchema, {
          planId: plan.id,
          offerId: plan.offerId,
          name: input.name,
          packageId: input.packageId,
          position: generateKeyBetween(lastPosition(milestones), null),
        });
        requirePackage(await rows.where('workPackages', 'planId', plan.id), fields.packageId);
        return toEntity(rows.add('planMilestones', fields));
      });
    },
    update(id, patch) {
      return writePlanRow(
        ctx,
        'planMilestones',
        id,
        'change a milestone of',
        async ({ rows, plan }, row) => {
          if (row.deleted) throw new RowNotFoundError('planMilestones', id);
          const next = definedOnly({ name: patch.name, packageId: patch.packageId });
          const fields = parseInput(planMilestoneInputSchema, { ...toEntity(row), ...next });
          if (fields.packageId !== row.packageId) {
            requirePackage(await rows.where('workPackages', 'planId', plan.id), fields.packageId);
          }
          return toEntity(rows.patch('planMilestones', id, fields));
        },
      );
    },
    remove(id) {
      return writePlanRow(ctx, 'planMilestones', id, 'delete a milestone of', ({ rows }, row) => {
        if (!row.deleted) rows.patch('planMilestones', id, { deleted: true });
      });
    },
    restore(id) {
      return writePlanRow(
        ctx,
        'planMilestones',
        id,
        'restore a milestone of',
        async ({ rows, plan }, row) => {
          if (!row.deleted) return;
          requirePackage(await rows.where('workPackages', 'planId', plan.id), row.packageId);
          rows.patch('planMilestones', id, { deleted: false });
        },
      );
    },
  };
}
