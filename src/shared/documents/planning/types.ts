import type { Language } from '../../domain';
import type { PaymentSchedule, PlanAnalysis } from '../../planning/types';

/** A phase or work package as the proposal's plan table prints it. */
export type PlanDocumentNode = {
  id: string;
  /** "1", "1.2". */
  wbs: string;
  name: string;
  /** 0 for a top-level node. */
  depth: number;
  phase: boolean;
  /** First and last working day, ISO; '' when the plan cannot be scheduled (a cycle). */
  start: string;
  finish: string;
  /** Expected effort in person-days (PERT; a phase: its packages' sum), two decimals. */
  effort: string;
  critical: boolean;
};

export type PlanDocumentMilestone = {
  name: string;
  /** The date it is reached (its package's finish), ISO or ''. */
  date: string;
  /** "2.3 Abnahme": the package (or phase) whose finish reaches it; '' when it is gone. */
  reachedWith: string;
};

export type PlanDocumentPayment = {
  label: string;
  /** Percent of the one-time net, decimal string ("30"). */
  percent: string;
  /** Money in the offer currency, two decimals; the last row takes the rest. */
  amount: string;
  /** ISO or '' when unknown. */
  dueDate: string;
  /** The milestone it is due at, '' for a fixed date. */
  milestone: string;
};

/**
 * What a customer document needs of an offer's project plan: the schedule by phase and package
 * with effort, the milestones, the payment plan and the Gantt chart's input. Nothing in it is a
 * cost or a rate (the analysis carries role ids, efforts and dates only), so the customer
 * version may print all of it.
 */
export type PlanDocumentData = {
  language: Language;
  /** Project start and expected finish, ISO; finish '' on a cycle. */
  start: string;
  finish: string;
  /** Working days of the critical path; null on a cycle. */
  workingDays: number | null;
  /** Σ expected effort of the packages, person-days. */
  effort: string;
  nodes: PlanDocumentNode[];
  milestones: PlanDocumentMilestone[];
  payments: PlanDocumentPayment[];
  /** Σ of the payment amounts (the one-time net when the plan sums to 100 %). */
  paymentTotal: string;
  /** The Gantt chart's input (the document draws no "today" line: it is read on other days). */
  gantt: { analysis: PlanAnalysis };
};

/** The document's view of a plan from the core's analysis and payment schedule. */
export function planDocumentData({
  analysis,
  payments,
  language,
}: {
  analysis: PlanAnalysis;
  payments: PaymentSchedule | null;
  language: Language;
}): PlanDocumentData {
  const byId = new Map(analysis.nodes.map((node) => [node.id, node]));
  const nodes = analysis.nodes.map((node): PlanDocumentNode => {
    const dates = analysis.dates[node.id];
    return {
      id: node.id,
      wbs: node.wbs,
      name: node.name,
      depth: node.depth,
      phase: node.phase,
      start: dates?.start ?? '',
      finish: dates?.finish ?? '',
      effort: node.expected,
      critical: dates?.critical ?? false,
    };
  });
  const milestones = analysis.milestones.map((milestone): PlanDocumentMilestone => {
    const node = byId.get(milestone.packageId);
    return {
      name: milestone.name,
      date: milestone.date,
      reachedWith: node ? `${node.wbs} ${node.name}` : '',
    };
  });
  return {
    language,
    start: analysis.startDate,
    finish: analysis.duration?.finish ?? '',
    workingDays: analysis.duration?.expected ?? null,
    effort: analysis.effort.expected,
    nodes,
    milestones,
    payments: (payments?.rows ?? []).map((row) => ({
      label: row.label,
      percent: row.percent,
      amount: row.amount,
      dueDate: row.dueDate,
      milestone: row.milestoneName,
    })),
    paymentTotal: payments?.total ?? '0.00',
    gantt: { analysis },
  };
}
