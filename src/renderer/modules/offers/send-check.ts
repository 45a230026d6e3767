import type { Offer } from '#shared/domain';
import { checkOffer, planFindings } from '#shared/offers/preflight';
import type { Finding } from '#shared/offers/preflight';
import type { Repositories } from '#data';
import { collectOffer, ExportProblem } from './offer-export';
import type { CollectedOffer } from './offer-export';

export type SendCheck = {
  findings: Finding[];
  /** The export's data when it could be collected (not without a company profile). */
  collected: CollectedOffer | null;
};

/**
 * Reads what the check before sending needs and runs it; `today` is the user's calendar day.
 * A missing company profile is a finding here, not a failed export.
 */
export async function runSendCheck({
  repos,
  offer,
  internal,
  today,
}: {
  repos: Repositories;
  offer: Offer;
  internal: boolean;
  today: string;
}): Promise<SendCheck> {
  const [sections, lines, catalog, settings, company, client, plan] = await Promise.all([
    repos.offerSections.listByOffer(offer.id),
    repos.offerLines.listByOffer(offer.id),
    repos.catalog.list(),
    repos.offerSettings.get(),
    repos.settings.getCompany(),
    repos.clients.get(offer.clientId),
    repos.plans.analyse(offer.id),
  ]);
  if (!client) throw new ExportProblem('offers.export.noClient');
  let collected: CollectedOffer | null = null;
  try {
    collected = await collectOffer(repos, offer, internal);
  } catch (error) {
    if (!(error instanceof ExportProblem)) throw error;
  }
  const findings = checkOffer({
    offer,
    sections,
    lines,
    catalog: new Map(catalog.map((item) => [item.id, item])),
    settings,
    company: company ?? null,
    client,
    unknownPlaceholders: collected?.unknownPlaceholders ?? [],
    missingChapters: collected?.missingChapters ?? 0,
    today,
  });
  // The project plan's problems (a cycle a merge made, a payment plan off 100 %) block sending.
  return { findings: [...findings, ...planFindings(plan?.problems ?? [])], collected };
}
