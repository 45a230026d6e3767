import type { WriteContext } from '../core/write';
import { createPaymentInstalmentsRepository } from './payment-instalments.repository';
import type { PaymentInstalmentsRepository } from './payment-instalments.repository';
import { createPlanDependenciesRepository } from './plan-dependencies.repository';
import type { PlanDependenciesRepository } from './plan-dependencies.repository';
import { createPlanMilestonesRepository } from './plan-milestones.repository';
import type { PlanMilestonesRepository } from './plan-milestones.repository';
import { createPlansRepository } from './plans.repository';
import type { PlansRepository } from './plans.repository';
import { createWorkPackagesRepository } from './work-packages.repository';
import type { WorkPackagesRepository } from './work-packages.repository';

/**
 * Project planning inside offers (issue 15), part of `Repositories`. Every write runs in one
 * transaction with the re-generation of the offer's plan lines, so the price follows the plan.
 */
export type PlanningRepositories = {
  /** One plan per offer revision: settings, removal, analysis, re-generation of its lines. */
  plans: PlansRepository;
  /** The work breakdown: phases and work packages with their estimates. */
  workPackages: WorkPackagesRepository;
  /** Finish-to-start dependencies between work packages (cycles refused). */
  planDependencies: PlanDependenciesRepository;
  /** Milestones tied to packages. */
  planMilestones: PlanMilestonesRepository;
  /** The payment plan (percent of the one-time net), saved as a whole. */
  paymentInstalments: PaymentInstalmentsRepository;
};

/** Makes the planning repositories over the shared write context. */
export function createPlanningRepositories(ctx: WriteContext): PlanningRepositories {
  return {
    plans: createPlansRepository(ctx),
    workPackages: createWorkPackagesRepository(ctx),
    planDependencies: createPlanDependenciesRepository(ctx),
    planMilestones: createPlanMilestonesRepository(ctx),
    paymentInstalments: createPaymentInstalmentsRepository(ctx),
  };
}
