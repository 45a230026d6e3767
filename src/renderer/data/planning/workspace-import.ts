import { generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';
import { defaultOfferSettings, offerLineInputSchema, percentStringSchema } from '#shared/domain';
import type { OfferLineInput, Role, RoleInput } from '#shared/domain';
import {
  confidenceLevels,
  contingencyModes,
  paymentInstalmentInputSchema,
  planCountries,
  planDependencyInputSchema,
  planMilestoneInputSchema,
  projectPlanInputSchema,
  workPackageInputSchema,
} from '#shared/domain/planning';
import type {
  PaymentInstalmentInput,
  PlanDependencyInput,
  PlanMilestoneInput,
  ProjectPlanInput,
  WorkPackageInput,
} from '#shared/domain/planning';
import { newId } from '#shared/ids';
import { canonicalOfferContent, sha256Hex } from '#shared/offers/content-hash';
import { offerPipelineValue } from '#shared/offers/pipeline';
import { addWorkingDays, analysePlan, nextWorkingDay, planOfferLines } from '#shared/planning';
import type { CalendarOptions } from '#shared/planning';
import type { SyncedRow } from '../core/database';
import type { BuiltDemoOffer } from '../core/demo-import-offers';
import type { ValidationIssue } from '../core/errors';
import { newRow } from '../core/write';
import type { Stamp, WriteBatch } from '../core/write';
import { lineContent } from './plan-lines';

/**
 * The project plans of a workspace file (resources/demo/workspace.de.json, from
 * scripts/demo/plans.de.mjs): `plans`, each naming its offer by `client` name and `offer` title
 * (one of the file's offers), with its phases and their work packages (a `key` each, a rate-card
 * `role` by key, a three-point `estimate` in person-days, `team`, `deliverables` and the
 * predecessors `after` by key, 'key+2' for a lag of two working days), its `milestones` (each on
 * a package by key) and its `payments` (percent of the one-time net at a milestone by name).
 *
 * Dates count from the import day, as the demo offers do: the start is `startAfterWorkingDays`
 * working days after it on the plan's calendar, the deadline `deadlineWorkingDays` after the
 * start; `companyHolidays` are month-day ranges ['12-24', '12-31', label] applied to the start's
 * year and the next. The plan *is* the offer's service part: the import generates the offer's
 * service lines and sections from the plan with the planning core (`analysePlan`,
 * `planOfferLines`), ahead of the offer's own sections, and the offer's content hash and pipeline
 * value include them. Everything is validated against the domain schemas; a plan with a problem
 * (a cycle, a payment plan off 100 %) is an issue and nothing is written.
 */
const monthDay = z.string().regex(/^\d{2}-\d{2}$/);
const decimal = z.string().regex(/^\d+(\.\d+)?$/);

const demoPackageSchema = z.strictObject({
  key: z.string().min(1),
  name: z.string().min(1),
  role: z.string().min(1),
  estimate: z.tuple([decimal, decimal, decimal]),
  team: z.number().int().min(1).max(50).default(1),
  deliverables: z.string().default(''),
  description: z.string().default(''),
  after: z.array(z.string().regex(/^[^+]+(\+\d+)?$/)).default([]),
});

const demoPlanSchema = z.strictObject({
  client: z.string().min(1),
  offer: z.string().min(1),
  startAfterWorkingDays: z.number().int().min(0).max(250),
  deadlineWorkingDays: z.number().int().min(1).max(2_000).optional(),
  country: z.enum(planCountries).default('DE'),
  region: z.string().max(8).default(''),
  companyHolidays: z.array(z.tuple([monthDay, monthDay, z.string().max(120)])).default([]),
  confidencePct: z.enum(confidenceLevels).default('80'),
  contingency: z.enum(contingencyModes).default('line'),
  phases: z
    .array(z.strictObject({ name: z.string().min(1), packages: z.array(demoPackageSchema).min(1) }))
    .min(1),
  milestones: z
    .array(z.strictObject({ name: z.string().min(1), package: z.string().min(1) }))
    .default([]),
  payments: z
    .array(
      z.strictObject({
        label: z.string().min(1),
        percent: percentStringSchema,
        milestone: z.string().min(1),
      }),
    )
    .default([]),
});
export type DemoPlanEntry = z.output<typeof demoPlanSchema>;

/** The workspace file's `plans` (checked entry by entry by buildDemoPlans). */
export const plansSectionShape = { plans: z.array(z.unknown()).default([]) };

/** The tables the section writes (besides the offer rows it adds to the built offers). */
export const PLANS_SECTION_TABLES = [
  'projectPlans',
  'workPackages',
  'planDependencies',
  'planMilestones',
  'paymentInstalments',
] as const;

/** A plan ready to write: its rows with their ids. */
export type BuiltDemoPlan = {
  offerId: string;
  plan: { id: string; fields: ProjectPlanInput };
  packages: { id: string; fields: WorkPackageInput }[];
  dependencies: { id: string; fields: PlanDependencyInput }[];
  milestones: { id: string; fields: PlanMilestoneInput }[];
  instalments: { id: string; fields: PaymentInstalmentInput }[];
};

/** What the plans resolve against: the offers built by the same import, their clients and the roles. */
export type DemoPlanContext = {
  offers: BuiltDemoOffer[];
  /** Client names → ids. */
  clientIds: ReadonlyMap<string, string>;
  roles: readonly { id: string; key: string; fields: RoleInput }[];
  /** The import day (YYYY-MM-DD). */
  today: string;
};

const issue = (path: PropertyKey[], message: string, input?: unknown): ValidationIssue =>
  ({ code: 'custom', path, message, input }) as ValidationIssue;

/** The company holidays of the years from `start`'s on (two years cover a demo project). */
function companyHolidays(entry: DemoPlanEntry, start: string): ProjectPlanInput['companyHolidays'] {
  const year = Number(start.slice(0, 4));
  return [year, year + 1].flatMap((y) =>
    entry.companyHolidays.map(([from, to, label]) => ({
      from: `${y}-${from}`,
      to: `${from <= to ? y : y + 1}-${to}`,
      label,
    })),
  );
}

/**
 * Builds the file's plans against the offers of the same import and adds the lines they generate
 * to those offers (replacing each such offer in `context.offers` with its content hash and value
 * recomputed). Pushes an issue (under ['plans', index, …]) for every problem; returns the plans.
 */
export async function buildDemoPlans(
  entries: readonly unknown[],
  context: DemoPlanContext,
  issues: ValidationIssue[],
): Promise<BuiltDemoPlan[]> {
  const built: BuiltDemoPlan[] = [];
  for (const [index, raw] of entries.entries()) {
    const path: PropertyKey[] = ['plans', index];
    const parsed = demoPlanSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(
        ...parsed.error.issues.map(
          (one) => ({ ...one, path: [...path, ...one.path] }) as ValidationIssue,
        ),
      );
      continue;
    }
    const result = await buildPlan(parsed.data, context, path, issues);
    if (result) built.push(result);
  }
  return built;
}

