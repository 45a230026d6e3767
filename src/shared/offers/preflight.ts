import type {
  CatalogItem,
  Client,
  CompanyProfile,
  Offer,
  OfferLine,
  OfferSection,
  OfferSettings,
} from '../domain';
import { toDecimal } from '../money';
import { checkAlternatives, type AlternativeProblem } from './alternatives';
import { convertPrice, reverseChargeApplies } from './pricing';
import { marginWarnings, offerTotals } from './totals';
import type { PlanProblem } from '../planning/types';

/** What the check before sending and exporting finds. */
export const findingCodes = [
  'empty',
  'negativeNotCredit',
  'noCost',
  'lowMarginLines',
  'lowMarginOffer',
  'unknownPlaceholders',
  'missingChapters',
  'noCompany',
  'noLogo',
  'reverseChargeDomestic',
  'reverseChargeUnfounded',
  'alternativeNoTarget',
  'alternativeTargetMissing',
  'alternativeTargetNotNormal',
  'alternativeBillingDiffers',
  'expired',
  'catalogPriceChanged',
  // The offer's project plan (issue 15): what a sync merge or an unfinished edit left broken.
  'planCycle',
  'planPaymentSum',
  'planEstimate',
  'planInstalmentMilestone',
] as const;
export type FindingCode = (typeof findingCodes)[number];

/** Errors block sending and exporting; warnings ask first. */
export type FindingSeverity = 'error' | 'warning';

/** Where the user fixes a finding. */
export type FindingTarget =
  | { kind: 'line'; lineId: string }
  | { kind: 'offerField'; field: 'validUntil' | 'reverseCharge' }
  | { kind: 'lines' }
  | { kind: 'chapters' }
  | { kind: 'company' }
  | { kind: 'client'; clientId: string }
  | { kind: 'settings' }
  /** The offer editor's "Projektplan" tab. */
  | { kind: 'plan' };

export type Finding = {
  code: FindingCode;
  severity: FindingSeverity;
  target: FindingTarget;
  /** Every line the finding concerns, in offer order (for findings about several lines). */
  lineIds?: string[];
  /** Values for the message: names, amounts (decimal strings), counts, dates. */
  params?: Record<string, string | number>;
};

export type CheckOfferArgs = {
  offer: Pick<
    Offer,
    | 'clientId'
    | 'validUntil'
    | 'currency'
    | 'exchangeRate'
    | 'discountPct'
    | 'termMonths'
    | 'reverseCharge'
  >;
  sections: readonly Pick<OfferSection, 'id' | 'position'>[];
  /** The offer's lines; deleted ones and lines of missing sections are ignored. */
  lines: readonly (OfferLine & { deleted?: boolean })[];
  /** Catalog items by id (deleted ones included or not: both are skipped). */
  catalog: ReadonlyMap<string, CatalogItem>;
  settings: Pick<OfferSettings, 'minMarginPct' | 'exchangeRates'>;
  /** null when no company profile is saved. */
  company: Pick<CompanyProfile, 'name' | 'logo' | 'country'> | null;
  client: Pick<Client, 'id' | 'country' | 'vatId'>;
  /** Placeholders the chapters use that nothing resolves. */
  unknownPlaceholders?: readonly string[];
  /** Chosen chapters whose text block is gone. */
  missingChapters?: number;
  /** The user's calendar day, YYYY-MM-DD: never read from the clock here. */
  today: string;
};

const SEVERITY: Record<FindingCode, FindingSeverity> = {
  empty: 'error',
  negativeNotCredit: 'error',
  noCost: 'warning',
  lowMarginLines: 'warning',
  lowMarginOffer: 'warning',
  unknownPlaceholders: 'warning',
  missingChapters: 'warning',
  noCompany: 'error',
  noLogo: 'warning',
  reverseChargeDomestic: 'error',
  reverseChargeUnfounded: 'warning',
  alternativeNoTarget: 'error',
  alternativeTargetMissing: 'error',
  alternativeTargetNotNormal: 'error',
  alternativeBillingDiffers: 'warning',
  expired: 'error',
  catalogPriceChanged: 'warning',
  planCycle: 'error',
  planPaymentSum: 'error',
  planEstimate: 'error',
  planInstalmentMilestone: 'error',
};

