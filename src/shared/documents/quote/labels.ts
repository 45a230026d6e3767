import type { Language } from '../../domain';
import { REVERSE_CHARGE_NOTE } from '../../calculation';
import type { Billing } from '../../calculation';
import { formatDecimal } from '../../money';
import { formatDocumentDate } from '../../text-blocks/placeholders';

/** Every text the quote workbook prints, per document language. */
export type QuoteLabels = {
  sheets: { quote: string; recurring: string; internal: string };
  offerNumber: string;
  date: string;
  validUntil: string;
  clientVatId: string;
  contact: string;
  columns: readonly [string, string, string, string, string, string, string, string, string];
  /** Column I of optional and alternative lines (counted lines carry their billing). */
  marker: { optional: string; alternative: string };
  billingBlock: Record<Billing, string>;
  subtotal: (section: string) => string;
  sumLines: string;
  offerDiscount: (pct: string) => string;
  groupNet: (rate: string) => string;
  groupVat: (rate: string) => string;
  netTotal: Record<Billing, string>;
  vatTotal: Record<Billing, string>;
  grossTotal: Record<Billing, string>;
  extrasBlock: string;
  optional: string;
  /** An alternative whose replaced line is unknown. */
  alternative: string;
  alternativeTo: (pos: string) => string;
  billingSuffix: Record<Billing, string>;
  paymentTerms: (days: number) => string;
  cashDiscount: (pct: string, days: number) => string;
  validity: (date: string) => string;
  reverseCharge: string;
  exchangeRate: (currency: string, rate: string) => string;
  recurringNote: (months: number) => string;
  footerPage: string;
  invalid: { quantity: string; discount: string };
  recurring: {
    title: string;
    term: string;
    columns: readonly [string, string, string, string];
    years: string;
    rows: Record<Billing, string>;
    contractValue: string;
  };
  internal: {
    title: string;
    columns: readonly string[];
    kind: { normal: string; optional: string; alternative: string };
    totals: Record<Billing | 'contract', string>;
    totalColumns: readonly [string, string, string, string, string];
    incomplete: string;
  };
  units: Record<string, string>;
  formatDate: (isoDate: string) => string;
};

const de: QuoteLabels = {
  sheets: { quote: 'Angebot', recurring: 'Laufende Kosten', internal: 'Intern' },
  offerNumber: 'Angebot Nr.',
  date: 'Datum',
  validUntil: 'Gültig bis',
  clientVatId: 'Ihre USt-IdNr.',
  contact: 'Ansprechpartner',
  columns: [
    'Pos.',
    'Bezeichnung',
    'Menge',
    'Einheit',
    'Einzelpreis',
    'Rabatt %',
    'USt. %',
    'Netto',
    'Abrechnung',
  ],
  marker: { optional: 'optional', alternative: 'alternativ' },
  billingBlock: {
    'one-time': 'Einmalige Kosten',
    monthly: 'Monatliche Kosten (Preise pro Monat)',
    yearly: 'Jährliche Kosten (Preise pro Jahr)',
  },
  subtotal: (section) => `Zwischensumme ${section}`,
  sumLines: 'Summe Positionen netto',
  offerDiscount: (pct) => `abzgl. ${pct} % Rabatt`,
  groupNet: (rate) => `Nettobetrag zu ${rate} % USt.`,
  groupVat: (rate) => `zzgl. ${rate} % USt.`,
  netTotal: {
    'one-time': 'Gesamtbetrag netto',
    monthly: 'Monatlich netto',
    yearly: 'Jährlich netto',
  },
  vatTotal: {
    'one-time': 'Umsatzsteuer',
    monthly: 'Umsatzsteuer monatlich',
    yearly: 'Umsatzsteuer jährlich',
  },
  grossTotal: {
    'one-time': 'Gesamtbetrag brutto',
    monthly: 'Monatlich brutto',
    yearly: 'Jährlich brutto',
  },
  extrasBlock: 'Optionale Positionen und Alternativen (nicht in den Summen enthalten)',
  optional: 'Optional',
  alternative: 'Alternative',
  alternativeTo: (pos) => `Alternative zu Pos. ${pos}`,
  billingSuffix: { 'one-time': '', monthly: ' (monatlich)', yearly: ' (jährlich)' },
  paymentTerms: (days) =>
    days === 0 ? 'Zahlungsziel: sofort ohne Abzug.' : `Zahlungsziel: ${days} Tage netto.`,
  cashDiscount: (pct, days) => `Skonto: ${pct} % bei Zahlung innerhalb von ${days} Tagen.`,
  validity: (date) => `Dieses Angebot ist gültig bis ${date}.`,
  reverseCharge: `${REVERSE_CHARGE_NOTE.de} (Reverse Charge): Die Umsatzsteuer schuldet der Leistungsempfänger.`,
  exchangeRate: (currency, rate) =>
    `Alle Preise in ${currency}. Umrechnungskurs: 1 EUR = ${rate} ${currency}.`,
  recurringNote: (months) =>
    `Laufende Kosten bei einer Vertragslaufzeit von ${months} Monaten: siehe Blatt „Laufende Kosten“.`,
  footerPage: 'Seite &P von &N',
  invalid: {
    quantity: 'Bitte eine Menge ab 0 eingeben.',
    discount: 'Bitte einen Rabatt von 0 bis 100 eingeben.',
  },
  recurring: {
    title: 'Laufende Kosten über die Vertragslaufzeit',
    term: 'Vertragslaufzeit (Monate)',
    columns: ['Kostenart', 'Betrag netto', 'Anzahl', 'Summe über Laufzeit'],
    years: 'Vertragsjahre (angefangen)',
    rows: {
      'one-time': 'Einmalige Kosten netto',
      monthly: 'Monatliche Kosten netto',
      yearly: 'Jährliche Kosten netto',
    },
    contractValue: 'Vertragswert netto',
  },
  internal: {
    title: 'Interne Kalkulation – nicht für den Kunden',
    columns: [
      'Pos.',
      'Bezeichnung',
      'Abrechnung',
      'Art',
      'Menge',
      'Netto',
      'EK/Einheit',
      'Kosten',
      'Marge',
      'Marge %',
    ],
    kind: { normal: 'Normal', optional: 'Optional', alternative: 'Alternative' },
    totals: {
      'one-time': 'Einmalig',
      monthly: 'Monatlich',
      yearly: 'Jährlich',
      contract: 'Über die Vertragslaufzeit',
    },
    totalColumns: ['Summe (nach Angebotsrabatt)', 'Netto', 'Kosten', 'Marge', 'Marge %'],
    incomplete: 'Unvollständig: nicht alle gezählten Positionen haben einen Einstandspreis.',
  },
  units: {
    piece: 'Stk.',
    licence: 'Lizenz',
    user: 'Benutzer',
    'person-day': 'PT',
    hour: 'Std.',
    month: 'Monat',
    flat: 'pauschal',
  },
  formatDate: (isoDate) => formatDocumentDate(isoDate, 'de'),
};

