import type { ContractLanguage } from './types';

type Label = Record<ContractLanguage, string>;

/** The variables a clause may use as `{{name}}`, with their labels for the variables panel. */
export const CONTRACT_VARIABLES = {
  'company.name': { de: 'Unternehmen: Name', en: 'Company: name' },
  'company.address': { de: 'Unternehmen: Anschrift', en: 'Company: address' },
  'company.city': { de: 'Unternehmen: Ort', en: 'Company: city' },
  'company.representative': { de: 'Unternehmen: vertreten durch', en: 'Company: represented by' },
  'company.vatId': { de: 'Unternehmen: USt-IdNr.', en: 'Company: VAT ID' },
  'client.name': { de: 'Kunde: Name', en: 'Client: name' },
  'client.address': { de: 'Kunde: Anschrift', en: 'Client: address' },
  'client.city': { de: 'Kunde: Ort', en: 'Client: city' },
  'client.country': { de: 'Kunde: Land', en: 'Client: country' },
  'client.representative': { de: 'Kunde: vertreten durch', en: 'Client: represented by' },
  'client.vatId': { de: 'Kunde: USt-IdNr.', en: 'Client: VAT ID' },
  'offer.number': { de: 'Angebot: Nummer', en: 'Offer: number' },
  'offer.title': { de: 'Angebot: Titel', en: 'Offer: title' },
  'offer.date': { de: 'Angebot: Datum', en: 'Offer: date' },
  'offer.revision': { de: 'Angebot: Revision', en: 'Offer: revision' },
  'offer.scope': { de: 'Angebot: Leistungsumfang (Positionen)', en: 'Offer: scope (lines)' },
  'offer.netTotal': { de: 'Angebot: Summe netto', en: 'Offer: net total' },
  'offer.vatTotal': { de: 'Angebot: Umsatzsteuer', en: 'Offer: VAT' },
  'offer.grossTotal': { de: 'Angebot: Summe brutto', en: 'Offer: gross total' },
  'offer.oneTimeTotal': { de: 'Angebot: einmalige Vergütung', en: 'Offer: one-time fees' },
  'offer.recurringTotal': { de: 'Angebot: wiederkehrende Vergütung', en: 'Offer: recurring fees' },
  'offer.paymentTermsDays': { de: 'Zahlungsziel in Tagen', en: 'Payment term in days' },
  'offer.paymentPlan': { de: 'Zahlungsplan', en: 'Payment plan' },
  'plan.start': { de: 'Projektplan: Beginn', en: 'Project plan: start' },
  'plan.finish': { de: 'Projektplan: Ende', en: 'Project plan: finish' },
  'plan.paymentPlan': {
    de: 'Projektplan: Zahlungsplan (Raten bei Meilensteinen)',
    en: 'Project plan: payment schedule (instalments at milestones)',
  },
  'contract.date': { de: 'Vertrag: Datum', en: 'Contract: date' },
  'contract.place': { de: 'Vertrag: Ort', en: 'Contract: place' },
  'contract.start': { de: 'Vertragsbeginn', en: 'Contract start' },
  'contract.termMonths': { de: 'Mindestlaufzeit in Monaten', en: 'Minimum term in months' },
  'contract.noticeMonths': { de: 'Kündigungsfrist in Monaten', en: 'Notice period in months' },
  'contract.renewalMonths': { de: 'Verlängerung in Monaten', en: 'Renewal in months' },
  'contract.termEnd': { de: 'Ende der Laufzeit', en: 'End of term' },
  'contract.lastNoticeDate': { de: 'Letzter Kündigungstag', en: 'Last day to give notice' },
  'sla.availability': { de: 'SLA: Verfügbarkeit in %', en: 'SLA: availability in %' },
  'sla.serviceHours': { de: 'SLA: Servicezeiten', en: 'SLA: service hours' },
  'sla.measurementPeriod': { de: 'SLA: Messzeitraum', en: 'SLA: measurement period' },
  'sla.maxDowntime': { de: 'SLA: zulässige Ausfallzeit', en: 'SLA: allowed downtime' },
  'sla.responseTable': {
    de: 'SLA: Reaktions- und Lösungszeiten',
    en: 'SLA: response and resolution times',
  },
} satisfies Record<string, Label>;

export type ContractVariableName = keyof typeof CONTRACT_VARIABLES;
export const CONTRACT_VARIABLE_NAMES = Object.keys(CONTRACT_VARIABLES) as ContractVariableName[];

/** Values of the variables in a draft; a missing or blank value is reported, never rendered blank. */
export type ContractVariables = Partial<Record<string, string | number | null | undefined>>;
