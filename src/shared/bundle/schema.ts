import { z } from 'zod';
import {
  billingKinds,
  countrySchema,
  currencySchema,
  decimalStringSchema,
  estimateSchema,
  exchangeRateSchema,
  isoDateSchema,
  languageSchema,
  lineKinds,
  nonNegativeDecimalSchema,
  optionalText,
  percentStringSchema,
  requiredText,
} from '../domain';
import { hasXmlForbiddenCharacters } from '../text/xml-text';
import { crossCheckBundle } from './cross-check';

export const BUNDLE_FORMAT = 'quotient.offer-bundle';
export const BUNDLE_VERSION = 1;

// Optional decimals also accept '' because the app stores "not set" as ''.
const optionalPercent = z.union([z.literal(''), percentStringSchema]).optional();
const optionalAmount = z.union([z.literal(''), nonNegativeDecimalSchema]).optional();
const days = z.number().int().min(0).max(365);

// Loose objects everywhere: a newer Quotient may add fields, and this one must still open the file.
const companySchema = z.looseObject({
  name: requiredText(200),
  street: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: countrySchema,
  // Printed as given: documents must show what the bundle says, checksums are the app's business.
  vatId: optionalText(30),
  iban: optionalText(42),
  taxNumber: optionalText(40).optional(),
  commercialRegister: optionalText(120).optional(),
  managingDirectors: optionalText(300).optional(),
  bankName: optionalText(120).optional(),
  bic: optionalText(15).optional(),
  email: optionalText(200).optional(),
  phone: optionalText(40).optional(),
  website: optionalText(200).optional(),
  brandColor: z
    .union([z.literal(''), z.string().regex(/^#[0-9a-fA-F]{6}$/, 'validation.color')])
    .optional(),
  logo: z
    .string()
    .max(700_000, 'validation.tooLong')
    .regex(/^(data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/=]+)?$/, 'validation.logo')
    .optional(),
});

const clientSchema = z.looseObject({
  name: requiredText(200),
  street: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: countrySchema,
  vatId: optionalText(30).optional(),
  contactName: optionalText(200).optional(),
});

const lineSchema = z.looseObject({
  name: requiredText(300),
  quantity: nonNegativeDecimalSchema,
  /** Free text ("Stk", "PT") or an app unit code ("piece", "person-day"). */
  unit: optionalText(40),
  unitPrice: decimalStringSchema,
  discountPct: optionalPercent,
  /** Any rate 0–100: documents render what the bundle says; the app import accepts 19/7/0. */
  vatPct: percentStringSchema,
  billing: z.enum(billingKinds),
  kind: z.enum(lineKinds).optional(),
  /** Alternative lines: the replaced line as `sections[i].lines[j]` (0-based, within `offer`). */
  replaces: z.string().max(100).optional(),
  description: optionalText(5_000).optional(),
  unitCost: optionalAmount,
  estimate: estimateSchema.nullable().optional(),
  /** A deliberate negative price (credit, trade-in); documents mark it. */
  credit: z.boolean().optional(),
});

const sectionSchema = z.looseObject({
  title: requiredText(200),
  /** Priced as one package: contents without their prices, one price per billing kind. */
  package: z.boolean().optional(),
  lines: z.array(lineSchema).max(10_000),
});

const offerSchema = z.looseObject({
  number: requiredText(60),
  revision: z.number().int().min(1),
  title: requiredText(200),
  date: isoDateSchema,
  validUntil: isoDateSchema,
  currency: currencySchema,
  language: languageSchema,
  discountPct: optionalPercent,
  termMonths: z.number().int().min(0).max(240).optional(),
  reverseCharge: z.boolean().optional(),
  /**
   * 1 EUR = rate units of the offer currency. Optional in every currency: the amounts are in the
   * offer currency already, so documents render without it; the app asks for it on import.
   */
  exchangeRate: z.union([z.literal(''), exchangeRateSchema]).optional(),
  paymentTermsDays: days.optional(),
  cashDiscountPct: optionalPercent,
  cashDiscountDays: days.optional(),
  sections: z.array(sectionSchema).max(1_000),
});

const textBlockSchema = z.looseObject({
  title: requiredText(200),
  body: z
    .string()
    .max(100_000, 'validation.tooLong')
    .refine((body) => !hasXmlForbiddenCharacters(body), 'validation.characters'),
});

const authorSchema = z.looseObject({
  name: optionalText(120),
  position: optionalText(120).optional(),
  email: optionalText(200).optional(),
  phone: optionalText(40).optional(),
});

/** A `*.quotient-offer.json` file: company, client, offer with sections and lines, chapters. */
export const offerBundleSchema = z
  .looseObject({
    format: z.literal(BUNDLE_FORMAT, { error: `must be "${BUNDLE_FORMAT}"` }),
    version: z.literal(BUNDLE_VERSION, {
      error: (issue) =>
        typeof issue.input === 'number' && issue.input > BUNDLE_VERSION
          ? `version ${issue.input} was written by a newer Quotient; this one reads version ${BUNDLE_VERSION}`
          : `must be ${BUNDLE_VERSION}`,
    }),
    company: companySchema,
    client: clientSchema,
    offer: offerSchema,
    textBlocks: z.array(textBlockSchema).max(200).optional(),
    author: authorSchema.optional(),
  })
  .superRefine((bundle, ctx) => {
    for (const problem of crossCheckBundle(bundle)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

/** A parsed, valid bundle (strings trimmed, country codes upper case). */
export type OfferBundle = z.output<typeof offerBundleSchema>;
/** What a bundle file holds before parsing; `offerToBundle` produces this. */
export type OfferBundleInput = z.input<typeof offerBundleSchema>;
export type BundleLine = OfferBundle['offer']['sections'][number]['lines'][number];
