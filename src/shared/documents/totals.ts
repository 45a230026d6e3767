import { billings } from '../calculation';
import type { Billing } from '../calculation';
import type { Language } from '../domain';
import { Decimal, formatDecimal, formatMoney } from '../money';
import { cashDiscountOf, paymentTermsText } from '../offers/payment-terms';
import { offerTotals, type OfferTotalsResult, type TotalsLine } from '../offers/totals';
import type { DocumentData } from './types';

/** The offer totals of a document's lines, by the one engine (sections keyed by their index). */
export function documentTotals(data: Pick<DocumentData, 'offer' | 'sections'>): OfferTotalsResult {
  return offerTotals({
    offer: data.offer,
    lines: data.sections.flatMap((section, index) =>
      section.lines.map((line) => ({
        ...line,
        // Bundles may carry any rate; the engine checks 0–100 whatever the type says.
        vatPct: line.vatPct as TotalsLine['vatPct'],
        sectionId: String(index),
      })),
    ),
    sections: data.sections.map((_, index) => ({ id: String(index) })),
  });
}

/** One row of the totals chain; `amount` is a decimal string, null for a billing's title. */
export type TotalsRow = {
  key:
    | 'title'
    | 'sumLines'
    | 'discount'
    | 'net'
    | 'vat'
    | 'vatTotal'
    | 'gross'
    | 'cashDiscount'
    | 'payable'
    | 'contract';
  /** The billing the row belongs to; null for the contract value. */
  billing: Billing | null;
  label: string;
  amount: string | null;
  /** For VAT rows: the rate and the net it is charged on. */
  vat?: { pct: string; base: string };
  strong: boolean;
};

const CHAIN_TEXT = {
  de: {
    title: {
      'one-time': 'Einmalige Kosten',
      monthly: 'Monatliche Kosten',
      yearly: 'Jährliche Kosten',
    },
    sumLines: 'Zwischensumme Positionen',
    discount: (pct: string) => `abzüglich ${pct} % Nachlass`,
    net: 'Summe netto',
    vat: (pct: string) => `zuzüglich ${pct} % USt.`,
    vatOn: (pct: string, base: string) => `zuzüglich ${pct} % USt. auf ${base}`,
    vatTotal: 'Summe USt.',
    gross: {
      'one-time': 'Gesamtbetrag brutto',
      monthly: 'Gesamt brutto pro Monat',
      yearly: 'Gesamt brutto pro Jahr',
    },
    cashDiscount: (pct: string, days: number) =>
      `abzüglich ${pct} % Skonto bei Zahlung innerhalb von ${days} Tagen`,
    payable: 'Zahlbetrag mit Skonto',
    contract: (months: number) => `Vertragswert über ${months} Monate netto`,
  },
  en: {
    title: { 'one-time': 'One-time costs', monthly: 'Monthly costs', yearly: 'Yearly costs' },
    sumLines: 'Subtotal of items',
    discount: (pct: string) => `less ${pct}% discount`,
    net: 'Total net',
    vat: (pct: string) => `plus ${pct}% VAT`,
    vatOn: (pct: string, base: string) => `plus ${pct}% VAT on ${base}`,
    vatTotal: 'Total VAT',
    gross: {
      'one-time': 'Total gross',
      monthly: 'Total gross per month',
      yearly: 'Total gross per year',
    },
    cashDiscount: (pct: string, days: number) =>
      `less ${pct}% cash discount for payment within ${days} days`,
    payable: 'Amount payable with cash discount',
    contract: (months: number) => `Contract value over ${months} months, net`,
  },
} as const;

/** Whether a percentage text is set and not zero. */
export function hasPct(pct: string): boolean {
  return pct.trim() !== '' && !new Decimal(pct).isZero();
}

/** Σ net of the counted lines of each billing, before the offer discount. */
export function linesNetByBilling(
  totals: Pick<OfferTotalsResult, 'byLineId'>,
  lines: readonly { id: string; billing: Billing }[],
): Record<Billing, string> {
  const sums: Record<Billing, Decimal> = {
    'one-time': new Decimal(0),
    monthly: new Decimal(0),
    yearly: new Decimal(0),
  };
  for (const line of lines) {
    const lineTotals = totals.byLineId.get(line.id);
    if (lineTotals?.counted === true) sums[line.billing] = sums[line.billing].plus(lineTotals.net);
  }
  return {
    'one-time': sums['one-time'].toFixed(2),
    monthly: sums.monthly.toFixed(2),
    yearly: sums.yearly.toFixed(2),
  };
}

/** The billings an offer shows totals for: one-time always (the named totals), others with lines. */
export function shownBillings(totals: Pick<OfferTotalsResult, 'groups'>): Billing[] {
  const has = (billing: Billing) => totals.groups.some((group) => group.billing === billing);
  return billings.filter((billing) => billing === 'one-time' || has(billing));
}

export type TotalsChainArgs = {
  language: Language;
  currency: string;
  offer: Pick<
    DocumentData['offer'],
    'discountPct' | 'cashDiscountPct' | 'cashDiscountDays' | 'termMonths'
  >;
  totals: OfferTotalsResult;
  /** The offer's live lines (id and billing), for the sum of positions per billing. */
  lines: readonly { id: string; billing: Billing }[];
};

/**
 * The one totals chain every output shows (editor, print view/PDF, Word, Excel): per billing
 * kind the sum of positions, the offer discount, net, VAT per rate, gross, and with a cash
 * discount its amount and the amount payable; then the contract value over the term.
 */
