import { z } from 'zod';
import { isValidPhone, isValidPostalCode, isValidVatId, normalizeVatId } from '../validation';
import {
  currencySchema,
  isoDateSchema,
  languageSchema,
  msg,
  optionalText,
  requiredText,
  type RowMeta,
} from './common';

export const legalForms = [
  'GmbH',
  'AG',
  'GmbH & Co. KG',
  'KG',
  'OHG',
  'UG',
  'e.K.',
  'GbR',
  'SE',
  'e.V.',
  'Ltd',
  'Other',
] as const;
export const companySizes = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;

/** ISO 3166-1 alpha-2, upper case. */
export const countrySchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, msg.country));

const websiteSchema = optionalText(200).refine(
  (value) => value === '' || /^(https?:\/\/)?[\w.-]+\.[a-z]{2,}(\/\S*)?$/i.test(value),
  msg.url,
);

/** What a user edits on a client; the form, the demo loader and imports all parse with it. */
export const clientInputSchema = z
  .object({
    name: requiredText(200),
    legalForm: z.union([z.enum(legalForms), z.literal('')]),
    industry: optionalText(100),
    size: z.union([z.enum(companySizes), z.literal('')]),
    website: websiteSchema,
    street: optionalText(200),
    postalCode: optionalText(20),
    city: optionalText(100),
    country: countrySchema,
    vatId: optionalText(30).transform(normalizeVatId),
    language: languageSchema,
    currency: currencySchema,
    tags: z.array(z.string().trim().min(1).max(40)).max(30),
    notes: optionalText(10_000),
  })
  .superRefine((client, ctx) => {
    if (client.postalCode !== '' && !isValidPostalCode(client.country, client.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: msg.postalCode });
    }
    if (client.vatId !== '' && !isValidVatId(client.vatId)) {
      ctx.addIssue({ code: 'custom', path: ['vatId'], message: msg.vatId });
    }
  });
export type ClientInput = z.infer<typeof clientInputSchema>;
export type Client = ClientInput & RowMeta;

export const emptyClientInput = (): ClientInput => ({
  name: '',
  legalForm: '',
  industry: '',
  size: '',
  website: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'DE',
  vatId: '',
  language: 'de',
  currency: 'EUR',
  tags: [],
  notes: '',
});

export const contactInputSchema = z.object({
  clientId: z.string().min(1),
  firstName: optionalText(100),
  lastName: requiredText(100),
  /** How letters address the contact: 'f' Frau/Ms, 'm' Herr/Mr, '' by name (absent on older rows). */
  salutation: z.enum(['', 'f', 'm']).optional(),
  /** An academic title written before the name, e.g. "Dr." or "Prof. Dr." (absent on older rows). */
  title: optionalText(40).optional(),
  role: optionalText(100),
  email: z.union([z.literal(''), z.string().trim().email(msg.email).max(200, msg.tooLong)]),
  phone: optionalText(40).refine((value) => value === '' || isValidPhone(value), msg.phone),
  primary: z.boolean(),
});
export type ContactInput = z.infer<typeof contactInputSchema>;
export type Contact = ContactInput & RowMeta;

export const activityKinds = ['call', 'visit', 'email', 'note', 'fair'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const activityInputSchema = z.object({
  clientId: z.string().min(1),
  kind: z.enum(activityKinds),
  date: isoDateSchema,
  summary: requiredText(5_000),
  // Follow-up fields (Wiedervorlage), optional so rows saved before them stay valid; '' is "none".
  /** The client's contact person the activity concerns. */
  contactId: z.string().max(64).optional(),
  /** What happens next, e.g. "Angebot nachfassen". */
  nextStep: optionalText(500).optional(),
  /** When the next step is due, `YYYY-MM-DD`. */
  dueDate: z.union([z.literal(''), isoDateSchema]).optional(),
  /** The day the follow-up was ticked off, `YYYY-MM-DD`; '' while it is open. */
  completedAt: z.union([z.literal(''), isoDateSchema]).optional(),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;
export type Activity = ActivityInput & RowMeta;
