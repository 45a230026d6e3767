import { isPublicSectorClient } from '#shared/contracts/public-sector';
import { Decimal } from '#shared/money';
import { defaultSlaResponseTable, offerFacts } from '#shared/contracts';
import type { ContractLanguage, FactsLine, OfferFacts } from '#shared/contracts';
import type { Client, CompanyProfile, Contact, Offer } from '#shared/domain';
import type { SlaRow } from '#shared/domain/contracts';
import { byPosition } from '#shared/ordering';
import { offerTotals } from '#shared/offers/totals';
import { paymentTermsText } from '#shared/offers/payment-terms';
import type { QuotientDb } from '../core/database';
import { RowNotFoundError } from '../core/errors';
import { COMPANY_SETTING_ID } from '../settings/settings.repository';
import { ROW_META_KEYS, omitKeys, toEntity } from '../core/write';

/** What a new contract is drafted from: the client, its main contact, the offer and its lines. */
export type ContractSources = {
  client: Client;
  contact: Contact | undefined;
  company: CompanyProfile | undefined;
  offer: Offer | undefined;
  /** The offer's lines not deleted, in section and line order, with their catalogue item's kind. */
  lines: (FactsLine & { vatPct: string; unitCost: string; id: string; sectionId: string })[];
};

export { isPublicSectorClient };

/**
 * Reads the client, its main contact, the company profile and the offer ('' none). Both must
 * exist and, unless `keepDeleted`, not be deleted (RowNotFoundError).
 */
export async function readContractSources(
  db: QuotientDb,
  clientId: string,
  offerId: string,
  { keepDeleted = false }: { keepDeleted?: boolean } = {},
): Promise<ContractSources> {
  const clientRow = await db.clients.get(clientId);
  if (!clientRow || (clientRow.deleted && !keepDeleted))
    throw new RowNotFoundError('clients', clientId);
  const contacts = (await db.contacts.where('clientId').equals(clientId).toArray())
    .filter((contact) => !contact.deleted)
    .sort((a, b) => Number(b.primary) - Number(a.primary) || (a.id < b.id ? -1 : 1));
  const companyRow = await db.settings.get(COMPANY_SETTING_ID);
  const company =
    companyRow && !companyRow.deleted
      ? (omitKeys(companyRow, ROW_META_KEYS) as unknown as CompanyProfile)
      : undefined;
  let offer: Offer | undefined;
  let lines: ContractSources['lines'] = [];
  if (offerId !== '') {
    const offerRow = await db.offers.get(offerId);
    if (!offerRow || (offerRow.deleted && !keepDeleted))
      throw new RowNotFoundError('offers', offerId);
    offer = toEntity(offerRow) as Offer;
    const sections = (await db.offerSections.where('offerId').equals(offerId).toArray())
      .filter((section) => !section.deleted)
      .sort(byPosition);
    const sectionIndex = new Map(sections.map((section, index) => [section.id, index]));
    const offerLines = (await db.offerLines.where('offerId').equals(offerId).toArray())
      .filter((line) => !line.deleted && sectionIndex.has(line.sectionId))
      .sort(
        (a, b) =>
          (sectionIndex.get(a.sectionId) ?? 0) - (sectionIndex.get(b.sectionId) ?? 0) ||
          byPosition(a, b),
      );
    const itemIds = [...new Set(offerLines.map((line) => line.catalogItemId).filter(Boolean))];
    const items = await db.catalogItems.bulkGet(itemIds);
    const kinds = new Map(itemIds.map((id, index) => [id, items[index]?.kind ?? '']));
    lines = offerLines.map((line) => ({
      id: line.id,
      sectionId: line.sectionId,
      name: line.name,
      description: line.description,
      kind: line.kind,
      billing: line.billing,
      unit: line.unit,
      catalogKind: (kinds.get(line.catalogItemId) ?? '') as FactsLine['catalogKind'],
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPct: line.discountPct,
      vatPct: line.vatPct,
      unitCost: line.unitCost,
    }));
  }
  return {
    client: toEntity(clientRow) as Client,
    contact: contacts[0] && (toEntity(contacts[0]) as Contact),
    company,
    offer,
    lines,
  };
}

/** The facts clause conditions read, from the offer's lines and the client. */
export function sourceFacts({
  client,
  lines,
}: Pick<ContractSources, 'client' | 'lines'>): OfferFacts {
  return offerFacts({
    lines,
    clientCountry: /^[A-Za-z]{2}$/.test(client.country) ? client.country : 'DE',
    publicSector: isPublicSectorClient(client),
  });
}

