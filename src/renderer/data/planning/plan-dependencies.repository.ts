import { z } from 'zod';
import { planDependencyInputSchema } from '#shared/domain/planning';
import type { PlanDependency } from '#shared/domain/planning';
import { RowNotFoundError, ValidationError, parseInput } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import { toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import type { StoredPlanDependency, StoredWorkPackage } from './plan-lines';
import {
  isPhase,
  liveLinks,
  refuseCycles,
  requirePackage,
  wbsLabels,
  writePlan,
  writePlanRow,
} from './plan-write';

export type PlanDependencyAddInput = {
  planId: string;
  predecessorId: string;
  successorId: string;
  lagDays?: number;
};

/** A predecessor of one package: its id and the lag in working days. */
export type PredecessorLink = { id: string; lagDays: number };

export type PlanDependenciesRepository = {
  add(input: PlanDependencyAddInput): Promise<PlanDependency>;
  /** Replaces the package's predecessors in one write (all or nothing). */
  setPredecessors(
    successorId: string,
    links: readonly PredecessorLink[],
  ): Promise<PlanDependency[]>;
  update(id: string, patch: { lagDays: number }): Promise<PlanDependency>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
};

const addSchema = z.object({
  planId: z.string().min(1),
  predecessorId: z.string().min(1).max(64),
  successorId: z.string().min(1).max(64),
  lagDays: planDependencyInputSchema.shape.lagDays.optional(),
});
const linksSchema = z.array(
  z.object({ id: z.string().min(1).max(64), lagDays: planDependencyInputSchema.shape.lagDays }),
);
const lagSchema = z.object({ lagDays: planDependencyInputSchema.shape.lagDays });

/**
 * Why a link between two packages cannot be: itself, a phase at either end, or a live twin
 * (same predecessor and successor). Issues at `path` with the package in WBS form as `token`.
 */
function linkIssues(
  packages: readonly StoredWorkPackage[],
  links: readonly StoredPlanDependency[],
  predecessorId: string,
  successorId: string,
  path: { self: PropertyKey[]; phase: PropertyKey[]; twin: PropertyKey[] },
): ValidationIssue[] {
  const labels = wbsLabels(packages);
  const issue = (at: PropertyKey[], message: string, id: string): ValidationIssue => ({
    code: 'custom',
    path: at,
    message,
    input: id,
    params: { token: labels.get(id) ?? id },
  });
  if (predecessorId === successorId) {
    return [issue(path.self, 'planning.validation.selfLink', successorId)];
  }
  const phase = [predecessorId, successorId].find((id) => isPhase(packages, id));
  if (phase !== undefined) return [issue(path.phase, 'planning.validation.phaseLink', phase)];
  const twin = links.some(
    (row) => row.predecessorId === predecessorId && row.successorId === successorId,
  );
  return twin ? [issue(path.twin, 'planning.validation.duplicateLink', predecessorId)] : [];
}

/** Finish-to-start dependencies between work packages; each write re-generates the plan lines. */
export function createPlanDependenciesRepository(ctx: WriteContext): PlanDependenciesRepository {
  return {
    async add(input) {
      const { planId, predecessorId, successorId, lagDays = 0 } = parseInput(addSchema, input);
      return writePlan(ctx, planId, 'add a dependency to', async ({ rows, plan }) => {
        const packages = await rows.where('workPackages', 'planId', plan.id);
        requirePackage(packages, predecessorId);
        requirePackage(packages, successorId);
        const links = liveLinks(await rows.where('planDependencies', 'planId', plan.id), packages);
        const issues = linkIssues(packages, links, predecessorId, successorId, {
          self: ['successorId'],
          phase: ['predecessorId'],
          twin: ['predecessorId'],
        });
        if (issues.length > 0) throw new ValidationError(issues);
        const link = { predecessorId, successorId };
        refuseCycles([...links, link], [link], packages);
        const fields = parseInput(planDependencyInputSchema, {
          planId: plan.id,
          offerId: plan.offerId,
          predecessorId,
          successorId,
          lagDays,
        });
        return toEntity(rows.add('planDependencies', fields));
      });
    },
    async setPredecessors(successorId, input) {
      const wanted = parseInput(linksSchema, input);
      return writePlanRow(
        ctx,
        'workPackages',
        successorId,
        'change the dependencies of',
        async ({ rows, plan }, successor) => {
          if (successor.deleted) throw new RowNotFoundError('workPackages', successorId);
          const packages = await rows.where('workPackages', 'planId', plan.id);
          const dependencies = await rows.where('planDependencies', 'planId', plan.id);
          const links = liveLinks(dependencies, packages);
          const others = links.filter((row) => row.successorId !== successorId);
          const issues: ValidationIssue[] = [];
          const seen: StoredPlanDependency[] = [];
          wanted.forEach(({ id }, index) => {
            requirePackage(packages, id);
            const found = linkIssues(packages, seen, id, successorId, {
              self: [index, 'id'],
              phase: [index, 'id'],
              twin: [index, 'id'],
            });
            issues.push(...found);
            seen.push({ predecessorId: id, successorId } as StoredPlanDependency);
          });
          if (issues.length > 0) throw new ValidationError(issues);
          const added = wanted.map(({ id }) => ({ predecessorId: id, successorId }));
          refuseCycles([...others, ...added], added, packages);
          // Keep the links that stay (their lag updated), delete the others, add the new ones.
          const current = dependencies.filter(
            (row) => !row.deleted && row.successorId === successorId,
          );
          const result: PlanDependency[] = [];
          for (const row of current) {
            if (!wanted.some((link) => link.id === row.predecessorId)) {
              rows.patch('planDependencies', row.id, { deleted: true });
            }
          }
          for (const { id, lagDays } of wanted) {
            const existing = current.find((row) => row.predecessorId === id);
            if (existing) {
              result.push(toEntity(rows.patch('planDependencies', existing.id, { lagDays })));
              continue;
            }
            const fields = parseInput(planDependencyInputSchema, {
              planId: plan.id,
              offerId: plan.offerId,
              predecessorId: id,
              successorId,
              lagDays,
            });
            result.push(toEntity(rows.add('planDependencies', fields)));
          }
          return result;
        },
      );
    },
    async update(id, patch) {
      const { lagDays } = parseInput(lagSchema, patch);
      return writePlanRow(
        ctx,
        'planDependencies',
        id,
        'change a dependency of',
        ({ rows }, row) => {
          if (row.deleted) throw new RowNotFoundError('planDependencies', id);
          return toEntity(rows.patch('planDependencies', id, { lagDays }));
        },
      );
    },
    remove(id) {
      return writePlanRow(
        ctx,
        'planDependencies',
        id,
        'delete a dependency of',
        ({ rows }, row) => {
          if (!row.deleted) rows.patch('planDependencies', id, { deleted: true });
        },
      );
    },
    restore(id) {
      return writePlanRow(
        ctx,
        'planDependencies',
        id,
        'restore a dependency of',
        async ({ rows, plan }, row) => {
          if (!row.deleted) return;
          const packages = await rows.where('workPackages', 'planId', plan.id);
          requirePackage(packages, row.predecessorId);
          requirePackage(packages, row.successorId);
          const links = liveLinks(
            await rows.where('planDependencies', 'planId', plan.id),
            packages,
          );
          const issues = linkIssues(packages, links, row.predecessorId, row.successorId, {
            self: ['successorId'],
            phase: ['predecessorId'],
            twin: ['predecessorId'],
          });
          if (issues.length > 0) throw new ValidationError(issues);
          refuseCycles([...links, row], [row], packages);
          rows.patch('planDependencies', id, { deleted: false });
        },
      );
    },
  };
}
