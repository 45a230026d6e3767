import type { CatalogItem } from '../domain/catalog';
import type { ActivityInput, ClientInput, ContactInput } from '../domain/client';
import { emptyClientInput, legalForms } from '../domain/client';
import type { Language } from '../domain/common';
import type { OpportunityInput } from '../domain/opportunity';
import { stageProbability } from '../domain/opportunity';
import type { Lead } from '../domain/presentations';
import { Decimal, toMoneyString } from '../money';
import { isValidPhone } from '../validation';
import { presentationLabels } from './labels';

export type LeadConversionArgs = {
  deckTitle: string;
  fairName: string;
  /** The day of the conversion, `YYYY-MM-DD`. */
  today: string;
  /** Convert into this client (a duplicate found) instead of a new one. */
  existingClientId?: string;
  /** …and this contact of it instead of a new one. */
  existingContactId?: string;
  /** The catalog, for the interests' names and list prices (the opportunity's title and value). */
  catalogItems?: ReadonlyMap<string, CatalogItem>;
  /** The texts' language; German by default. */
  language?: Language;
};

export type LeadConversion = {
  /** The new client, or null when converting into an existing one. */
  client: ClientInput | null;
  /** The new contact (clientId '' when the client is new: the caller sets it), or null. */
  contact: ContactInput | null;
  opportunity: Omit<OpportunityInput, 'clientId' | 'position'>;
  /** The "Messe" activity on the capture day, the follow-up as its due next step. */
  activity: Omit<ActivityInput, 'clientId'>;
};

const TEXTS = {
  de: {
    opportunity: 'Messe-Lead',
    activity: 'Messe',
    rating: 'Bewertung',
    phone: 'Telefon',
    nextStep: 'Nachfassen',
    notes: (fair: string, today: string) => `Aus einem Messe-Lead (${fair}) angelegt am ${today}.`,
  },
  en: {
    opportunity: 'Fair lead',
    activity: 'Fair',
    rating: 'Rating',
    phone: 'Phone',
    nextStep: 'Follow up',
    notes: (fair: string, today: string) => `Created from a fair lead (${fair}) on ${today}.`,
  },
} as const;

/** "Kessler Möbelhaus AG" → its legal form "AG" (the longest one the name ends with). */
function legalFormOf(name: string): ClientInput['legalForm'] {
  const forms = [...legalForms]
    .filter((form) => form !== 'Other')
    .sort((a, b) => b.length - a.length);
  return forms.find((form) => name === form || name.endsWith(` ${form}`)) ?? '';
}

const clip = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * What converting a fair lead writes: a client from its company (or the person's name when it
 * has none) unless an existing one is given, a contact with its e-mail and phone (primary of a
 * new client) unless an existing one is given, an opportunity "Messe-Lead: <interests>" in the
 * first stage valued at the interests' list prices ('0.00' without), and an activity of kind
 * 'fair' on the capture day, "Messe: <fair or deck>" with the note and rating, next step
 * "Nachfassen" due on the lead's follow-up date. Pure: the data layer writes it.
 */
export function leadConversion(
  lead: Lead,
  {
    deckTitle,
    fairName,
    today,
    existingClientId,
    existingContactId,
    catalogItems,
    language = 'de',
  }: LeadConversionArgs,
): LeadConversion {
  const texts = TEXTS[language];
  const labels = presentationLabels(language);
  const fair = fairName.trim() || lead.fairName.trim() || deckTitle.trim();
  const person = `${lead.firstName} ${lead.lastName}`.trim();
  const companyName = lead.company.trim() || person;
  const phone = lead.phone.trim();
  const phoneValid = phone === '' || isValidPhone(phone);
  const existingClient = existingClientId !== undefined && existingClientId !== '';
  const client: ClientInput | null = existingClient
    ? null
    : {
        ...emptyClientInput(),
        name: companyName,
        legalForm: legalFormOf(companyName),
        language,
        notes: texts.notes(fair, today),
      };
  const contact: ContactInput | null =
    existingContactId !== undefined && existingContactId !== ''
      ? null
      : {
          clientId: existingClient ? existingClientId : '',
          firstName: lead.firstName.trim(),
          lastName: lead.lastName.trim(),
          role: '',
          email: lead.email.trim(),
          phone: phoneValid ? phone : '',
          primary: !existingClient,
        };
  const items = lead.interestItemIds
    .map((id) => catalogItems?.get(id))
    .filter((item): item is CatalogItem => item !== undefined && !item.deleted);
  const interests = [...items.map((item) => item.name), ...lead.interestCategories];
  const value = items.reduce((sum, item) => sum.plus(item.listPrice), new Decimal(0));
  const summary = [
    `${texts.activity}: ${fair}`,
    lead.note.trim(),
    `${texts.rating}: ${labels.ratings[lead.rating]}`,
    // A number the contact would refuse is kept where it is read.
    phoneValid ? '' : `${texts.phone}: ${phone}`,
  ].filter((part) => part !== '');
  return {
    client,
    contact,
    opportunity: {
      title: clip(
        `${texts.opportunity}: ${interests.length > 0 ? interests.join(', ') : fair}`,
        200,
      ),
      stage: 'lead',
      estimatedValue: toMoneyString(value),
      probability: stageProbability.lead,
      expectedCloseDate: '',
      lostReason: '',
    },
    activity: {
      kind: 'fair',
      date: lead.capturedAt.slice(0, 10),
      summary: clip(summary.join('\n'), 5_000),
      contactId: existingContactId ?? '',
      nextStep: texts.nextStep,
      dueDate: lead.followUpDate,
      completedAt: '',
    },
  };
}
