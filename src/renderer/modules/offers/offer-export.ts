import type { Contact, Offer } from '#shared/domain';
import { offerToBundle } from '#shared/bundle';
import { documentDataFromApp } from '#shared/documents/from-app';
import { planDocumentData } from '#shared/documents/planning/types';
import type { PlanDocumentData } from '#shared/documents/planning/types';
import { documentTotals } from '#shared/documents/totals';
import type { DocumentData } from '#shared/documents/types';
import { whyUsData } from '#shared/documents/why-us';
import type { WhyUsData } from '#shared/documents/why-us';
import { paymentSchedule } from '#shared/planning';
import { documentChapters, resolveChapters } from '#shared/text-blocks';
import type { Repositories } from '#data';

export type ExportKind = 'xlsx' | 'xlsx-internal' | 'docx' | 'bundle';

/** An export that cannot start, with the i18n key that tells the user what to do. */
export class ExportProblem extends Error {
  constructor(readonly key: string) {
    super(key);
    this.name = 'ExportProblem';
  }
}

export type CollectedOffer = {
  data: DocumentData;
  /** Placeholders no one knows; the user confirms before they are printed as they are. */
  unknownPlaceholders: string[];
  /** Chapters whose text block is gone; they are left out. */
  missingChapters: number;
  bundle: () => unknown;
};

/**
 * Whom the offer addresses: its contact person; an older offer without one (or whose contact
 * is gone) the client's primary contact; none when the offer says none ('').
 */
export function offerContact(
  offer: Pick<Offer, 'contactId'>,
  contacts: readonly Contact[],
): Contact | undefined {
  if (offer.contactId === '') return undefined;
  const chosen = contacts.find((contact) => contact.id === offer.contactId && !contact.deleted);
  return chosen ?? contacts.find((contact) => contact.primary) ?? contacts[0];
}

/**
 * The "Warum wir" chapter's data when the offer names a competitor matrix: the matrix, its
 * competitors' names (deleted ones too) and only the differentiators and proof points of their
 * battlecards. Undefined without one, or when the analysis is gone or not a matrix.
 */
export async function collectWhyUs(
  repos: Repositories,
  offer: Pick<Offer, 'whyUsAnalysisId'>,
): Promise<WhyUsData | undefined> {
  const analysisId = offer.whyUsAnalysisId ?? '';
  if (analysisId === '') return undefined;
  const analysis = await repos.analyses.get(analysisId);
  if (!analysis || analysis.deleted || analysis.kind !== 'competitor-matrix') return undefined;
  const participants = analysis.participants ?? [];
  const [competitors, battlecards] = await Promise.all([
    repos.competitors.listAll(),
    Promise.all(participants.map((id) => repos.battlecards.forCompetitor(id))),
  ]);
  return whyUsData({ analysis, competitors, battlecards });
}

/**
 * The "Projektplan" chapter's and the payment sheet's data when the offer has a project plan:
 * its analysis (dates, effort, milestones) and the payment plan's amounts of the document's own
 * one-time net, so the chapter, the sheet's formulas and the totals agree. Undefined without one.
 */
export async function collectPlan(
  repos: Repositories,
  offer: Pick<Offer, 'id' | 'currency' | 'paymentTermsDays'>,
  data: Pick<DocumentData, 'language' | 'offer' | 'sections'>,
): Promise<PlanDocumentData | undefined> {
  const [analysis, rows] = await Promise.all([
    repos.plans.analyse(offer.id),
    repos.plans.rows(offer.id),
  ]);
  // A plan just created, without packages or payments yet, has nothing to show.
  if (!analysis || !rows || (analysis.nodes.length === 0 && rows.instalments.length === 0)) {
    return undefined;
  }
  const payments =
    rows.instalments.length === 0
      ? null
      : paymentSchedule({
          instalments: rows.instalments,
          milestones: analysis.milestones,
          oneTimeNet: documentTotals(data).oneTime.net,
          currency: offer.currency,
          paymentTermsDays: offer.paymentTermsDays,
        });
  return planDocumentData({ analysis, payments, language: data.language });
}

/** Everything one revision's documents need, read from the repositories. */
export async function collectOffer(
  repos: Repositories,
  offer: Offer,
  internal: boolean,
): Promise<CollectedOffer> {
  const [company, client, contacts, sections, lines, chapterRows, blocks, author, whyUs] =
    await Promise.all([
      repos.settings.getCompany(),
      repos.clients.get(offer.clientId),
      repos.contacts.listByClient(offer.clientId),
      repos.offerSections.listByOffer(offer.id),
      repos.offerLines.listByOffer(offer.id),
      repos.offerChapters.listByOffer(offer.id),
      repos.textBlocks.list(),
      repos.local.getProfile(),
      collectWhyUs(repos, offer),
    ]);
  if (!company || company.name === '') throw new ExportProblem('offers.export.noCompany');
  if (!client) throw new ExportProblem('offers.export.noClient');
  const base = documentDataFromApp({
    company,
    client,
    primaryContact: offerContact(offer, contacts),
    offer,
    sections,
    lines,
    chapters: [],
    author,
    internal,
  });
  // A sent revision keeps the chapter texts it was sent with, a draft its adaptations; the
  // rest follows the library (resolveChapters prefers a chapter's own title and body).
  const resolved = resolveChapters({ chapters: chapterRows, blocks, context: base });
  const plan = await collectPlan(repos, offer, base);
  const data: DocumentData = {
    ...base,
    chapters: documentChapters(resolved),
    ...(whyUs ? { whyUs } : {}),
    ...(plan ? { plan } : {}),
  };
  return {
    data,
    unknownPlaceholders: [...new Set(resolved.flatMap((chapter) => chapter.unknown))],
    missingChapters: resolved.filter((chapter) => chapter.block === null).length,
    bundle: () =>
      offerToBundle({
        company,
        client,
        contactName: data.client.contactName,
        offer,
        sections,
        lines,
        chapters: data.chapters,
        ...(author ? { author } : {}),
      }),
  };
}