const join = (...parts: string[]) =>
  parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');

/** Offer totals as the offer editor and documents compute them (one engine); decimal strings. */
export function offerAmounts(offer: Offer, lines: ContractSources['lines']) {
  const totals = offerTotals({
    offer,
    lines: lines.map((line) => ({
      id: line.id,
      sectionId: line.sectionId,
      quantity: String(line.quantity),
      unitPrice: String(line.unitPrice),
      discountPct: (line.discountPct ?? '') as string,
      vatPct: line.vatPct,
      billing: line.billing,
      kind: line.kind ?? 'normal',
      unitCost: line.unitCost,
    })) as Parameters<typeof offerTotals>[0]['lines'],
  });
  const monthly = new Decimal(totals.monthly.net);
  const yearly = new Decimal(totals.yearly.net);
  // Monthly fees as they are; yearly ones (also with monthly ones: per year, monthly × 12).
  const [recurring, period] = yearly.isZero()
    ? [monthly, monthly.isZero() ? '' : 'monthly']
    : [monthly.mul(12).plus(yearly), 'yearly'];
  return { totals, recurring: recurring.toFixed(2), recurringPeriod: period };
}

/**
 * The variables of a new contract (name → text): company, client and its main contact, the offer
 * revision (amounts as decimal strings), contract term defaults and SLA fields ('' where unknown).
 */
export function initialVariables(
  sources: ContractSources,
  language: ContractLanguage,
  today: string,
): Record<string, string> {
  const { client, contact, company, offer, lines } = sources;
  const variables: Record<string, string> = {
    'company.name': company?.name ?? '',
    'company.address': company ? join(company.street, `${company.postalCode} ${company.city}`) : '',
    'company.city': company?.city ?? '',
    'company.representative': company?.managingDirectors ?? '',
    'company.vatId': company?.vatId ?? '',
    'client.name': client.name,
    'client.address': join(client.street, `${client.postalCode} ${client.city}`),
    'client.city': client.city,
    'client.country': client.country,
    'client.representative': contact
      ? join(
          [contact.title ?? '', contact.firstName, contact.lastName].filter(Boolean).join(' '),
          contact.role,
        )
      : '',
    'client.vatId': client.vatId,
    'offer.number': '',
    'offer.title': '',
    'offer.date': '',
    'offer.revision': '',
    'offer.scope': '',
    'offer.netTotal': '',
    'offer.vatTotal': '',
    'offer.grossTotal': '',
    'offer.oneTimeTotal': '',
    'offer.recurringTotal': '',
    'offer.recurringPeriod': '',
    'offer.paymentTermsDays': '',
    'offer.paymentPlan': '',
    'contract.date': today,
    'contract.place': company?.city ?? '',
    'contract.start': '',
    'contract.termMonths': '',
    'contract.noticeMonths': '',
    'contract.renewalMonths': '0',
    'sla.availability': '',
    'sla.serviceHours': '',
    'sla.measurementPeriod': '',
    'sla.maxDowntime': '',
  };
  if (offer) {
    const { totals, recurring, recurringPeriod } = offerAmounts(offer, lines);
    Object.assign(variables, {
      'offer.number': offer.number,
      'offer.title': offer.title,
      'offer.date': offer.date,
      'offer.revision': String(offer.revision),
      'offer.scope': lines
        .filter((line) => (line.kind ?? 'normal') === 'normal')
        .map((line) => `- ${line.name}`)
        .join('\n'),
      'offer.netTotal': totals.oneTime.net,
      'offer.vatTotal': totals.oneTime.vat,
      'offer.grossTotal': totals.oneTime.gross,
      'offer.oneTimeTotal': totals.oneTime.net,
      'offer.recurringTotal': recurring,
      'offer.recurringPeriod': recurringPeriod,
      'offer.paymentTermsDays': String(offer.paymentTermsDays),
      'offer.paymentPlan': paymentTermsText({
        language,
        currency: offer.currency,
        paymentTermsDays: offer.paymentTermsDays,
        cashDiscountPct: offer.cashDiscountPct,
        cashDiscountDays: offer.cashDiscountDays,
        gross: totals.oneTime.gross,
      }),
    });
  }
  return variables;
}

/** The starting SLA table of a contract: four priorities, as text. */
export function initialSlaTable(language: ContractLanguage): SlaRow[] {
  return defaultSlaResponseTable(language).map((row) => ({
    priority: row.priority,
    label: row.label,
    description: row.description,
    responseHours: String(row.responseHours),
    resolutionHours: row.resolutionHours === null ? '' : String(row.resolutionHours),
  }));
}