const ALTERNATIVE_FINDINGS: Record<AlternativeProblem['code'], FindingCode> = {
  noTarget: 'alternativeNoTarget',
  targetMissing: 'alternativeTargetMissing',
  targetNotNormal: 'alternativeTargetNotNormal',
  billingDiffers: 'alternativeBillingDiffers',
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Everything wrong or risky about an offer before it is sent or exported, errors first, each
 * with where to fix it. Pure: the caller reads the rows and passes `today`.
 */
export function checkOffer(args: CheckOfferArgs): Finding[] {
  const { offer, sections, catalog, settings, company, client, today } = args;
  const findings: Finding[] = [];
  const add = (finding: Omit<Finding, 'severity'>) =>
    findings.push({ ...finding, severity: SEVERITY[finding.code] });

  // Offer order: section by section, lines by position.
  const sectionOrder = new Map(
    [...sections].sort((a, b) => compare(a.position, b.position)).map((s, i) => [s.id, i]),
  );
  const lines = args.lines
    .filter((line) => line.deleted !== true && sectionOrder.has(line.sectionId))
    .sort(
      (a, b) =>
        (sectionOrder.get(a.sectionId) as number) - (sectionOrder.get(b.sectionId) as number) ||
        compare(a.position, b.position),
    );
  const manyLines = (code: FindingCode, ids: string[], params?: Finding['params']) => {
    if (ids.length === 0) return;
    add({
      code,
      target: { kind: 'line', lineId: ids[0] as string },
      lineIds: ids,
      params: { count: ids.length, ...params },
    });
  };

  if (!lines.some((line) => line.kind === 'normal')) {
    add({ code: 'empty', target: { kind: 'lines' } });
  }

  if (company === null || company.name.trim() === '') {
    add({ code: 'noCompany', target: { kind: 'company' } });
  } else if (company.logo === '') {
    add({ code: 'noLogo', target: { kind: 'company' } });
  }

  if (offer.validUntil < today) {
    add({
      code: 'expired',
      target: { kind: 'offerField', field: 'validUntil' },
      params: { validUntil: offer.validUntil, today },
    });
  }

  if (offer.reverseCharge && company !== null) {
    const domestic = client.country.toUpperCase() === company.country.toUpperCase();
    if (domestic) {
      add({
        code: 'reverseChargeDomestic',
        target: { kind: 'offerField', field: 'reverseCharge' },
        params: { country: client.country },
      });
    } else if (
      !reverseChargeApplies({
        clientCountry: client.country,
        clientVatId: client.vatId,
        companyCountry: company.country,
      })
    ) {
      add({ code: 'reverseChargeUnfounded', target: { kind: 'client', clientId: client.id } });
    }
  }

  manyLines(
    'negativeNotCredit',
    lines
      .filter((line) => toDecimal(line.unitPrice).isNegative() && line.credit !== true)
      .map((line) => line.id),
  );

  // Alternatives: each must name a live normal line of the offer (offers/alternatives).
  for (const { line, problem } of checkAlternatives(lines)) {
    add({
      code: ALTERNATIVE_FINDINGS[problem.code],
      target: { kind: 'line', lineId: line.id },
      params:
        'replaced' in problem
          ? { name: line.name, other: problem.replaced.name }
          : { name: line.name },
    });
  }

  const totals = offerTotals({ offer, lines });
  manyLines(
    'noCost',
    lines
      .filter((line) => {
        const lineTotals = totals.byLineId.get(line.id);
        return (
          line.unitCost === '' &&
          lineTotals?.counted === true &&
          toDecimal(lineTotals.net).greaterThan(0)
        );
      })
      .map((line) => line.id),
    { amount: totals.margin.contract.uncostedNet },
  );
  const margins = marginWarnings({ totals, lines, minMarginPct: settings.minMarginPct });
  manyLines('lowMarginLines', margins.lineIds, { min: settings.minMarginPct });
  if (margins.offer) {
    add({
      code: 'lowMarginOffer',
      target: { kind: 'lines' },
      params: {
        min: settings.minMarginPct,
        marginPct: totals.margin.contract.marginPct ?? '',
        margin: totals.margin.contract.margin,
      },
    });
  }

  const rates = { ...settings.exchangeRates, [offer.currency]: offer.exchangeRate };
  for (const line of lines) {
    const item = line.catalogItemId === '' ? undefined : catalog.get(line.catalogItemId);
    if (item === undefined || item.deleted) continue;
    let listPrice: string;
    try {
      listPrice = convertPrice({
        amount: item.listPrice,
        from: item.currency,
        to: offer.currency,
        rates,
      });
    } catch {
      continue; // no rate for the item's currency: nothing to compare with
    }
    if (!toDecimal(listPrice).equals(toDecimal(line.unitPrice))) {
      add({
        code: 'catalogPriceChanged',
        target: { kind: 'line', lineId: line.id },
        params: { name: line.name, linePrice: line.unitPrice, listPrice },
      });
    }
  }

  const unknown = args.unknownPlaceholders ?? [];
  if (unknown.length > 0) {
    add({
      code: 'unknownPlaceholders',
      target: { kind: 'chapters' },
      params: { names: unknown.map((name) => `{{${name}}}`).join(', ') },
    });
  }
  if ((args.missingChapters ?? 0) > 0) {
    add({
      code: 'missingChapters',
      target: { kind: 'chapters' },
      params: { count: args.missingChapters ?? 0 },
    });
  }

  // Errors first; within a severity the order of the checks above.
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        Number(a.finding.severity === 'warning') - Number(b.finding.severity === 'warning') ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}

/**
 * Whether the findings block: any error. A revision already sent cannot be fixed any more, so
 * exporting it again only warns (`frozen`).
 */
export function blocks(findings: readonly Finding[], { frozen = false } = {}): boolean {
  return !frozen && findings.some((finding) => finding.severity === 'error');
}

const PLAN_FINDINGS: Record<PlanProblem['kind'], FindingCode> = {
  cycle: 'planCycle',
  'payment-sum': 'planPaymentSum',
  'estimate-order': 'planEstimate',
  'instalment-milestone': 'planInstalmentMilestone',
};

/**
 * The offer's project plan problems (shared/planning `analysePlan`) as findings. Each blocks
 * sending: a cycle a sync merge created, instalments that no longer sum to 100 %, an estimate out
 * of order, an instalment whose milestone is gone. They are fixed in the plan tab.
 */
export function planFindings(problems: readonly PlanProblem[]): Finding[] {
  return problems.map((problem) => {
    const code = PLAN_FINDINGS[problem.kind];
    const params: Record<string, string> =
      problem.kind === 'cycle'
        ? { names: problem.names.join(' → ') }
        : problem.kind === 'payment-sum'
          ? { sum: problem.sum }
          : problem.kind === 'estimate-order'
            ? { name: problem.name }
            : { name: problem.label };
    return { code, severity: SEVERITY[code], target: { kind: 'plan' }, params };
  });
}
