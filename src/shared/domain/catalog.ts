import { z } from 'zod';
import {
  currencySchema,
  decimalStringSchema,
  msg,
  nonNegativeDecimalSchema,
  optionalText,
  requiredText,
  type RowMeta,
} from './common';

export const catalogKinds = [
  'hardware',
  'software',
  'subscription',
  'service',
  'travel',
  'other',
] as const;
export type CatalogKind = (typeof catalogKinds)[number];

export const units = ['piece', 'licence', 'user', 'person-day', 'hour', 'month', 'flat'] as const;
export type Unit = (typeof units)[number];

export const billingKinds = ['one-time', 'monthly', 'yearly'] as const;
export type BillingKind = (typeof billingKinds)[number];

/** The VAT rates Quotient knows (German standard, reduced, exempt). */
export const vatRates = ['19', '7', '0'] as const;
export type VatRate = (typeof vatRates)[number];
export const vatRateSchema = z.enum(vatRates, { message: 'validation.vatRate' });

/** A percentage 0–100 as a decimal string ("12.5"). */
export const percentStringSchema = decimalStringSchema.refine((value) => {
  const number = Number(value);
  return number >= 0 && number <= 100;
}, msg.percent);

export const catalogItemInputSchema = z.object({
  /** Article number / SKU, free text, unique by convention (not enforced offline). */
  sku: optionalText(60),
  name: requiredText(200),
  kind: z.enum(catalogKinds),
  unit: z.enum(units),
  purchasePrice: z.union([z.literal(''), nonNegativeDecimalSchema]),
  listPrice: nonNegativeDecimalSchema,
  currency: currencySchema,
  vatPct: vatRateSchema,
  billing: z.enum(billingKinds),
  description: optionalText(10_000),
  /** For service items: the rate-card role whose day rate and cost apply. */
  roleId: z.string().max(64),
  /** SHA-256 of the datasheet in the documents table, '' when none. */
  datasheetSha256: z.string().regex(/^([0-9a-f]{64})?$/),
  datasheetName: optionalText(200),
  active: z.boolean(),
});
export type CatalogItemInput = z.infer<typeof catalogItemInputSchema>;
export type CatalogItem = CatalogItemInput & RowMeta;

export const emptyCatalogItemInput = (): CatalogItemInput => ({
  sku: '',
  name: '',
  kind: 'hardware',
  unit: 'piece',
  purchasePrice: '',
  listPrice: '0.00',
  currency: 'EUR',
  vatPct: '19',
  billing: 'one-time',
  description: '',
  roleId: '',
  datasheetSha256: '',
  datasheetName: '',
  active: true,
});

export const bundleInputSchema = z.object({
  name: requiredText(200),
  description: optionalText(5_000),
  items: z
    .array(
      z.object({ catalogItemId: z.string().min(1).max(64), quantity: nonNegativeDecimalSchema }),
    )
    .min(1, msg.required)
    .max(200),
  active: z.boolean(),
  /** Inserted into an offer as one package (contents listed without their prices). Absent = false. */
  pricedAsPackage: z.boolean().optional(),
});
export type BundleInput = z.infer<typeof bundleInputSchema>;
export type Bundle = BundleInput & RowMeta;

/** A rate card entry: a role with its day rate (sales) and internal cost per day. */
export const roleInputSchema = z.object({
  name: requiredText(120),
  dayRate: nonNegativeDecimalSchema,
  costPerDay: nonNegativeDecimalSchema,
  currency: currencySchema,
  active: z.boolean(),
  /**
   * People of this role available to projects (issue 15's resource view: capacity per week =
   * people × working days). Absent on older rows: 1.
   */
  capacity: z.number().int().min(0).max(999).optional(),
});
export type RoleInput = z.infer<typeof roleInputSchema>;
export type Role = RoleInput & RowMeta;
