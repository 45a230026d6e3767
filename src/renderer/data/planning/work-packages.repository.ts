import { z } from 'zod';
import { emptyWorkPackage, workPackageInputSchema } from '#shared/domain/planning';
import type { WorkPackage, WorkPackageInput } from '#shared/domain/planning';
import { RowNotFoundError, parseInput } from '../core/errors';
import { lastPosition, placeAmong } from '../core/positions';
import { definedOnly, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import type { StoredWorkPackage } from './plan-lines';
import {
  invalid,
  isPhase,
  liveChildren,
  requirePackage,
  restoreLinks,
  subtreeIds,
  writePlan,
  writePlanRow,
} from './plan-write';
import type { PlanScope } from './plan-write';

export type WorkPackageAddInput = {
  planId: string;
  /** The phase it goes into ('' or absent: top level). */
  parentId?: string;
  /** The sibling it follows; null or absent: at the end of its parent. */
  after?: string | null;
  name: string;
  roleId?: string;
  optimistic?: string;
  mostLikely?: string;
  pessimistic?: string;
  team?: number;
  deliverables?: string;
  description?: string;
};

/** What update may change; plan, offer, parent and position change by move/indent/outdent. */
export type WorkPackagePatch = Partial<
  Omit<WorkPackageInput, 'planId' | 'offerId' | 'parentId' | 'position'>
>;

/** Where a package goes: into `parentId` ('' = top level) at `index` among its new siblings. */
export type WorkPackageMove = { parentId: string; index: number };

export type WorkPackagesRepository = {
  add(input: WorkPackageAddInput): Promise<WorkPackage>;
  update(id: string, patch: WorkPackagePatch): Promise<WorkPackage>;
  move(id: string, to: WorkPackageMove): Promise<WorkPackage>;
  /** Becomes the last child of its previous sibling (unchanged when it has none). */
  indent(id: string): Promise<WorkPackage>;
  /** Goes right after its parent (unchanged at the top level). */
  outdent(id: string): Promise<WorkPackage>;
  /** Soft-deletes the package, everything below it and the dependencies and milestones on them. */
  remove(id: string): Promise<void>;
  /** Brings back exactly what its removal deleted. */
  restore(id: string): Promise<void>;
  get(id: string): Promise<WorkPackage | undefined>;
};

const addSchema = z.object({
  planId: z.string().min(1),
  parentId: z.string().max(64).optional(),
  after: z.string().min(1).nullable().optional(),
});
const moveSchema = z.object({
  parentId: z.string().max(64),
  index: z.number().int().min(0),
});
const PATCH_FIXED = ['planId', 'offerId', 'parentId', 'position'] as const;

/**
 * The plan's work breakdown: phases and work packages in a tree (parentId + fractional
 * positions). Each write re-generates the offer's plan lines in its transaction.
 */
export function createWorkPackagesRepository(ctx: WriteContext): WorkPackagesRepository {
  const { db } = ctx;

  /** A role a package is given must be a live role of the rate card. */
  const requireRole = async ({ rows }: PlanScope, roleId: string) => {
    if (roleId === '') return;
    const role = await rows.find('roles', roleId);
    if (!role || role.deleted) throw new RowNotFoundError('roles', roleId);
  };

  /**
   * A leaf that gets its first child becomes a phase: its dependencies are soft-deleted (under
   * this write's stamp, which the child's parentId clock carries, so taking the child away again
   * brings them back).
   */
  const becomePhase = async ({ rows, plan }: PlanScope, parentId: string) => {
    if (parentId === '') return;
    const packages = await rows.where('workPackages', 'planId', plan.id);
    if (isPhase(packages, parentId)) return;
    const dependencies = await rows.where('planDependencies', 'planId', plan.id);
    for (const link of dependencies) {
      if (!link.deleted && (link.predecessorId === parentId || link.successorId === parentId)) {
        rows.patch('planDependencies', link.id, { deleted: true });
      }
    }
  };

  /**
   * A phase whose last child `child` left becomes a work package again: the dependencies it lost
   * when that child came (deleted under the stamp of the child's parentId) come back, those whose
   * other end is still a live package and that close no cycle.
   */
  const becomeLeaf = async ({ rows, plan }: PlanScope, parentId: string, joined: string) => {
    if (parentId === '') return;
    const packages = await rows.where('workPackages', 'planId', plan.id);
    const parent = packages.find((row) => row.id === parentId);
    if (!parent || parent.deleted || isPhase(packages, parentId)) return;
    const dependencies = await rows.where('planDependencies', 'planId', plan.id);
    const lost = dependencies.filter(
      (link) =>
        (link.predecessorId === parentId || link.successorId === parentId) &&
        link.deleted &&
        link.fieldClocks.deleted === joined,
    );
    restoreLinks(rows, dependencies, packages, lost);
  };

  /** Moves `pkg` into `parentId` at `index` among its new siblings; the moved row. */
  const moveInto = async (
    scope: PlanScope,
    pkg: StoredWorkPackage,
    parentId: string,
    index: number,
  ): Promise<StoredWorkPackage> => {
    const { rows, plan } = scope;
    const packages = await rows.where('workPackages', 'planId', plan.id);
    if (parentId !== '') {
      requirePackage(packages, parentId);
      if (subtreeIds(packages, pkg.id).has(parentId)) {
        throw invalid(['parentId'], 'planning.validation.moveIntoItself');
      }
    }
    const siblings = liveChildren(packages, parentId).filter((row) => row.id !== pkg.id);
    if (index > siblings.length) {
      throw invalid(['index'], 'validation.tooBig', { max: String(siblings.length) });
    }
    const all = packages.filter((row) => row.parentId === parentId && row.id !== pkg.id);
    const placement =
      index === 0
        ? siblings[0]
          ? { before: siblings[0].id }
          : {}
        : { after: (siblings[index - 1] as StoredWorkPackage).id };
    const placed = placeAmong(siblings, placement, lastPosition(all));
    if (placed.respread) {
      rows.patch('workPackages', placed.respread.row.id, { position: placed.respread.position });
    }
    const oldParent = pkg.parentId;
    if (oldParent !== parentId) await becomePhase(scope, parentId);
    const moved = rows.patch('workPackages', pkg.id, { parentId, position: placed.position });
    if (oldParent !== parentId) await becomeLeaf(scope, oldParent, pkg.fieldClocks.parentId ?? '');
    return moved;
  };

  return {
    async add(input) {
      const { planId, parentId = '', after } = parseInput(addSchema, input);
      return writePlan(ctx, planId, 'add a work package to', async (scope) => {
        const { rows, plan } = scope;
        const packages = await rows.where('workPackages', 'planId', plan.id);
        if (parentId !== '') requirePackage(packages, parentId);
        const siblings = liveChildren(packages, parentId);
        if (after != null && !siblings.some((row) => row.id === after)) {
          throw new RowNotFoundError('workPackages', after);
        }
        const base = emptyWorkPackage(plan.id, plan.offerId, parentId, 'a0');
        const fields = parseInput(workPackageInputSchema, {
          ...base,
          ...definedOnly({
            name: input.name,
            roleId: input.roleId,
            optimistic: input.optimistic,
            mostLikely: input.mostLikely,
            pessimistic: input.pessimistic,
            team: input.team,
            deliverables: input.deliverables,
            description: input.description,
          }),
        });
        await requireRole(scope, fields.roleId);
        const all = packages.filter((row) => row.parentId === parentId);
        const placed = placeAmong(siblings, after != null ? { after } : {}, lastPosition(all));
        if (placed.respread) {
          const { row, position } = placed.respread;
          rows.patch('workPackages', row.id, { position });
        }
        await becomePhase(scope, parentId);
        return toEntity(rows.add('workPackages', { ...fields, position: placed.position }));
      });
    },
    update(id, patch) {
      return writePlanRow(
        ctx,
        'workPackages',
        id,
        'change a work package of',
        async (scope, pkg) => {
          if (pkg.deleted) throw new RowNotFoundError('workPackages', id);
          const changes: Record<string, unknown> = definedOnly(patch);
          for (const key of PATCH_FIXED) delete changes[key];
          const fields = parseInput(workPackageInputSchema, { ...toEntity(pkg), ...changes });
          if (fields.roleId !== pkg.roleId) await requireRole(scope, fields.roleId);
          return toEntity(scope.rows.patch('workPackages', id, fields));
        },
      );
    },
    async move(id, to) {
      const { parentId, index } = parseInput(moveSchema, to);
      return writePlanRow(ctx, 'workPackages', id, 'move a work package of', async (scope, pkg) => {
        if (pkg.deleted) throw new RowNotFoundError('workPackages', id);
        return toEntity(await moveInto(scope, pkg, parentId, index));
      });
    },
    indent(id) {
      return writePlanRow(ctx, 'workPackages', id, 'move a work package of', async (scope, pkg) => {
        if (pkg.deleted) throw new RowNotFoundError('workPackages', id);
        const packages = await scope.rows.where('workPackages', 'planId', scope.plan.id);
        const siblings = liveChildren(packages, pkg.parentId);
        const previous = siblings[siblings.findIndex((row) => row.id === id) - 1];
        if (!previous) return toEntity(pkg);
        const index = liveChildren(packages, previous.id).length;
        return toEntity(await moveInto(scope, pkg, previous.id, index));
      });
    },
    outdent(id) {
      return writePlanRow(ctx, 'workPackages', id, 'move a work package of', async (scope, pkg) => {
        if (pkg.deleted) throw new RowNotFoundError('workPackages', id);
        if (pkg.parentId === '') return toEntity(pkg);
        const packages = await scope.rows.where('workPackages', 'planId', scope.plan.id);
        const parent = requirePackage(packages, pkg.parentId);
        const uncles = liveChildren(packages, parent.parentId);
        const index = uncles.findIndex((row) => row.id === parent.id) + 1;
        return toEntity(await moveInto(scope, pkg, parent.parentId, index));
      });
    },
    remove(id) {
      return writePlanRow(
        ctx,
        'workPackages',
        id,
        'delete a work package of',
        async (scope, pkg) => {
          if (pkg.deleted) return;
          const { rows, plan } = scope;
          const packages = await rows.where('workPackages', 'planId', plan.id);
          const subtree = subtreeIds(packages, id);
          for (const row of packages) {
            if (subtree.has(row.id) && !row.deleted) {
              rows.patch('workPackages', row.id, { deleted: true });
            }
          }
          for (const link of await rows.where('planDependencies', 'planId', plan.id)) {
            const touches = subtree.has(link.predecessorId) || subtree.has(link.successorId);
            if (touches && !link.deleted)
              rows.patch('planDependencies', link.id, { deleted: true });
          }
          for (const milestone of await rows.where('planMilestones', 'planId', plan.id)) {
            if (subtree.has(milestone.packageId) && !milestone.deleted) {
              rows.patch('planMilestones', milestone.id, { deleted: true });
            }
          }
          await becomeLeaf(scope, pkg.parentId, pkg.fieldClocks.parentId ?? '');
        },
      );
    },
    restore(id) {
      return writePlanRow(
        ctx,
        'workPackages',
        id,
        'restore a work package of',
        async (scope, pkg) => {
          if (!pkg.deleted) return;
          const { rows, plan } = scope;
          const removal = pkg.fieldClocks.deleted;
          const packages = await rows.where('workPackages', 'planId', plan.id);
          if (pkg.parentId !== '') requirePackage(packages, pkg.parentId);
          await becomePhase(scope, pkg.parentId);
          const subtree = subtreeIds(packages, id);
          const back = (row: { deleted: boolean; fieldClocks: Record<string, string> }) =>
            row.deleted && row.fieldClocks.deleted === removal;
          for (const row of packages) {
            if (subtree.has(row.id) && back(row))
              rows.patch('workPackages', row.id, { deleted: false });
          }
          // Links back only where they still hold: both ends live packages, no twin, no cycle.
          const restored = await rows.where('workPackages', 'planId', plan.id);
          const dependencies = await rows.where('planDependencies', 'planId', plan.id);
          const lost = dependencies.filter(
            (link) =>
              (subtree.has(link.predecessorId) || subtree.has(link.successorId)) && back(link),
          );
          restoreLinks(rows, dependencies, restored, lost);
          for (const milestone of await rows.where('planMilestones', 'planId', plan.id)) {
            if (subtree.has(milestone.packageId) && back(milestone)) {
              rows.patch('planMilestones', milestone.id, { deleted: false });
            }
          }
        },
      );
    },
    async get(id) {
      const row = await db.workPackages.get(id);
      return row && toEntity(row);
    },
  };
}
