import type { Language } from '../../domain';

/** Every fixed text of the Word proposal, per document language. */
export type ProposalLabels = {
  proposal: string;
  preparedFor: string;
  offerNumber: string;
  date: string;
  validUntil: string;
  contact: string;
  toc: string;
  pricing: string;
  pos: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discount: string;
  net: string;
  sectionSubtotal: (title: string) => string;
  extrasTitle: string;
  extrasIntro: string;
  optional: string;
  /** Marks optional and alternative lines, whose net is not in the totals. */
  notInTotal: string;
  /** An alternative whose replaced line is unknown. */
  alternative: string;
  alternativeTo: (position: string, name: string) => string;
  recurringTitle: string;
  recurringIntro: (months: number) => string;
  monthly: string;
  yearly: string;
  monthlySubtotal: string;
  yearlySubtotal: string;
  summaryTitle: string;
  oneTimeCosts: string;
  monthlyCosts: string;
  yearlyCosts: string;
  linesNet: string;
  offerDiscount: (pct: string) => string;
  netTotal: string;
  vat: (pct: string) => string;
  vatOn: (pct: string, base: string) => string;
  grossTotal: string;
  perMonth: string;
  perYear: string;
  contractValue: (months: number) => string;
  termsTitle: string;
  paymentTerms: (days: number) => string;
  cashDiscount: (pct: string, days: number) => string;
  validity: (date: string) => string;
  exchangeRate: (rate: string, currency: string) => string;
  reverseChargeClientVat: (vatId: string) => string;
  chartCaption: string;
  acceptanceTitle: string;
  acceptanceText: (company: string, number: string) => string;
  forParty: (name: string) => string;
  placeDate: string;
  signature: string;
  nameAndRole: string;
  page: string;
  of: string;
  register: string;
  vatId: string;
  managingDirectors: string;
  bank: string;
  units: Record<string, string>;
};

const de: ProposalLabels = {
  proposal: 'Angebot',
  preparedFor: 'für',
  offerNumber: 'Angebotsnummer',
  date: 'Datum',
  validUntil: 'Gültig bis',
  contact: 'Ihr Ansprechpartner',
  toc: 'Inhalt',
  pricing: 'Preise und Konditionen',
  pos: 'Pos.',
  description: 'Leistung',
  quantity: 'Menge',
  unit: 'Einheit',
  unitPrice: 'Einzelpreis',
  discount: 'Rabatt',
  net: 'Netto',
  sectionSubtotal: (title) => `Zwischensumme ${title}`,
  extrasTitle: 'Optionale und alternative Positionen',
  extrasIntro:
    'Optionale und alternative Positionen sind nicht in der Angebotssumme enthalten; ihr Nettobetrag steht in Klammern. Sie können sie zusätzlich oder anstelle der genannten Position beauftragen.',
  optional: 'Optional',
  notInTotal: 'nicht in der Summe enthalten',
  alternative: 'Alternative',
  alternativeTo: (position, name) => `Alternative zu Pos. ${position} (${name})`,
  recurringTitle: 'Laufende Kosten',
  recurringIntro: (months) =>
    months > 0
      ? `Laufende Leistungen werden über eine Vertragslaufzeit von ${months} Monaten berechnet.`
      : 'Laufende Leistungen werden bis zur Kündigung berechnet.',
  monthly: 'Monatlich',
  yearly: 'Jährlich',
  monthlySubtotal: 'Summe monatlich',
  yearlySubtotal: 'Summe jährlich',
  summaryTitle: 'Zusammenfassung',
  oneTimeCosts: 'Einmalige Kosten',
  monthlyCosts: 'Monatliche Kosten',
  yearlyCosts: 'Jährliche Kosten',
  linesNet: 'Summe der Positionen netto',
  offerDiscount: (pct) => `abzüglich ${pct} % Nachlass`,
  netTotal: 'Summe netto',
  vat: (pct) => `zuzüglich ${pct} % USt.`,
  vatOn: (pct, base) => `zuzüglich ${pct} % USt. auf ${base}`,
  grossTotal: 'Gesamtbetrag brutto',
  perMonth: 'Gesamt brutto pro Monat',
  perYear: 'Gesamt brutto pro Jahr',
  contractValue: (months) => `Vertragswert über ${months} Monate netto`,
  termsTitle: 'Zahlungsbedingungen und Gültigkeit',
  paymentTerms: (days) =>
    days > 0
      ? `Zahlbar innerhalb von ${days} Tagen nach Rechnungsstellung ohne Abzug.`
      : 'Zahlbar sofort nach Rechnungsstellung ohne Abzug.',
  cashDiscount: (pct, days) =>
    `Bei Zahlung innerhalb von ${days} Tagen gewähren wir ${pct} % Skonto auf die einmaligen Kosten.`,
  validity: (date) => `Dieses Angebot ist gültig bis zum ${date}.`,
  exchangeRate: (rate, currency) =>
    `Alle Preise in ${currency}; zugrunde gelegter Wechselkurs: 1 EUR = ${rate} ${currency}.`,
  reverseChargeClientVat: (vatId) => `USt-IdNr. des Leistungsempfängers: ${vatId}.`,
  chartCaption: 'Abbildung 1: Kosten über die Vertragslaufzeit (netto)',
  acceptanceTitle: 'Auftragserteilung',
  acceptanceText: (company, number) =>
    `Hiermit beauftragen wir ${company} mit den in Angebot ${number} beschriebenen Leistungen zu den genannten Konditionen.`,
  forParty: (name) => `Für ${name}`,
  placeDate: 'Ort, Datum',
  signature: 'Unterschrift',
  nameAndRole: 'Name, Funktion',
  page: 'Seite',
  of: 'von',
  register: 'Handelsregister',
  vatId: 'USt-IdNr.',
  managingDirectors: 'Geschäftsführung',
  bank: 'Bank',
  units: {
    piece: 'Stk.',
    licence: 'Lizenz',
    user: 'Nutzer',
    'person-day': 'PT',
    hour: 'Std.',
    month: 'Monat',
    flat: 'pauschal',
  },
};

