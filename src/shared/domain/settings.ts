import { z } from 'zod';
import {
  isValidBic,
  isValidIban,
  isValidPostalCode,
  isValidVatId,
  normalizeBic,
  normalizeIban,
  normalizeVatId,
} from '../validation';
import { languageSchema, msg, optionalText, requiredText } from './common';
import { countrySchema } from './client';

/** The company profile (synced, shared by the team); documents print it. */
export const companyProfileSchema = z
  .object({
    name: requiredText(200),
    street: optionalText(200),
    postalCode: optionalText(20),
    city: optionalText(100),
    country: countrySchema,
    vatId: optionalText(30).transform(normalizeVatId),
    taxNumber: optionalText(40),
    /** "GmbH", "AG", "e.K." …; empty: read from the end of the name. */
    legalForm: optionalText(40).optional(),
    /** Sitz der Gesellschaft (§ 35a GmbHG, § 80 AktG), e.g. "München". Optional: older rows lack it. */
    registeredSeat: optionalText(100).optional(),
    commercialRegister: optionalText(120),
    /** All managing directors (for an AG: the members of the Vorstand), comma-separated. */
    managingDirectors: optionalText(300),
    /** An AG's Aufsichtsratsvorsitzende(r) (§ 80 AktG). */
    supervisoryBoardChair: optionalText(100).optional(),
    bankName: optionalText(120),
    iban: optionalText(42).transform(normalizeIban),
    bic: optionalText(15).transform(normalizeBic),
    email: z.union([z.literal(''), z.string().trim().email(msg.email)]),
    phone: optionalText(40),
    website: optionalText(200),
    /** Logo as a data URL (PNG/JPEG/SVG), at most ~512 KB. */
    logo: z
      .string()
      .max(700_000)
      .regex(/^(data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+)?$/),
    brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, msg.color),
  })
  .superRefine((company, ctx) => {
    if (company.postalCode !== '' && !isValidPostalCode(company.country, company.postalCode)) {
      ctx.addIssue({ code: 'custom', path: ['postalCode'], message: msg.postalCode });
    }
    if (company.vatId !== '' && !isValidVatId(company.vatId)) {
      ctx.addIssue({ code: 'custom', path: ['vatId'], message: msg.vatId });
    }
    if (company.iban !== '' && !isValidIban(company.iban)) {
      ctx.addIssue({ code: 'custom', path: ['iban'], message: msg.iban });
    }
    if (company.bic !== '' && !isValidBic(company.bic)) {
      ctx.addIssue({ code: 'custom', path: ['bic'], message: msg.bic });
    }
  });
export type CompanyProfile = z.infer<typeof companyProfileSchema>;

export const emptyCompanyProfile = (): CompanyProfile => ({
  name: '',
  street: '',
  postalCode: '',
  city: '',
  country: 'DE',
  vatId: '',
  taxNumber: '',
  legalForm: '',
  registeredSeat: '',
  commercialRegister: '',
  managingDirectors: '',
  supervisoryBoardChair: '',
  bankName: '',
  iban: '',
  bic: '',
  email: '',
  phone: '',
  website: '',
  logo: '',
  brandColor: '#1c5d99',
});

/** The person using this installation: author stamp on records, signature in documents. */
export const userProfileSchema = z.object({
  name: requiredText(120),
  position: optionalText(120),
  email: z.union([z.literal(''), z.string().trim().email(msg.email)]),
  phone: optionalText(40),
  initials: z
    .string()
    .trim()
    .regex(/^[A-Za-zÄÖÜäöü]{1,4}$/, msg.initials)
    .transform((value) => value.toUpperCase()),
});
export type UserProfile = z.infer<typeof userProfileSchema>;

export const uiLanguageSchema = languageSchema;
