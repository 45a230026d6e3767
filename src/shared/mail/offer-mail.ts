import type { Language } from '../domain/common';
import { salutation } from '../text-blocks/salutation';
import { parseBlockMarkup, type MarkupRun } from '../documents/markup';

const runsText = (runs: readonly MarkupRun[]) => runs.map((run) => run.text).join('');

/** A text-block body (its Markdown subset) as plain e-mail text: emphasis dropped, lists kept. */
export function markupToPlainText(body: string): string {
  return parseBlockMarkup(body)
    .map((block) => {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          return runsText(block.runs);
        case 'bullets':
          return block.items.map((item) => `• ${runsText(item)}`).join('\n');
        case 'numbered':
          return block.items.map((item, index) => `${index + 1}. ${runsText(item)}`).join('\n');
      }
    })
    .join('\n\n');
}

export type OfferMailArgs = {
  language: Language;
  /** The offer's number with its revision as documents show it, e.g. `AN-2026-0042`. */
  number: string;
  title: string;
  /** The recipient's name, '' when unknown. */
  contactName: string;
  /** The recipient's stored salutation ('f' Frau/Ms, 'm' Herr/Mr); '' or absent: by name. */
  contactSalutation?: '' | 'f' | 'm';
  /** The validity date as documents show it (formatDocumentDate), '' for none. */
  validUntil: string;
  authorName: string;
  companyName: string;
};

/** The draft's subject: "Angebot AN-2026-0042: Lagerverwaltung" / "Proposal …". */
export function offerMailSubject({
  language,
  number,
  title,
}: Pick<OfferMailArgs, 'language' | 'number' | 'title'>): string {
  const word = language === 'de' ? 'Angebot' : 'Proposal';
  return title.trim() === '' ? `${word} ${number}` : `${word} ${number}: ${title.trim()}`;
}

/** The body used when no text block is chosen, in the offer's language. */
export function defaultOfferMailBody(args: OfferMailArgs): string {
  const { language, number, contactName, validUntil, authorName, companyName } = args;
  const name = contactName.trim();
  // "Sehr geehrte Frau Wendler," when the contact's salutation or name tells Frau/Herr; else
  // the greeting by full name.
  const formal = salutation(name, language, args.contactSalutation ?? '');
  const known = formal !== salutation('', language);
  if (language === 'en') {
    return [
      known ? formal : name ? `Dear ${name},` : 'Dear Sir or Madam,',
      `please find attached our proposal ${number}${validUntil ? `, valid until ${validUntil}` : ''}.`,
      'We look forward to hearing from you and are happy to answer any questions.',
      ['Kind regards', authorName, companyName].filter((line) => line.trim() !== '').join('\n'),
    ].join('\n\n');
  }
  return [
    known ? formal : name ? `Guten Tag ${name},` : 'Sehr geehrte Damen und Herren,',
    `anbei erhalten Sie unser Angebot ${number}${validUntil ? `, gültig bis ${validUntil}` : ''}.`,
    'Für Fragen stehen wir Ihnen gern zur Verfügung und freuen uns auf Ihre Rückmeldung.',
    ['Mit freundlichen Grüßen', authorName, companyName]
      .filter((line) => line.trim() !== '')
      .join('\n'),
  ].join('\n\n');
}