async function buildPlan(
  entry: DemoPlanEntry,
  context: DemoPlanContext,
  path: PropertyKey[],
  issues: ValidationIssue[],
): Promise<BuiltDemoPlan | null> {
  const problems: ValidationIssue[] = [];
  const clientId = context.clientIds.get(entry.client);
  if (clientId === undefined)
    problems.push(issue([...path, 'client'], `unknown client ${entry.client}`, entry.client));
  const offer = context.offers.find(
    (candidate) => candidate.fields.clientId === clientId && candidate.fields.title === entry.offer,
  );
  if (clientId !== undefined && !offer)
    problems.push(issue([...path, 'offer'], `unknown offer ${entry.offer}`, entry.offer));
  if (!offer || problems.length > 0) {
    issues.push(...problems);
    return null;
  }
  const offerId = offer.id;
  const planId = newId();
  const parse = <S extends z.ZodType>(schema: S, input: unknown, where: PropertyKey[]) => {
    const result = schema.safeParse(input);
    if (!result.success) {
      problems.push(
        ...result.error.issues.map(
          (one) => ({ ...one, path: [...where, ...one.path] }) as ValidationIssue,
        ),
      );
    }
    return result.data as z.output<S>;
  };

  // The calendar first: the start is a working day of it.
  const calendar: CalendarOptions = { country: entry.country, region: entry.region };
  const firstStart = nextWorkingDay(
    addWorkingDays(context.today, entry.startAfterWorkingDays, calendar),
    calendar,
  );
  const holidays = companyHolidays(entry, firstStart);
  const withHolidays: CalendarOptions = { ...calendar, companyHolidays: holidays };
  const startDate = nextWorkingDay(firstStart, withHolidays);
  const plan = parse(
    projectPlanInputSchema,
    {
      offerId,
      startDate,
      country: entry.country,
      region: entry.region,
      companyHolidays: holidays,
      confidencePct: entry.confidencePct,
      contingency: entry.contingency,
      deadline:
        entry.deadlineWorkingDays === undefined
          ? ''
          : addWorkingDays(startDate, entry.deadlineWorkingDays, withHolidays),
    },
    path,
  );

  const roleIds = new Map(context.roles.map((role) => [role.key, role.id]));
  const packageIds = new Map<string, string>();
  const packages: BuiltDemoPlan['packages'] = [];
  const phasePositions = generateNKeysBetween(null, null, entry.phases.length);
  entry.phases.forEach((phase, p) => {
    const phaseId = newId();
    packages.push({
      id: phaseId,
      fields: parse(
        workPackageInputSchema,
        {
          planId,
          offerId,
          parentId: '',
          position: phasePositions[p],
          name: phase.name,
          roleId: '',
          optimistic: '0',
          mostLikely: '0',
          pessimistic: '0',
          team: 1,
          deliverables: '',
          description: '',
        },
        [...path, 'phases', p],
      ),
    });
    const positions = generateNKeysBetween(null, null, phase.packages.length);
    phase.packages.forEach((pkg, k) => {
      const where = [...path, 'phases', p, 'packages', k];
      const id = newId();
      if (packageIds.has(pkg.key))
        problems.push(issue([...where, 'key'], `package key ${pkg.key} used twice`, pkg.key));
      packageIds.set(pkg.key, id);
      const roleId = roleIds.get(pkg.role);
      if (roleId === undefined)
        problems.push(issue([...where, 'role'], `unknown role ${pkg.role}`, pkg.role));
      const [optimistic, mostLikely, pessimistic] = pkg.estimate;
      packages.push({
        id,
        fields: parse(
          workPackageInputSchema,
          {
            planId,
            offerId,
            parentId: phaseId,
            position: positions[k],
            name: pkg.name,
            roleId: roleId ?? '',
            optimistic,
            mostLikely,
            pessimistic,
            team: pkg.team,
            deliverables: pkg.deliverables,
            description: pkg.description,
          },
          where,
        ),
      });
    });
  });

  const dependencies: BuiltDemoPlan['dependencies'] = [];
  entry.phases.forEach((phase, p) =>
    phase.packages.forEach((pkg, k) =>
      pkg.after.forEach((link, a) => {
        const where = [...path, 'phases', p, 'packages', k, 'after', a];
        const [key = '', lag = '0'] = link.split('+');
        const predecessorId = packageIds.get(key);
        if (predecessorId === undefined) {
          problems.push(issue(where, `unknown package ${key}`, link));
          return;
        }
        dependencies.push({
          id: newId(),
          fields: parse(
            planDependencyInputSchema,
            {
              planId,
              offerId,
              predecessorId,
              successorId: packageIds.get(pkg.key),
              lagDays: Number(lag),
            },
            where,
          ),
        });
      }),
    ),
  );

  const milestoneIds = new Map<string, string>();
  const milestonePositions = generateNKeysBetween(null, null, entry.milestones.length);
  const milestones = entry.milestones.map((milestone, m) => {
    const where = [...path, 'milestones', m];
    const packageId = packageIds.get(milestone.package);
    const id = newId();
    milestoneIds.set(milestone.name, id);
    if (packageId === undefined) {
      problems.push(issue([...where, 'package'], `unknown package ${milestone.package}`));
      return null;
    }
    return {
      id,
      fields: parse(
        planMilestoneInputSchema,
        {
          planId,
          offerId,
          name: milestone.name,
          packageId,
          position: milestonePositions[m],
        },
        where,
      ),
    };
  });

  const paymentPositions = generateNKeysBetween(null, null, entry.payments.length);
  const instalments = entry.payments.map((payment, i) => {
    const where = [...path, 'payments', i];
    const milestoneId = milestoneIds.get(payment.milestone);
    if (milestoneId === undefined) {
      problems.push(issue([...where, 'milestone'], `unknown milestone ${payment.milestone}`));
      return null;
    }
    return {
      id: newId(),
      fields: parse(
        paymentInstalmentInputSchema,
        {
          planId,
          offerId,
          label: payment.label,
          percent: payment.percent,
          dueKind: 'milestone',
          milestoneId,
          dueDate: '',
          position: paymentPositions[i],
        },
        where,
      ),
    };
  });
  if (problems.length > 0 || milestones.includes(null) || instalments.includes(null)) {
    issues.push(...problems);
    return null;
  }
  const milestoneRows = milestones.filter((row) => row !== null);
  const instalmentRows = instalments.filter((row) => row !== null);

  // The offer's service part, generated by the core as every plan write generates it.
  const stamped = <F>(rows: { id: string; fields: F }[]) =>
    rows.map(({ id, fields }) => ({ ...fields, ...META, id }));
  const roles = context.roles.map((role) => ({ ...role.fields, ...META, id: role.id }) as Role);
  const planRow = { ...plan, ...META, id: planId };
  const analysis = analysePlan({
    plan: planRow,
    packages: stamped(packages),
    dependencies: stamped(dependencies),
    milestones: stamped(milestoneRows),
    instalments: stamped(instalmentRows),
    roles,
    offer: {
      date: offer.fields.date,
      paymentTermsDays: offer.fields.paymentTermsDays,
      currency: offer.fields.currency,
    },
  });
  for (const problem of analysis.problems) {
    problems.push(issue(path, `the plan has a problem: ${problem.kind} (${problem.message})`));
  }
  if (problems.length > 0) {
    issues.push(...problems);
    return null;
  }
  const planned = planOfferLines(analysis, {
    plan: planRow,
    roles,
    offer: {
      currency: offer.fields.currency,
      exchangeRate: offer.fields.exchangeRate,
      language: offer.fields.language,
    },
    rates: defaultOfferSettings().exchangeRates,
    vatPct: offer.fields.reverseCharge ? '0' : '19',
  });

  const sectionIds = new Map(planned.sections.map((section) => [section.planPhaseId, newId()]));
  const planLines: BuiltDemoOffer['lines'] = [];
  for (const section of planned.sections) {
    const sectionId = sectionIds.get(section.planPhaseId) as string;
    const ofSection = planned.lines.filter((line) => line.planPhaseId === section.planPhaseId);
    const positions = generateNKeysBetween(null, null, ofSection.length);
    ofSection.forEach((line, l) => {
      const fields: OfferLineInput = {
        offerId,
        sectionId,
        position: positions[l] as string,
        originId: newId(),
        ...lineContent(line),
      };
      const checked = offerLineInputSchema.safeParse(fields);
      if (!checked.success) {
        problems.push(
          ...checked.error.issues.map(
            (one) =>
              ({ ...one, path: [...path, 'lines', line.name, ...one.path] }) as ValidationIssue,
          ),
        );
        return;
      }
      planLines.push({ ...checked.data, id: newId() });
    });
  }
  if (problems.length > 0) {
    issues.push(...problems);
    return null;
  }
  // The plan's sections first, then the offer's own, positioned anew in that order.
  const ordered = [
    ...planned.sections.map((section) => ({
      id: sectionIds.get(section.planPhaseId) as string,
      title: section.title,
      planPhaseId: section.planPhaseId,
    })),
    ...offer.sections.map(({ id, title }) => ({ id, title })),
  ];
  const sectionPositions = generateNKeysBetween(null, null, ordered.length);
  const sections = ordered.map((section, s) => ({
    ...section,
    position: sectionPositions[s] as string,
  }));
  const lines = [...planLines, ...offer.lines];
  const contentHash = await sha256Hex(
    canonicalOfferContent({ offer: offer.fields, sections, lines }),
  );
  const { eur } = offerPipelineValue({ offer: offer.fields, lines });
  context.offers[context.offers.indexOf(offer)] = {
    ...offer,
    sections,
    lines,
    contentHash,
    valueEur: eur,
  };
  return {
    offerId,
    plan: { id: planId, fields: plan },
    packages,
    dependencies,
    milestones: milestoneRows,
    instalments: instalmentRows,
  };
}

