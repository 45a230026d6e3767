import { wbsNodes } from '#shared/planning';
import type { QuotientDb, StoredOffer, SyncedRow } from '../core/database';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { byPosition } from '../core/positions';
import { commit, toEntity } from '../core/write';
import type { Stamp, WriteContext } from '../core/write';
import { requireDraft } from '../offers/offer-guard';
import { PLAN_WRITE_TABLES, regeneratePlanLines } from './plan-lines';
import type { StoredPlanDependency, StoredProjectPlan, StoredWorkPackage } from './plan-lines';
import { RowSet } from './row-set';

/** What a plan write works with: its rows, the draft offer and the (live) plan. */
export type PlanScope = {
  db: QuotientDb;
  rows: RowSet;
  stamp: Stamp;
  offer: StoredOffer;
  plan: StoredProjectPlan;
};

/**
 * Runs one plan write: loads the plan (RowNotFoundError when missing or deleted) and its offer
 * (OfferLockedError unless a draft), runs `build`, re-generates the offer's plan lines from the
 * plan as `build` left it and stores everything in one transaction; a throw stores nothing.
 */
export function writePlan<R>(
  ctx: WriteContext,
  planId: string,
  action: string,
  build: (scope: PlanScope) => Promise<R> | R,
): Promise<R> {
  const { db } = ctx;
  return commit(ctx, PLAN_WRITE_TABLES, async (batch, stamp) => {
    const rows = new RowSet(db, stamp);
    const plan = await rows.load('projectPlans', planId);
    if (plan.deleted) throw new RowNotFoundError('projectPlans', planId);
    const offer = await requireDraft(db, plan.offerId, action);
    const result = await build({ db, rows, stamp, offer, plan });
    const after = await rows.load('projectPlans', planId);
    await regeneratePlanLines({ db, rows, offer, plan: after });
    rows.flush(batch);
    return result;
  });
}

type PlanChildTable = 'workPackages' | 'planDependencies' | 'planMilestones' | 'paymentInstalments';

/** A plan write on one of the plan's rows (loaded first, deleted ones too). */
export async function writePlanRow<T extends PlanChildTable, R>(
  ctx: WriteContext,
  table: T,
  id: string,
  action: string,
  build: (scope: PlanScope, row: SyncedRow[T]) => Promise<R> | R,
): Promise<R> {
  const stored = await ctx.db.synced(table).get(id);
  if (!stored) throw new RowNotFoundError(table, id);
  return writePlan(ctx, stored.planId, action, async (scope) =>
    build(scope, await scope.rows.load(table, id)),
  );
}

/** A ValidationError with one custom issue at `path`. */
export function invalid(
  path: PropertyKey[],
  message: string,
  params?: Record<string, string>,
): ValidationError {
  return new ValidationError([
    { code: 'custom', path, message, input: undefined, ...(params ? { params } : {}) },
  ]);
}

/** The live children of `parentId` ('' = top level), in WBS order. */
export const liveChildren = (
  packages: readonly StoredWorkPackage[],
  parentId: string,
): StoredWorkPackage[] =>
  packages.filter((row) => !row.deleted && row.parentId === parentId).sort(byPosition);

/** A live package with live children is a phase. */
export const isPhase = (packages: readonly StoredWorkPackage[], id: string): boolean =>
  packages.some((row) => !row.deleted && row.parentId === id);