export function totalsChain({
  language,
  currency,
  offer,
  totals,
  lines,
}: TotalsChainArgs): TotalsRow[] {
  const text = CHAIN_TEXT[language];
  const money = (amount: string) => formatMoney(amount, currency, language);
  const linesNet = linesNetByBilling(totals, lines);
  const discount = hasPct(offer.discountPct);
  const cash = hasPct(offer.cashDiscountPct) && offer.cashDiscountDays > 0;
  const rows: TotalsRow[] = [];
  const shown = shownBillings(totals);
  for (const billing of shown) {
    const sums =
      billing === 'one-time'
        ? totals.oneTime
        : billing === 'monthly'
          ? totals.monthly
          : totals.yearly;
    const row = (key: TotalsRow['key'], label: string, amount: string | null, strong = false) =>
      rows.push({ key, billing, label, amount, strong });
    row('title', text.title[billing], null, true);
    if (discount) {
      row('sumLines', text.sumLines, linesNet[billing]);
      const taken = new Decimal(sums.net).minus(linesNet[billing]).toFixed(2);
      row('discount', text.discount(formatDecimal(offer.discountPct, language)), taken);
    }
    row('net', text.net, sums.net, true);
    const groups = totals.groups.filter((group) => group.billing === billing);
    const note = totals.vatNote === null ? '' : ` (${totals.vatNote[language]})`;
    for (const group of groups) {
      const pct = formatDecimal(group.vatPct, language);
      const label = groups.length > 1 ? text.vatOn(pct, money(group.net)) : text.vat(pct);
      rows.push({
        key: 'vat',
        billing,
        label: `${label}${note}`,
        amount: group.vat,
        vat: { pct: group.vatPct, base: group.net },
        strong: false,
      });
    }
    // Several rates (or none): their sum, so every output has one VAT figure per billing.
    if (groups.length !== 1) row('vatTotal', text.vatTotal, sums.vat);
    row('gross', text.gross[billing], sums.gross, true);
    if (cash && new Decimal(sums.gross).gt(0)) {
      const { discount: skonto, payable } = cashDiscountOf(sums.gross, offer.cashDiscountPct);
      row(
        'cashDiscount',
        text.cashDiscount(formatDecimal(offer.cashDiscountPct, language), offer.cashDiscountDays),
        new Decimal(skonto).negated().toFixed(2),
      );
      row('payable', text.payable, payable, true);
    }
  }
  if (shown.some((billing) => billing !== 'one-time') && offer.termMonths > 0) {
    rows.push({
      key: 'contract',
      billing: null,
      label: text.contract(offer.termMonths),
      amount: totals.contractValue,
      strong: true,
    });
  }
  return rows;
}

/** A section's subtotal of one billing kind. */
export type SectionSubtotal = { billing: Billing; net: string };

/**
 * A section's subtotals split by billing kind (one-time and monthly amounts never add up):
 * Σ net of its counted lines per billing, before the offer discount; only billings it has.
 */
export function sectionSubtotals({
  totals,
  lines,
}: {
  totals: Pick<OfferTotalsResult, 'byLineId'>;
  lines: readonly { id: string; billing: Billing; kind?: string }[];
}): SectionSubtotal[] {
  const net = linesNetByBilling(totals, lines);
  return billings
    .filter((billing) =>
      lines.some((line) => line.billing === billing && totals.byLineId.get(line.id)?.counted),
    )
    .map((billing) => ({ billing, net: net[billing] }));
}

const SUBTOTAL_TEXT = {
  de: {
    label: (title: string) => `Zwischensumme ${title}`,
    billing: { 'one-time': 'einmalig', monthly: 'monatlich', yearly: 'jährlich' },
  },
  en: {
    label: (title: string) => `Subtotal ${title}`,
    billing: { 'one-time': 'one-time', monthly: 'monthly', yearly: 'yearly' },
  },
} as const;

/** The billing kind as a marker word: "monatlich", "yearly". */
export function billingWord(billing: Billing, language: Language): string {
  return SUBTOTAL_TEXT[language].billing[billing];
}

/** "Zwischensumme Betrieb (monatlich)"; one-time alone keeps the plain label. */
export function subtotalLabel({
  title,
  billing,
  split,
  language,
}: {
  title: string;
  billing: Billing;
  /** Whether the section has more than one billing kind. */
  split: boolean;
  language: Language;
}): string {
  const text = SUBTOTAL_TEXT[language];
  const label = text.label(title);
  return split || billing !== 'one-time' ? `${label} (${text.billing[billing]})` : label;
}

/** The payment terms sentence of a document (offer/payment-terms), with the one-time gross. */
export function paymentTermsFor(
  data: Pick<DocumentData, 'language' | 'offer'>,
  totals: Pick<OfferTotalsResult, 'oneTime' | 'monthly' | 'yearly'>,
): string {
  const gross = [totals.oneTime, totals.monthly, totals.yearly].find((t) =>
    new Decimal(t.gross).gt(0),
  );
  return paymentTermsText({
    language: data.language,
    currency: data.offer.currency,
    paymentTermsDays: data.offer.paymentTermsDays,
    cashDiscountPct: data.offer.cashDiscountPct,
    cashDiscountDays: data.offer.cashDiscountDays,
    gross: gross?.gross ?? null,
  });
}