/** Row metadata for the core's reads before the rows are written (never stored from here). */
const META = {
  createdAt: '',
  updatedAt: '',
  createdBy: '',
  updatedBy: '',
  deleted: false,
} as const;

/** Queues the plans' rows in the import's write; gives how many plans and packages it wrote. */
export function queuePlansSection(
  batch: WriteBatch,
  stamp: Stamp,
  plans: readonly BuiltDemoPlan[],
): { projectPlans: number; workPackages: number } {
  const counts = { projectPlans: 0, workPackages: 0 };
  for (const built of plans) {
    const { id, fields } = built.plan;
    batch.add(
      'projectPlans',
      newRow<SyncedRow['projectPlans']>({ table: 'projectPlans', fields, stamp, id }),
    );
    for (const row of built.packages) {
      batch.add(
        'workPackages',
        newRow<SyncedRow['workPackages']>({ table: 'workPackages', ...row, stamp }),
      );
    }
    for (const row of built.dependencies) {
      batch.add(
        'planDependencies',
        newRow<SyncedRow['planDependencies']>({ table: 'planDependencies', ...row, stamp }),
      );
    }
    for (const row of built.milestones) {
      batch.add(
        'planMilestones',
        newRow<SyncedRow['planMilestones']>({ table: 'planMilestones', ...row, stamp }),
      );
    }
    for (const row of built.instalments) {
      batch.add(
        'paymentInstalments',
        newRow<SyncedRow['paymentInstalments']>({ table: 'paymentInstalments', ...row, stamp }),
      );
    }
    counts.projectPlans += 1;
    counts.workPackages += built.packages.filter((row) => row.fields.parentId !== '').length;
  }
  return counts;
}
