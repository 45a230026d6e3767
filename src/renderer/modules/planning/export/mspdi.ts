import { planToMspdi } from '#shared/planning/mspdi';
import type { Repositories } from '#data';

/** An export that cannot start, with the i18n key (and values) that tell the user why. */
export class PlanExportProblem extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string> = {},
  ) {
    super(key);
    this.name = 'PlanExportProblem';
  }
}

/** The offer number as files carry it: revision 1 without suffix, later ones "-r2". */
export function planFileLabel(offer: { number: string; revision: number }): string {
  return offer.revision > 1 ? `${offer.number}-r${offer.revision}` : offer.number;
}

/**
 * The offer's project plan as MS Project XML (MSPDI) bytes, UTF-8: the schedule from the plan's
 * analysis, the roles by name as resources. Refused (PlanExportProblem) without an offer or a
 * plan, and on a cycle, which leaves the plan without dates.
 */
export async function mspdiBytes(repos: Repositories, offerId: string): Promise<Uint8Array> {
  const [offer, analysis, roles] = await Promise.all([
    repos.offers.get(offerId),
    repos.plans.analyse(offerId),
    repos.roles.list(),
  ]);
  if (!offer || offer.deleted) throw new PlanExportProblem('planExport.noOffer');
  if (!analysis) throw new PlanExportProblem('planExport.noPlan');
  const cycle = analysis.problems.find((problem) => problem.kind === 'cycle');
  if (cycle) throw new PlanExportProblem('planExport.cycle', { names: cycle.names.join(' → ') });
  const xml = planToMspdi(analysis, {
    title: `${planFileLabel(offer)} ${offer.title}`,
    roles,
    language: offer.language,
  });
  return new TextEncoder().encode(xml);
}
