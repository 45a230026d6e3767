import { z } from 'zod';
import { hasXmlForbiddenCharacters } from '../text/xml-text';
import { isCalendarDate } from './calendar-date';

/**
 * Validation messages are i18n keys (`validation.*`); the renderer translates them,
 * so one schema serves forms, IPC payloads, imports and the server in both languages.
 */
export const msg = {
  required: 'validation.required',
  tooLong: 'validation.tooLong',
  email: 'validation.email',
  phone: 'validation.phone',
  url: 'validation.url',
  vatId: 'validation.vatId',
  iban: 'validation.iban',
  bic: 'validation.bic',
  postalCode: 'validation.postalCode',
  decimal: 'validation.decimal',
  negative: 'validation.negative',
  percent: 'validation.percent',
  date: 'validation.date',
  color: 'validation.color',
  country: 'validation.country',
  initials: 'validation.initials',
  characters: 'validation.characters',
} as const;

export const idSchema = z.string().min(1).max(64);

/** Calendar date as stored: `YYYY-MM-DD`, a day that exists (no 2026-02-30). */
export const isoDateSchema = z.string().refine(isCalendarDate, msg.date);

/** Money and quantities are decimal strings in storage, never numbers. */
export const decimalStringSchema = z
  .string()
  .trim()
  .regex(/^-?\d{1,13}(\.\d{1,6})?$/, msg.decimal);

export const nonNegativeDecimalSchema = decimalStringSchema.refine(
  (value) => !value.startsWith('-'),
  msg.negative,
);

// Control characters and the like would make every document built from the text unreadable.
const documentSafe = (text: string) => !hasXmlForbiddenCharacters(text);

export const requiredText = (max: number) =>
  z.string().trim().min(1, msg.required).max(max, msg.tooLong).refine(documentSafe, msg.characters);
export const optionalText = (max: number) =>
  z.string().trim().max(max, msg.tooLong).refine(documentSafe, msg.characters);

export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);

export const currencies = ['EUR', 'CHF', 'USD', 'GBP'] as const;
export type Currency = (typeof currencies)[number];
export const currencySchema = z.enum(currencies);

/** Fields every synced row carries; the repositories set them, never the forms. */
export const rowMetaSchema = z.object({
  id: idSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  updatedBy: z.string(),
  deleted: z.boolean(),
});
export type RowMeta = z.infer<typeof rowMetaSchema>;
