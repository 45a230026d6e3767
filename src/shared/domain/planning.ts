import { z } from 'zod';
import { percentStringSchema } from './catalog';
import {
  idSchema,
  isoDateSchema,
  nonNegativeDecimalSchema,
  optionalText,
  requiredText,
} from './common';
import type { RowMeta } from './common';

/**
 * Project planning inside offers (issue 15). An offer revision can carry one project plan: a work
 * breakdown (phases → work packages, any depth, numbered 1, 1.1, 1.1.1 by position), three-point
 * estimates per package, finish-to-start dependencies with a lag, milestones tied to packages and
 * a payment plan in percent of the one-time net. Every table syncs field by field; packages and
 * dependencies are separate rows so two people editing one plan merge row by row. What a merge
 * can break (a dependency on a deleted package, a cycle, instalments not summing to 100 %) is
 * found by the pure core (src/shared/planning) when the plan is read, never by the schema.
 */

export const planCountries = ['DE', 'AT', 'CH'] as const;
export type PlanCountry = (typeof planCountries)[number];

/** The German federal states by their two-letter codes (the holiday calendar's regions). */
export const germanStates = [
  'BW',
  'BY',
  'BE',
  'BB',
  'HB',
  'HH',
  'HE',
  'MV',
  'NI',
  'NW',
  'RP',
  'SL',
  'SN',
  'ST',
  'SH',
  'TH',
] as const;
export type GermanState = (typeof germanStates)[number];

/** The confidence levels a plan prices its risk at (50 % = the expected effort, no reserve). */
export const confidenceLevels = ['50', '80', '90'] as const;
export type ConfidenceLevel = (typeof confidenceLevels)[number];

/** Where the reserve between the chosen confidence and the expected effort goes. */
export const contingencyModes = ['line', 'spread'] as const;
export type ContingencyMode = (typeof contingencyModes)[number];

export const companyHolidaySchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    label: optionalText(120),
  })
  .refine((holiday) => holiday.to >= holiday.from, {
    path: ['to'],
    message: 'planning.validation.holidayRange',
  });
export type CompanyHoliday = z.infer<typeof companyHolidaySchema>;

// ---------------------------------------------------------------------------------------------
// The plan (one per offer revision)
// ---------------------------------------------------------------------------------------------

/**
 * The plan's settings. `startDate` is always a working day of the plan's calendar: a start on a
 * weekend or holiday is moved to the next working day when saved (with a note). `region` is the
 * holiday region inside the country: for DE one of `germanStates`, for AT and CH the region codes
 * of the holiday library (AT '1'–'9', CH canton codes); '' = only the nationwide holidays.
 */
export const projectPlanInputSchema = z.object({
  offerId: idSchema,
  startDate: isoDateSchema,
  country: z.enum(planCountries),
  region: z.string().max(8),
  companyHolidays: z.array(companyHolidaySchema).max(100),
  confidencePct: z.enum(confidenceLevels),
  contingency: z.enum(contingencyModes),
  /** The date the customer needs the project done by ('' = none): the probability is shown for it. */
  deadline: z.union([z.literal(''), isoDateSchema]),
});
export type ProjectPlanInput = z.infer<typeof projectPlanInputSchema>;
export type ProjectPlan = ProjectPlanInput & RowMeta;

export const emptyProjectPlan = (offerId: string, startDate: string): ProjectPlanInput => ({
  offerId,
  startDate,
  country: 'DE',
  region: '',
  companyHolidays: [],
  confidencePct: '80',
  contingency: 'line',
  deadline: '',
});

// ---------------------------------------------------------------------------------------------
// Work packages (the work breakdown structure)
// ---------------------------------------------------------------------------------------------

/** The estimate's order: optimistic ≤ most likely ≤ pessimistic (messages at the field). */
export const estimateOrderMessages = {
  mostLikely: 'planning.validation.mostLikelyBelowOptimistic',
  pessimistic: 'planning.validation.pessimisticBelowMostLikely',
} as const;

