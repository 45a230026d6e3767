/**
 * The planning core's types (issue 15): the contract between the pure core (src/shared/planning),
 * the data layer, the plan screens and the documents. Pure data, no functions.
 */
import type { CompanyHoliday, ConfidenceLevel, PlanCountry } from '../domain/planning';
import type { Currency } from '../domain';

// ---------------------------------------------------------------------------------------------
// Network plan (CPM), the test contract
// ---------------------------------------------------------------------------------------------

/** An activity of the network: duration in working days, finish-to-start predecessors. */
export type NetworkActivity = {
  id: string;
  duration: number;
  predecessors: string[];
  /** Working days between a predecessor's finish and this start, by predecessor id (default 0). */
  lags?: Record<string, number>;
};

export type ScheduledActivity = {
  earliestStart: number;
  earliestFinish: number;
  latestStart: number;
  latestFinish: number;
  totalFloat: number;
  freeFloat: number;
  critical: boolean;
};

export type NetworkSchedule = {
  /** The project duration in working days (the latest earliest finish). */
  duration: number;
  /** The critical activities in topological order. */
  criticalPath: string[];
  activities: Record<string, ScheduledActivity>;
};

// ---------------------------------------------------------------------------------------------
// Calendar
// ---------------------------------------------------------------------------------------------

/**
 * Which days are worked. `state` is the contract's short form for Germany (`{ state: 'BY' }`);
 * `country` + `region` name any supported calendar (DE with a state code, AT '1'–'9', CH canton
 * codes, '' = nationwide holidays only). Weekends are never worked. Company holidays are closed
 * days on top (both ends included).
 */
export type CalendarOptions = {
  state?: string;
  country?: PlanCountry;
  region?: string;
  companyHolidays?: readonly CompanyHoliday[];
};

export type Holiday = { date: string; name: string };

// ---------------------------------------------------------------------------------------------
// A plan read from its rows (analysePlan)
// ---------------------------------------------------------------------------------------------

/** A PERT figure in person-days, two decimals ("12.50"). */
export type DaysText = string;

export type WbsNode = {
  id: string;
  /** "1", "1.2", "1.2.1": the position among siblings, 1-based, by `position`. */
  wbs: string;
  depth: number;
  parentId: string;
  name: string;
  /** A node with children: its effort and dates are its children's. */
  phase: boolean;
  roleId: string;
  team: number;
  /** Person-days as stored. */
  optimistic: string;
  mostLikely: string;
  pessimistic: string;
  /** PERT (o + 4m + p) / 6 and (p − o) / 6, phases: Σ and √Σσ² of their packages. */
  expected: DaysText;
  standardDeviation: DaysText;
  /** Working days: ⌈expected / team⌉ for a package (0 for no effort); a phase spans its children. */
  duration: number;
  deliverables: string;
  /** Direct children in WBS order. */
  childIds: string[];
};

export type NodeDates = {
  /** Working-day offsets from the project start (CPM). */
  earliestStart: number;
  earliestFinish: number;
  latestStart: number;
  latestFinish: number;
  totalFloat: number;
  freeFloat: number;
  critical: boolean;
  /** Calendar dates: the first and the last working day (a zero-length package: start = finish). */
  start: string;
  finish: string;
};

/** Something the plan shows but that does not stop it (i18n key + values). */
export type PlanNote = {
  kind:
    | 'start-moved' // the start date was a weekend/holiday: { from, to }
    | 'dangling-dependency' // a dependency on a deleted or missing package was dropped: { dependencyId, name }
    | 'phase-dependency' // a dependency on or from a phase was dropped: { dependencyId, name }
    | 'missing-role' // a package without a (known) role is not priced: { packageId, name }
    | 'orphan'; // a package whose parent is missing or deleted is shown at top level: { packageId, name }
  message: string;
  values: Record<string, string>;
};

/** Something that must be resolved before the offer is sent (the send check lists them). */
export type PlanProblem =
  | { kind: 'cycle'; packageIds: string[]; names: string[]; message: string }
  | { kind: 'payment-sum'; sum: string; message: string }
  | { kind: 'estimate-order'; packageId: string; name: string; message: string }
  | { kind: 'instalment-milestone'; instalmentId: string; label: string; message: string };

