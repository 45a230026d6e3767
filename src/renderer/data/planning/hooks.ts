import { useLiveQuery } from 'dexie-react-hooks';
import type { ProjectPlan } from '#shared/domain/planning';
import type { PlanAnalysis } from '#shared/planning';
import type { PlanRows } from './plans.repository';
import { useRepos } from '../WorkspaceProvider';

// Every hook returns undefined while its first query runs and re-renders on each change (live
// queries re-run when a table they read changes); null when the offer has no plan.

/** The offer's live plan. */
export function usePlan(offerId: string | undefined): ProjectPlan | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (offerId === undefined ? null : repos.plans.forOffer(offerId)),
    [repos, offerId],
  );
}

/** The offer's plan with its live packages, dependencies, milestones and instalments. */
export function usePlanRows(offerId: string | undefined): PlanRows | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (offerId === undefined ? null : repos.plans.rows(offerId)),
    [repos, offerId],
  );
}

/**
 * The offer's plan analysed (schedule, effort, milestones, payment schedule), built again when
 * a plan row, a role or the offer's lines change.
 */
export function usePlanAnalysis(offerId: string | undefined): PlanAnalysis | null | undefined {
  const repos = useRepos();
  return useLiveQuery(
    async () => (offerId === undefined ? null : repos.plans.analyse(offerId)),
    [repos, offerId],
  );
}