/** `id` and every package below it (deleted ones too). */
export function subtreeIds(packages: readonly StoredWorkPackage[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of packages) {
      if (!ids.has(row.id) && ids.has(row.parentId)) {
        ids.add(row.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** "1.2 Konzeption" by package id, for messages (live packages). */
export function wbsLabels(packages: readonly StoredWorkPackage[]): Map<string, string> {
  const nodes = wbsNodes(packages.filter((row) => !row.deleted).map(toEntity));
  return new Map(nodes.map((node) => [node.id, `${node.wbs} ${node.name}`]));
}

/** A live package of the plan, or RowNotFoundError. */
export function requirePackage(
  packages: readonly StoredWorkPackage[],
  id: string,
): StoredWorkPackage {
  const row = packages.find((pkg) => pkg.id === id);
  if (!row || row.deleted) throw new RowNotFoundError('workPackages', id);
  return row;
}

/** The ids of live packages with live children (the phases). */
export function phaseIds(packages: readonly StoredWorkPackage[]): Set<string> {
  return new Set(packages.filter((row) => !row.deleted).map((row) => row.parentId));
}

/** The ids of live work packages (no live children): the only ends a dependency may have. */
export function leafIds(packages: readonly StoredWorkPackage[]): Set<string> {
  const phases = phaseIds(packages);
  return new Set(
    packages.filter((row) => !row.deleted && !phases.has(row.id)).map((row) => row.id),
  );
}

/** The live dependencies in force: both ends live work packages (not phases). */
export function liveLinks(
  dependencies: readonly StoredPlanDependency[],
  packages: readonly StoredWorkPackage[],
): StoredPlanDependency[] {
  const leaves = leafIds(packages);
  return dependencies.filter(
    (row) => !row.deleted && leaves.has(row.predecessorId) && leaves.has(row.successorId),
  );
}

/**
 * Restores the deleted `candidates` that still hold, one by one: both ends live work packages,
 * no live twin, no cycle with the links in force (and those restored before).
 */
export function restoreLinks(
  rows: RowSet,
  dependencies: readonly StoredPlanDependency[],
  packages: readonly StoredWorkPackage[],
  candidates: readonly StoredPlanDependency[],
): void {
  const leaves = leafIds(packages);
  const links: { predecessorId: string; successorId: string }[] = liveLinks(dependencies, packages);
  const keys = new Set(links.map((row) => `${row.predecessorId}>${row.successorId}`));
  for (const link of candidates) {
    const key = `${link.predecessorId}>${link.successorId}`;
    if (!leaves.has(link.predecessorId) || !leaves.has(link.successorId) || keys.has(key)) continue;
    if (pathBetween(links, link.successorId, link.predecessorId)) continue;
    rows.patch('planDependencies', link.id, { deleted: false });
    links.push(link);
    keys.add(key);
  }
}

/** The packages on a path from `from` to `to` along the links (both included), or null. */
export function pathBetween(
  links: readonly { predecessorId: string; successorId: string }[],
  from: string,
  to: string,
): string[] | null {
  const next = new Map<string, string[]>();
  for (const link of links) {
    next.set(link.predecessorId, [...(next.get(link.predecessorId) ?? []), link.successorId]);
  }
  const cameFrom = new Map<string, string>([[from, from]]);
  const queue = [from];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    if (node === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(cameFrom.get(path[0] as string) as string);
      return path;
    }
    for (const successor of next.get(node) ?? []) {
      if (!cameFrom.has(successor)) {
        cameFrom.set(successor, node);
        queue.push(successor);
      }
    }
  }
  return null;
}

/**
 * Refuses links that would close a cycle: for each new link (predecessor → successor) a path
 * back from its successor to its predecessor over `links` (the links as they will be) is one.
 * ValidationError at `path` with 'planning.validation.cycle' and the cycle in WBS form.
 */
export function refuseCycles(
  links: readonly { predecessorId: string; successorId: string }[],
  added: readonly { predecessorId: string; successorId: string }[],
  packages: readonly StoredWorkPackage[],
  path: PropertyKey[] = ['predecessorId'],
): void {
  for (const link of added) {
    const back = pathBetween(links, link.successorId, link.predecessorId);
    if (!back) continue;
    const labels = wbsLabels(packages);
    const cycle = [link.predecessorId, ...back].map((id) => labels.get(id) ?? id).join(' → ');
    throw invalid(path, 'planning.validation.cycle', { cycle });
  }
}