const en: QuoteLabels = {
  sheets: { quote: 'Quote', recurring: 'Recurring costs', internal: 'Internal' },
  offerNumber: 'Quote no.',
  date: 'Date',
  validUntil: 'Valid until',
  clientVatId: 'Your VAT ID',
  contact: 'Contact',
  columns: [
    'Pos.',
    'Description',
    'Qty',
    'Unit',
    'Unit price',
    'Disc. %',
    'VAT %',
    'Net',
    'Billing',
  ],
  marker: { optional: 'optional', alternative: 'alternative' },
  billingBlock: {
    'one-time': 'One-time costs',
    monthly: 'Monthly costs (prices per month)',
    yearly: 'Yearly costs (prices per year)',
  },
  subtotal: (section) => `Subtotal ${section}`,
  sumLines: 'Sum of items (net)',
  offerDiscount: (pct) => `less ${pct} % discount`,
  groupNet: (rate) => `Net amount at ${rate} % VAT`,
  groupVat: (rate) => `plus ${rate} % VAT`,
  netTotal: { 'one-time': 'Total net', monthly: 'Monthly net', yearly: 'Yearly net' },
  vatTotal: { 'one-time': 'VAT', monthly: 'Monthly VAT', yearly: 'Yearly VAT' },
  grossTotal: { 'one-time': 'Total gross', monthly: 'Monthly gross', yearly: 'Yearly gross' },
  extrasBlock: 'Optional items and alternatives (not included in the totals)',
  optional: 'Optional',
  alternative: 'Alternative',
  alternativeTo: (pos) => `Alternative to pos. ${pos}`,
  billingSuffix: { 'one-time': '', monthly: ' (monthly)', yearly: ' (yearly)' },
  paymentTerms: (days) =>
    days === 0 ? 'Payment terms: due immediately.' : `Payment terms: ${days} days net.`,
  cashDiscount: (pct, days) => `Cash discount: ${pct} % if paid within ${days} days.`,
  validity: (date) => `This quote is valid until ${date}.`,
  reverseCharge: `${REVERSE_CHARGE_NOTE.en}: VAT to be accounted for by the recipient.`,
  exchangeRate: (currency, rate) =>
    `All prices in ${currency}. Exchange rate: 1 EUR = ${rate} ${currency}.`,
  recurringNote: (months) =>
    `Recurring costs over a contract term of ${months} months: see sheet "Recurring costs".`,
  footerPage: 'Page &P of &N',
  invalid: {
    quantity: 'Please enter a quantity of 0 or more.',
    discount: 'Please enter a discount from 0 to 100.',
  },
  recurring: {
    title: 'Recurring costs over the contract term',
    term: 'Contract term (months)',
    columns: ['Cost type', 'Net amount', 'Count', 'Total over term'],
    years: 'Contract years (started)',
    rows: {
      'one-time': 'One-time costs (net)',
      monthly: 'Monthly costs (net)',
      yearly: 'Yearly costs (net)',
    },
    contractValue: 'Contract value (net)',
  },
  internal: {
    title: 'Internal calculation – not for the customer',
    columns: [
      'Pos.',
      'Description',
      'Billing',
      'Kind',
      'Qty',
      'Net',
      'Unit cost',
      'Cost',
      'Margin',
      'Margin %',
    ],
    kind: { normal: 'Normal', optional: 'Optional', alternative: 'Alternative' },
    totals: {
      'one-time': 'One-time',
      monthly: 'Monthly',
      yearly: 'Yearly',
      contract: 'Over the contract term',
    },
    totalColumns: ['Totals (after offer discount)', 'Net', 'Cost', 'Margin', 'Margin %'],
    incomplete: 'Incomplete: not every counted item has a unit cost.',
  },
  units: {
    piece: 'pc.',
    licence: 'licence',
    user: 'user',
    'person-day': 'person-day',
    hour: 'hour',
    month: 'month',
    flat: 'flat',
  },
  formatDate: (isoDate) => formatDocumentDate(isoDate, 'en'),
};

/** The quote's texts in the offer language. */
export function quoteLabels(language: Language): QuoteLabels {
  return language === 'en' ? en : de;
}

/** A percentage or rate as the reader writes it: de "7,5", en "7.5". */
export function formatRate(value: string, language: Language): string {
  return formatDecimal(value, language);
}