export type PlanEffort = {
  /** Σ expected over packages and √Σσ², person-days. */
  expected: DaysText;
  standardDeviation: DaysText;
  confidencePct: ConfidenceLevel;
  /** expected + z·σ (z: 50 % 0, 80 % 0.8416, 90 % 1.2816), rounded up to the quarter day. */
  atConfidence: DaysText;
  /** atConfidence − expected: the reserve (the contingency line or the spread). */
  contingency: DaysText;
};

export type PlanDuration = {
  /** Working days of the critical path (CPM duration) and its standard deviation (√Σσ² over the critical path, σ per package = σ_effort / team). */
  expected: number;
  standardDeviation: number;
  finish: string;
  /** The finish dates reached with 80 % and 90 % probability. */
  p80: string;
  p90: string;
  /** completionProbability for the plan's deadline ('' when none or on a cycle). */
  deadlineProbability: string;
};

export type MilestoneDate = {
  id: string;
  name: string;
  packageId: string;
  /** The finish date of its package (phase: of the phase), '' when the package is gone. */
  date: string;
  critical: boolean;
};

export type PaymentRow = {
  id: string;
  label: string;
  percent: string;
  /** Money, two decimals, of the one-time net in the offer currency; the last row takes the rest so Σ = net. */
  amount: string;
  /** Due date: the milestone's date + the offer's payment terms (days), or the instalment's date; '' if unknown. */
  dueDate: string;
  milestoneId: string;
  milestoneName: string;
};

export type PaymentSchedule = {
  rows: PaymentRow[];
  /** Σ percent, e.g. "100.00"; amounts only add up to the net when it is exactly 100. */
  percentSum: string;
  total: string;
  currency: Currency;
  ok: boolean;
};

/** Everything the screens and documents show of a plan, from `analysePlan`. */
export type PlanAnalysis = {
  planId: string;
  offerId: string;
  /** The start actually used (moved to a working day when needed). */
  startDate: string;
  calendar: CalendarOptions;
  /** Every node in WBS order (depth-first). */
  nodes: WbsNode[];
  /** Scheduled dates by node id (phases too); empty when a cycle stops the schedule. */
  dates: Record<string, NodeDates>;
  /** Package ids on the critical path in topological order (empty on a cycle). */
  criticalPath: string[];
  /** The dependencies in force (dropped ones are in `notes`). */
  dependencies: { id: string; predecessorId: string; successorId: string; lagDays: number }[];
  effort: PlanEffort;
  /** null on a cycle. */
  duration: PlanDuration | null;
  milestones: MilestoneDate[];
  notes: PlanNote[];
  problems: PlanProblem[];
};

// ---------------------------------------------------------------------------------------------
// The offer lines a plan generates (planOfferLines)
// ---------------------------------------------------------------------------------------------

/** A section the plan owns: one per top-level WBS node, plus the reserve's when it is a line. */
export type PlannedSection = { planPhaseId: string; title: string };

/** A line the plan owns: one per work package (leaf), plus the contingency line. */
export type PlannedLine = {
  planPackageId: string;
  /** The planned section it belongs to. */
  planPhaseId: string;
  /** "1.2 Konzeption" (WBS number and name). */
  name: string;
  description: string;
  quantity: string;
  unit: 'person-day';
  unitPrice: string;
  unitCost: string;
  roleId: string;
  vatPct: '19' | '7' | '0';
  billing: 'one-time';
  estimate: { optimistic: string; mostLikely: string; pessimistic: string; riskPct: string } | null;
};

export type PlannedOffer = { sections: PlannedSection[]; lines: PlannedLine[] };

// ---------------------------------------------------------------------------------------------
// Views: resources, Gantt, network diagram
// ---------------------------------------------------------------------------------------------

export type ResourceWeek = {
  /** Monday of the ISO week. */
  weekStart: string;
  /** ISO week number and year ("KW 3/2027" is built by the UI). */
  week: number;
  year: number;
};

export type ResourceRow = {
  roleId: string;
  name: string;
  /** Person-days per week, two decimals, one per `weeks` entry. */
  load: string[];
  /** People × the week's working days. */
  capacity: string[];
  over: boolean[];
};

export type ResourceView = { weeks: ResourceWeek[]; rows: ResourceRow[] };

// ---------------------------------------------------------------------------------------------
// Added by the core (issue 15)
// ---------------------------------------------------------------------------------------------

/** analysePlan's result: the analysis plus the payment schedule when the one-time net was given. */
export type AnalysedPlan = PlanAnalysis & { payments: PaymentSchedule | null };
