import { z } from 'zod';
import { billingKinds, percentStringSchema, units, vatRateSchema } from './catalog';
import {
  currencySchema,
  decimalStringSchema,
  isoDateSchema,
  languageSchema,
  msg,
  nonNegativeDecimalSchema,
  optionalText,
  requiredText,
  type RowMeta,
} from './common';

export const offerStatuses = ['draft', 'sent', 'accepted', 'rejected', 'superseded'] as const;
/** Stored status; `expired` is derived (sent and past its validity date), never stored. */
export type OfferStatus = (typeof offerStatuses)[number];
export type OfferDisplayStatus = OfferStatus | 'expired';

/** A positive exchange rate with up to 6 decimals: 1 EUR = rate units of the offer currency. */
export const exchangeRateSchema = decimalStringSchema.refine(
  (value) => Number(value) > 0,
  'validation.exchangeRate',
);

/** What the user edits on an offer (one revision). */
export const offerInputSchema = z
  .object({
    clientId: z.string().min(1).max(64),
    opportunityId: z.string().max(64),
    /** The client's contact person the offer is addressed to ('' for none; absent on older rows). */
    contactId: z.string().max(64).optional(),
    title: requiredText(200),
    date: isoDateSchema,
    validUntil: isoDateSchema,
    currency: currencySchema,
    /** '' for EUR; otherwise frozen on the offer when it is created or the currency changes. */
    exchangeRate: z.union([z.literal(''), exchangeRateSchema]),
    language: languageSchema,
    paymentTermsDays: z.number().int().min(0).max(365),
    cashDiscountPct: z.union([z.literal(''), percentStringSchema]),
    cashDiscountDays: z.number().int().min(0).max(365),
    termMonths: z.number().int().min(0).max(240),
    discountPct: z.union([z.literal(''), percentStringSchema]),
    reverseCharge: z.boolean(),
    /** Remembered per offer: hides cost and margin so the screen can face the customer. */
    customerView: z.boolean(),
    notes: optionalText(10_000),
    /** Why the customer rejected the offer, recorded with the rejection (absent on older rows). */
    rejectionReason: optionalText(500).optional(),
    /**
     * The competitor-matrix analysis whose "Warum wir" / "Why us" chapter the proposal carries
     * ('' or absent: none; issue 12).
     */
    whyUsAnalysisId: z.string().max(64).optional(),
  })
  .superRefine((offer, ctx) => {
    if (offer.currency !== 'EUR' && offer.exchangeRate === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['exchangeRate'],
        message: 'validation.exchangeRateMissing',
      });
    }
    if (offer.validUntil < offer.date) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'validation.validUntil' });
    }
  });
export type OfferInput = z.infer<typeof offerInputSchema>;

/** Fields the repository owns: numbering, revisions, status. */
export type OfferMeta = {
  number: string;
  revision: number;
  /** The id of revision 1: all revisions of one offer share it. */
  rootId: string;
  /** Offers created as variants of one another share a group id ('' when none). */
  variantGroupId: string;
  variantName: string;
  status: OfferStatus;
  sentAt: string;
  /** SHA-256 of the canonical content, stored when the revision is sent (frozen). */
  contentHash: string;
  acceptedAt: string;
};
export type Offer = OfferInput & OfferMeta & RowMeta;

export const offerSectionInputSchema = z.object({
  offerId: z.string().min(1).max(64),
  title: requiredText(200),
  position: z.string().min(1),
  /**
   * Priced as one package (a bundle inserted that way): documents list the contents without
   * their prices and show the section's sum per billing kind as the package price. Absent = false.
   */
  package: z.boolean().optional(),
});
export type OfferSectionInput = z.infer<typeof offerSectionInputSchema>;
export type OfferSection = OfferSectionInput & RowMeta;

export const lineKinds = ['normal', 'optional', 'alternative'] as const;
export type LineKind = (typeof lineKinds)[number];

/** Three-point estimate of a service line in person-days, plus a risk surcharge. */
export const estimateSchema = z.object({
  optimistic: nonNegativeDecimalSchema,
  mostLikely: nonNegativeDecimalSchema,
  pessimistic: nonNegativeDecimalSchema,
  riskPct: percentStringSchema,
});
export type Estimate = z.infer<typeof estimateSchema>;

/**
 * What a stored offer line holds. An alternative may still lack the line it replaces while the
 * user chooses it: the check before sending (shared/offers/preflight) reports it as an error.
 */
export const offerLineFieldsSchema = z.object({
  offerId: z.string().min(1).max(64),
  sectionId: z.string().min(1).max(64),
  position: z.string().min(1),
  /** Stable across revisions: the diff pairs lines by it. */
  originId: z.string().min(1).max(64),
  catalogItemId: z.string().max(64),
  roleId: z.string().max(64),
  name: requiredText(300),
  description: optionalText(5_000),
  quantity: nonNegativeDecimalSchema,
  unit: z.enum(units),
  unitPrice: decimalStringSchema,
  discountPct: z.union([z.literal(''), percentStringSchema]),
  vatPct: vatRateSchema,
  billing: z.enum(billingKinds),
  unitCost: z.union([z.literal(''), nonNegativeDecimalSchema]),
  kind: z.enum(lineKinds),
  /** For alternative lines: the originId of the line it replaces ('' = not chosen yet). */
  replacesOriginId: z.string().max(64),
  estimate: z.union([z.null(), estimateSchema]),
  /** A deliberate negative price (credit, trade-in); absent on older rows means false. */
  credit: z.boolean().optional(),
});

/** A complete line, as an import must bring it: an alternative names the line it replaces. */
export const offerLineInputSchema = offerLineFieldsSchema.superRefine((line, ctx) => {
  if (line.kind === 'alternative' && line.replacesOriginId === '') {
    ctx.addIssue({ code: 'custom', path: ['replacesOriginId'], message: msg.required });
  }
});
export type OfferLineInput = z.infer<typeof offerLineInputSchema>;
export type OfferLine = OfferLineInput & RowMeta;

/** Settings for offers, synced with the team. */
export const offerSettingsSchema = z.object({
  /** e.g. `A-{YYYY}-{initials}-{seq:4}`; must contain {initials} or {device}. */
  numberScheme: requiredText(80),
  defaultValidityDays: z.number().int().min(1).max(365),
  defaultPaymentTermsDays: z.number().int().min(0).max(365),
  defaultTermMonths: z.number().int().min(0).max(240),
  /** Lines and offers below this margin % are flagged; '' = no warning. */
  minMarginPct: z.union([z.literal(''), percentStringSchema]),
  /** 1 EUR = rate units of the currency, used when an offer switches currency. */
  exchangeRates: z.object({
    CHF: exchangeRateSchema,
    USD: exchangeRateSchema,
    GBP: exchangeRateSchema,
  }),
});
export type OfferSettings = z.infer<typeof offerSettingsSchema>;

export const defaultOfferSettings = (): OfferSettings => ({
  numberScheme: 'A-{YYYY}-{initials}-{seq:4}',
  defaultValidityDays: 30,
  defaultPaymentTermsDays: 14,
  defaultTermMonths: 36,
  minMarginPct: '20',
  exchangeRates: { CHF: '0.94', USD: '1.08', GBP: '0.85' },
});