const en: ProposalLabels = {
  proposal: 'Proposal',
  preparedFor: 'for',
  offerNumber: 'Offer number',
  date: 'Date',
  validUntil: 'Valid until',
  contact: 'Your contact',
  toc: 'Contents',
  pricing: 'Pricing and terms',
  pos: 'Item',
  description: 'Description',
  quantity: 'Qty',
  unit: 'Unit',
  unitPrice: 'Unit price',
  discount: 'Discount',
  net: 'Net',
  sectionSubtotal: (title) => `Subtotal ${title}`,
  extrasTitle: 'Optional and alternative items',
  extrasIntro:
    'Optional and alternative items are not included in the offer total; their net amount is shown in parentheses. You can order them in addition to, or instead of, the item named.',
  optional: 'Optional',
  notInTotal: 'not included in the total',
  alternative: 'Alternative',
  alternativeTo: (position, name) => `Alternative to item ${position} (${name})`,
  recurringTitle: 'Recurring costs',
  recurringIntro: (months) =>
    months > 0
      ? `Recurring services are charged over a contract term of ${months} months.`
      : 'Recurring services are charged until cancelled.',
  monthly: 'Monthly',
  yearly: 'Yearly',
  monthlySubtotal: 'Monthly total',
  yearlySubtotal: 'Yearly total',
  summaryTitle: 'Summary',
  oneTimeCosts: 'One-time costs',
  monthlyCosts: 'Monthly costs',
  yearlyCosts: 'Yearly costs',
  linesNet: 'Items net',
  offerDiscount: (pct) => `less ${pct}% discount`,
  netTotal: 'Total net',
  vat: (pct) => `plus ${pct}% VAT`,
  vatOn: (pct, base) => `plus ${pct}% VAT on ${base}`,
  grossTotal: 'Total gross',
  perMonth: 'Total gross per month',
  perYear: 'Total gross per year',
  contractValue: (months) => `Contract value over ${months} months, net`,
  termsTitle: 'Payment terms and validity',
  paymentTerms: (days) =>
    days > 0
      ? `Payable within ${days} days of invoice without deduction.`
      : 'Payable immediately on invoice without deduction.',
  cashDiscount: (pct, days) =>
    `For payment within ${days} days we grant a ${pct}% cash discount on the one-time costs.`,
  validity: (date) => `This offer is valid until ${date}.`,
  exchangeRate: (rate, currency) =>
    `All prices in ${currency}; exchange rate applied: 1 EUR = ${rate} ${currency}.`,
  reverseChargeClientVat: (vatId) => `Recipient's VAT ID: ${vatId}.`,
  chartCaption: 'Figure 1: Costs over the contract term (net)',
  acceptanceTitle: 'Acceptance',
  acceptanceText: (company, number) =>
    `We hereby commission ${company} with the services described in offer ${number} on the terms stated.`,
  forParty: (name) => `For ${name}`,
  placeDate: 'Place, date',
  signature: 'Signature',
  nameAndRole: 'Name, position',
  page: 'Page',
  of: 'of',
  register: 'Commercial register',
  vatId: 'VAT ID',
  managingDirectors: 'Managing directors',
  bank: 'Bank',
  units: {
    piece: 'pc.',
    licence: 'licence',
    user: 'user',
    'person-day': 'PD',
    hour: 'h',
    month: 'month',
    flat: 'flat',
  },
};

const LABELS: Record<Language, ProposalLabels> = { de, en };

/** The proposal's fixed texts in the document language. */
export function proposalLabels(language: Language): ProposalLabels {
  return LABELS[language];
}

/** The note under an alternative line: what it replaces, or "Alternative" when that is unknown. */
export function alternativeNote(
  replaces: { position: string; name: string } | null,
  labels: Pick<ProposalLabels, 'alternative' | 'alternativeTo'>,
): string {
  return replaces === null
    ? labels.alternative
    : labels.alternativeTo(replaces.position, replaces.name);
}
