import type { Language } from '../domain';
import type { DocumentData } from '../documents/types';
import { salutation } from './salutation';

/** The part of DocumentData placeholders read; a whole DocumentData fits. */
export type PlaceholderContext = {
  language: Language;
  client: Pick<DocumentData['client'], 'name' | 'city' | 'contactName' | 'contactSalutation'>;
  offer: Pick<DocumentData['offer'], 'number' | 'title' | 'date' | 'validUntil' | 'termMonths'>;
  company: Pick<DocumentData['company'], 'name' | 'city'>;
  author: Pick<DocumentData['author'], 'name' | 'position'>;
};

/** Every placeholder Quotient fills, in the order the insert menu shows them. */
export const placeholderNames = [
  'client.name',
  'client.city',
  'client.contactName',
  'client.salutation',
  'offer.number',
  'offer.title',
  'offer.date',
  'offer.validUntil',
  'offer.termMonths',
  'company.name',
  'company.city',
  'author.name',
  'author.position',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

/** The result of filling: unknown and empty placeholders are reported, never dropped silently. */
export type FilledText = {
  text: string;
  /** Names not in placeholderNames; they stay verbatim in `text`. */
  unknown: string[];
  /** Known names whose value is empty in this context (filled with ''). */
  empty: PlaceholderName[];
};

// `{{ name }}`: whitespace inside the braces is tolerated, braces inside the name are not.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Formats `YYYY-MM-DD` for documents: de `02.12.2026`, en `2 December 2026`; other input unchanged. */
export function formatDocumentDate(date: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const monthName = MONTHS_EN[Number(month) - 1];
  if (monthName === undefined) return date;
  if (language === 'de') return `${day}.${month}.${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

const isKnown = (name: string): name is PlaceholderName =>
  (placeholderNames as readonly string[]).includes(name);

/** The value of one known placeholder in a context. */
export function placeholderValue(name: PlaceholderName, context: PlaceholderContext): string {
  const { client, offer, company, author, language } = context;
  switch (name) {
    case 'client.name':
      return client.name;
    case 'client.city':
      return client.city;
    case 'client.contactName':
      return client.contactName;
    case 'client.salutation':
      return salutation(client.contactName, language, client.contactSalutation ?? '');
    case 'offer.number':
      return offer.number;
    case 'offer.title':
      return offer.title;
    case 'offer.date':
      return formatDocumentDate(offer.date, language);
    case 'offer.validUntil':
      return formatDocumentDate(offer.validUntil, language);
    case 'offer.termMonths':
      return String(offer.termMonths);
    case 'company.name':
      return company.name;
    case 'company.city':
      return company.city;
    case 'author.name':
      return author.name;
    case 'author.position':
      return author.position;
  }
}

/** The distinct placeholder names in a text (trimmed), in order of first appearance. */
export function findPlaceholders(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  return [...names];
}

/** Fills the known placeholders; unknown ones stay visible in the text and are listed. */
export function fillPlaceholders(text: string, context: PlaceholderContext): FilledText {
  const unknown = new Set<string>();
  const empty = new Set<PlaceholderName>();
  const filled = text.replace(PLACEHOLDER, (whole, rawName: string) => {
    if (!isKnown(rawName)) {
      unknown.add(rawName);
      return whole;
    }
    const value = placeholderValue(rawName, context);
    if (value.trim() === '') empty.add(rawName);
    return value;
  });
  return { text: filled, unknown: [...unknown], empty: [...empty] };
}

/** The placeholder as it is written in a text: `{{client.name}}`. */
export const placeholderToken = (name: string): string => `{{${name}}}`;