export const workPackageInputSchema = z
  .object({
    planId: idSchema,
    offerId: idSchema,
    /** The phase it belongs to ('' = top level). A package with children is a phase (summary). */
    parentId: z.string().max(64),
    /** Fractional index among its siblings (as offer lines); the WBS number comes from it. */
    position: z.string().min(1).max(200),
    name: requiredText(200),
    /** The rate-card role (catalog roles) whose day rate prices it; '' on phases. */
    roleId: z.string().max(64),
    /** Effort in person-days; ignored on phases (their effort is their children's). */
    optimistic: nonNegativeDecimalSchema,
    mostLikely: nonNegativeDecimalSchema,
    pessimistic: nonNegativeDecimalSchema,
    /** People of the role working on it at once: the duration is the effort divided by them. */
    team: z.number().int().min(1).max(50),
    deliverables: optionalText(2_000),
    description: optionalText(5_000),
  })
  .superRefine((pkg, ctx) => {
    const [o, m, p] = [Number(pkg.optimistic), Number(pkg.mostLikely), Number(pkg.pessimistic)];
    if (m < o) {
      ctx.addIssue({
        code: 'custom',
        path: ['mostLikely'],
        message: estimateOrderMessages.mostLikely,
      });
    }
    if (p < m) {
      ctx.addIssue({
        code: 'custom',
        path: ['pessimistic'],
        message: estimateOrderMessages.pessimistic,
      });
    }
  });
export type WorkPackageInput = z.infer<typeof workPackageInputSchema>;
export type WorkPackage = WorkPackageInput & RowMeta;

export const emptyWorkPackage = (
  planId: string,
  offerId: string,
  parentId: string,
  position: string,
): WorkPackageInput => ({
  planId,
  offerId,
  parentId,
  position,
  name: '',
  roleId: '',
  optimistic: '0',
  mostLikely: '0',
  pessimistic: '0',
  team: 1,
  deliverables: '',
  description: '',
});

/**
 * A finish-to-start dependency: `successorId` starts `lagDays` working days after
 * `predecessorId` finishes. Between work packages (leaves) only; a phase has no dependencies.
 */
export const planDependencyInputSchema = z.object({
  planId: idSchema,
  offerId: idSchema,
  predecessorId: idSchema,
  successorId: idSchema,
  lagDays: z.number().int().min(0).max(250),
});
export type PlanDependencyInput = z.infer<typeof planDependencyInputSchema>;
export type PlanDependency = PlanDependencyInput & RowMeta;

// ---------------------------------------------------------------------------------------------
// Milestones and the payment plan
// ---------------------------------------------------------------------------------------------

/** A milestone: reached when its work package (or every package of its phase) is finished. */
export const planMilestoneInputSchema = z.object({
  planId: idSchema,
  offerId: idSchema,
  name: requiredText(200),
  packageId: idSchema,
  position: z.string().min(1).max(200),
});
export type PlanMilestoneInput = z.infer<typeof planMilestoneInputSchema>;
export type PlanMilestone = PlanMilestoneInput & RowMeta;

export const instalmentDueKinds = ['milestone', 'date'] as const;
export type InstalmentDueKind = (typeof instalmentDueKinds)[number];

/**
 * One instalment of the payment plan: `percent` of the offer's one-time net, due when a
 * milestone is reached (its date plus the offer's payment terms) or on a date. The instalments
 * of a plan must sum to exactly 100 %: the editor saves them together only then; a merge that
 * breaks the sum is shown and blocks sending.
 */
export const paymentInstalmentInputSchema = z
  .object({
    planId: idSchema,
    offerId: idSchema,
    label: requiredText(200),
    percent: percentStringSchema,
    dueKind: z.enum(instalmentDueKinds),
    milestoneId: z.string().max(64),
    dueDate: z.union([z.literal(''), isoDateSchema]),
    position: z.string().min(1).max(200),
  })
  .superRefine((instalment, ctx) => {
    if (Number(instalment.percent) <= 0) {
      ctx.addIssue({ code: 'custom', path: ['percent'], message: 'planning.validation.percent' });
    }
    if (instalment.dueKind === 'milestone' && instalment.milestoneId === '') {
      ctx.addIssue({ code: 'custom', path: ['milestoneId'], message: 'validation.required' });
    }
    if (instalment.dueKind === 'date' && instalment.dueDate === '') {
      ctx.addIssue({ code: 'custom', path: ['dueDate'], message: 'validation.required' });
    }
  });
export type PaymentInstalmentInput = z.infer<typeof paymentInstalmentInputSchema>;
export type PaymentInstalment = PaymentInstalmentInput & RowMeta;

/** The marker an offer line or section generated by a plan carries (`planPackageId`). */
export const CONTINGENCY_REF = 'contingency';
