import { isPublicSectorClient } from '#shared/contracts/public-sector';
import { Decimal } from '#shared/money';
import { defaultSlaResponseTable, offerFacts } from '#shared/contracts';
import type { ContractLanguage, FactsLine, OfferFacts } from '#shared/contracts';
import type { Client, CompanyProfile, Contact, Offer } from '#shared/domain';
import type { SlaRow } from '#shared/domain/contracts';
import { byPosition } from '#shared/ordering';
import { offerTotals } from '#shared/offers/totals';
import { paymentTermsText } from '#shared/offers/payment-terms';
import { analysePlan, paymentSchedule } from '#shared/planning';
import type { PaymentSchedule } from '#shared/planning/types';
import { formatDecimal, formatMoney } from '#shared/money';
import { formatDocumentDate } from '#shared/text-blocks/placeholders';
import type { Role } from '#shared/domain';
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
  /** The offer's project plan as the contract reads it (issue 15); undefined when it has none. */
  plan?: ContractPlan;
};

/** What a contract takes from the offer's project plan: its dates and its payment plan. */
export type ContractPlan = {
  /** The first working day (ISO). */
  start: string;
  /** The expected finish (ISO), '' when a cycle stops the schedule. */
  finish: string;
  /** The payment plan with amounts and due dates (no rows: the plan has no payment plan). */
  payments: PaymentSchedule;
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
  const plan = offer && (await readContractPlan(db, offer, lines));
  return {
    client: toEntity(clientRow) as Client,
    contact: contacts[0] && (toEntity(contacts[0]) as Contact),
    company,
    offer,
    lines,
    ...(plan ? { plan } : {}),
  };
}

/**
 * The offer's project plan read through the planning core (`analysePlan`, the one-time net from
 * the offer totals engine, as the plan tab and the proposal compute it); undefined without a plan.
 */
async function readContractPlan(
  db: QuotientDb,
  offer: Offer,
  lines: ContractSources['lines'],
): Promise<ContractPlan | undefined> {
  const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((row) => !row.deleted);
  const plan = live(await db.projectPlans.where('offerId').equals(offer.id).toArray()).sort(
    (a, b) => (a.id < b.id ? -1 : 1),
  )[0];
  if (!plan) return undefined;
  const ofPlan = <T extends { planId: string; deleted: boolean }>(rows: T[]) =>
    live(rows).filter((row) => row.planId === plan.id);
  const [packages, dependencies, milestones, instalments, roles] = await Promise.all([
    db.workPackages.where('offerId').equals(offer.id).toArray(),
    db.planDependencies.where('offerId').equals(offer.id).toArray(),
    db.planMilestones.where('offerId').equals(offer.id).toArray(),
    db.paymentInstalments.where('offerId').equals(offer.id).toArray(),
    db.roles.toArray(),
  ]);
  const oneTimeNet = offerAmounts(offer, lines).totals.oneTime.net;
  const planInstalments = ofPlan(instalments).sort(byPosition).map(toEntity);
  const analysis = analysePlan({
    plan: toEntity(plan),
    packages: ofPlan(packages).map(toEntity),
    dependencies: ofPlan(dependencies).map(toEntity),
    milestones: ofPlan(milestones).map(toEntity),
    instalments: planInstalments,
    roles: live(roles).map((role) => toEntity(role) as Role),
    offer: { date: offer.date, paymentTermsDays: offer.paymentTermsDays, currency: offer.currency },
    oneTimeNet,
  });
  return {
    start: analysis.startDate,
    finish: analysis.duration?.finish ?? '',
    payments: paymentSchedule({
      instalments: planInstalments,
      milestones: analysis.milestones,
      oneTimeNet,
      currency: offer.currency,
      paymentTermsDays: offer.paymentTermsDays,
    }),
  };
}

/**
 * The payment plan as the contract prints it, one list item per instalment in the contract's
 * language, amounts of the one-time net: "- 30 % (12.345,00 €) bei Abnahme Konzept, fällig am
 * 15.03.2027"; an instalment due on a date names its label ("- 30 % (…): Schlussrate, fällig am
 * …"); a due date not known (the plan has a cycle) is said to be open.
 */
export function paymentPlanText(payments: PaymentSchedule, language: ContractLanguage): string {
  const de = language === 'de';
  return payments.rows
    .map((row) => {
      const number = formatDecimal(row.percent, language);
      const share = `${de ? `${number} %` : `${number}%`} (${formatMoney(row.amount, payments.currency, language)})`;
      const when =
        row.milestoneId !== ''
          ? `${share} ${de ? 'bei' : 'on'} ${row.milestoneName || row.label}`
          : `${share}: ${row.label}`;
      const date = formatDocumentDate(row.dueDate, language);
      const due =
        row.dueDate === ''
          ? de
            ? 'Fälligkeit offen'
            : 'due date open'
          : de
            ? `fällig am ${date}`
            : `due on ${date}`;
      return `- ${when}, ${due}`;
    })
    .join('\n');
}

/** The facts clause conditions read, from the offer's lines and the client. */
export function sourceFacts({
  client,
  lines,
  plan,
}: Pick<ContractSources, 'client' | 'lines' | 'plan'>): OfferFacts {
  return offerFacts({
    lines,
    clientCountry: /^[A-Za-z]{2}$/.test(client.country) ? client.country : 'DE',
    publicSector: isPublicSectorClient(client),
    hasPaymentPlan: (plan?.payments.rows.length ?? 0) > 0,
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
    'plan.start': '',
    'plan.finish': '',
    'plan.paymentPlan': '',
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
  if (sources.plan) {
    Object.assign(variables, {
      'plan.start': sources.plan.start,
      'plan.finish': sources.plan.finish,
      'plan.paymentPlan': paymentPlanText(sources.plan.payments, language),
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
