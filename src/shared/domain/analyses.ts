import { z } from 'zod';
import { percentStringSchema } from './catalog';
import {
  currencySchema,
  idSchema,
  isoDateSchema,
  msg,
  nonNegativeDecimalSchema,
  optionalText,
  requiredText,
  type RowMeta,
} from './common';

/**
 * Market and competitor analyses (issue 12): competitors with their battlecards, attachments and
 * observed prices, and the analyses (SWOT, five forces, competitor matrix, positioning, market
 * size, portfolio). Every table syncs field by field; deletes are soft, so a deleted competitor
 * keeps its history in win/loss.
 */

/** The id that stands for the own company wherever competitors are listed (matrix, positioning). */
export const SELF_ID = 'self';

/** Days after which a profile or battlecard not verified again is shown as stale. */
export const STALE_AFTER_DAYS = 90;

const dateOrEmpty = z.union([z.literal(''), isoDateSchema]);
const percentOrEmpty = z.union([z.literal(''), percentStringSchema]);
const urlOrEmpty = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .max(300, msg.tooLong)
    .regex(/^https?:\/\/[^\s/$.?#][^\s]*$/i, msg.url),
]);

export const competitorSizes = ['small', 'medium', 'large', 'enterprise'] as const;
export type CompetitorSize = (typeof competitorSizes)[number];

export const priceLevels = ['low', 'medium', 'high', 'premium'] as const;
export type PriceLevel = (typeof priceLevels)[number];

export const competitorInputSchema = z.object({
  name: requiredText(200),
  website: urlOrEmpty,
  segment: optionalText(200),
  size: z.union([z.literal(''), z.enum(competitorSizes)]),
  headquarters: optionalText(200),
  strengths: optionalText(5_000),
  weaknesses: optionalText(5_000),
  pricingModel: optionalText(500),
  priceLevel: z.union([z.literal(''), z.enum(priceLevels)]),
  /** Typical discount they grant, in percent ('' unknown). */
  typicalDiscountPct: percentOrEmpty,
  /** Market share in percent ('' unknown). */
  marketSharePct: percentOrEmpty,
  notes: optionalText(10_000),
  /** When someone last checked the profile ('' never): older than STALE_AFTER_DAYS is stale. */
  lastVerified: dateOrEmpty,
});
export type CompetitorInput = z.infer<typeof competitorInputSchema>;
export type Competitor = CompetitorInput & RowMeta;

export const emptyCompetitorInput = (): CompetitorInput => ({
  name: '',
  website: '',
  segment: '',
  size: '',
  headquarters: '',
  strengths: '',
  weaknesses: '',
  pricingModel: '',
  priceLevel: '',
  typicalDiscountPct: '',
  marketSharePct: '',
  notes: '',
  lastVerified: '',
});

/** A file kept on a competitor (datasheet, price list); the bytes live in the blob store. */
export const competitorAttachmentInputSchema = z.object({
  competitorId: idSchema,
  name: requiredText(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().min(0),
  mimeType: z.string().trim().min(1).max(200),
});
export type CompetitorAttachmentInput = z.infer<typeof competitorAttachmentInputSchema>;
export type CompetitorAttachment = CompetitorAttachmentInput & RowMeta;

export const battlecardObjectionSchema = z.object({
  objection: requiredText(1_000),
  answer: requiredText(5_000),
});
export type BattlecardObjection = z.infer<typeof battlecardObjectionSchema>;

/**
 * How to win against one competitor. Texts are Markdown-like as in text blocks. Only the
 * differentiators and proof points may reach a customer ("Warum wir"); traps and landmines are
 * internal.
 */
export const battlecardInputSchema = z.object({
  competitorId: idSchema,
  objections: z.array(battlecardObjectionSchema).max(50),
  differentiators: optionalText(10_000),
  traps: optionalText(10_000),
  landmines: optionalText(10_000),
  proofPoints: optionalText(10_000),
  lastVerified: dateOrEmpty,
});
export type BattlecardInput = z.infer<typeof battlecardInputSchema>;
export type Battlecard = BattlecardInput & RowMeta;

export const emptyBattlecardInput = (competitorId: string): BattlecardInput => ({
  competitorId,
  objections: [],
  differentiators: '',
  traps: '',
  landmines: '',
  proofPoints: '',
  lastVerified: '',
});

export const priceObservationSources = ['loss', 'manual'] as const;
export type PriceObservationSource = (typeof priceObservationSources)[number];

/**
 * A competitor's price seen at a loss or recorded by hand, for one catalog item or for a catalog
 * kind as a category (exactly one of the two). Internal: never printed for a customer.
 */
export const priceObservationInputSchema = z
  .object({
    competitorId: idSchema,
    catalogItemId: z.string().max(64),
    /** A catalog kind ('hardware', 'service', …) when the price is for a category; '' otherwise. */
    category: z.string().max(40),
    price: nonNegativeDecimalSchema,
    currency: currencySchema,
    observedOn: isoDateSchema,
    source: z.enum(priceObservationSources),
    /** Where it was seen: the customer, a tender, a price list ('' unknown). */
    sourceNote: optionalText(500),
    opportunityId: z.string().max(64),
  })
  .refine((value) => (value.catalogItemId === '') !== (value.category === ''), {
    message: msg.required,
    path: ['catalogItemId'],
  });
export type PriceObservationInput = z.infer<typeof priceObservationInputSchema>;
export type PriceObservation = PriceObservationInput & RowMeta;

// ---------------------------------------------------------------------------------------------
// Analyses
// ---------------------------------------------------------------------------------------------

export const analysisKinds = [
  'swot',
  'five-forces',
  'competitor-matrix',
  'positioning',
  'market-size',
  'portfolio',
] as const;
export type AnalysisKind = (typeof analysisKinds)[number];

/** What an analysis is about: the own company, a client, or an opportunity. */
export const analysisSubjects = ['company', 'client', 'opportunity'] as const;
export type AnalysisSubject = (typeof analysisSubjects)[number];

const analysisItem = requiredText(500);
const analysisItems = z.array(analysisItem).max(50);

/** A score 1–5 (five forces, competitor matrix). */
export const ratingSchema = z
  .number()
  .int('validation.rating')
  .min(1, 'validation.rating')
  .max(5, 'validation.rating');

export const swotStrategiesSchema = z.object({
  so: analysisItems,
  st: analysisItems,
  wo: analysisItems,
  wt: analysisItems,
});
export type SwotStrategies = z.infer<typeof swotStrategiesSchema>;

export const fiveForceKeys = [
  'rivalry',
  'threatOfNewEntrants',
  'threatOfSubstitutes',
  'buyerPower',
  'supplierPower',
] as const;
export type FiveForceKey = (typeof fiveForceKeys)[number];

const forceSchema = z.object({ rating: ratingSchema, reason: optionalText(2_000) });
export const fiveForcesDataSchema = z.object({
  rivalry: forceSchema,
  threatOfNewEntrants: forceSchema,
  threatOfSubstitutes: forceSchema,
  buyerPower: forceSchema,
  supplierPower: forceSchema,
});
export type FiveForcesData = z.infer<typeof fiveForcesDataSchema>;

export const matrixCriterionSchema = z.object({
  id: idSchema,
  name: requiredText(200),
  /** Weight in percent as a decimal string; all weights of a matrix sum to exactly 100. */
  weightPct: percentStringSchema,
});
export type MatrixCriterion = z.infer<typeof matrixCriterionSchema>;

/** A participant of the matrix or the positioning: a competitor's id or SELF_ID. */
const participantId = idSchema;

export const positioningPointSchema = z.object({
  competitorId: participantId,
  /** Price index, 100 = market average. */
  priceIndex: nonNegativeDecimalSchema,
  /** Performance score 0–100. */
  performanceScore: percentStringSchema,
  /** Market share in percent: the bubble's size. */
  marketSharePct: percentStringSchema,
});
export type PositioningPoint = z.infer<typeof positioningPointSchema>;

export const marketSizeDataSchema = z.object({
  customers: nonNegativeDecimalSchema,
  revenuePerCustomer: nonNegativeDecimalSchema,
  samPct: percentStringSchema,
  somPct: percentStringSchema,
  currency: currencySchema,
});
export type MarketSizeData = z.infer<typeof marketSizeDataSchema>;

export const portfolioEntrySchema = z.object({
  id: idSchema,
  /** The catalog item the entry stands for ('' for a solution not in the catalog). */
  catalogItemId: z.string().max(64),
  name: requiredText(200),
  /** Market growth in percent per year (may be negative). */
  marketGrowthPct: z
    .string()
    .trim()
    .regex(/^-?\d{1,4}(\.\d{1,2})?$/, msg.decimal),
  /** Own share divided by the largest competitor's share (1.0 = equal). */
  relativeMarketShare: nonNegativeDecimalSchema,
  /** Revenue: the bubble's size. */
  revenue: nonNegativeDecimalSchema,
});
export type PortfolioEntry = z.infer<typeof portfolioEntrySchema>;

/**
 * One analysis. The kind decides which of the optional data fields it carries; each data field
 * is its own synced field, so two people editing different quadrants of a SWOT both keep their
 * edit. Checked per kind by `checkAnalysisData` (a kind's fields must be present and valid).
 */
export const analysisInputSchema = z
  .object({
    kind: z.enum(analysisKinds),
    title: requiredText(200),
    subject: z.enum(analysisSubjects),
    /** The client the analysis is about (subject 'client' or 'opportunity'), '' otherwise. */
    clientId: z.string().max(64),
    /** The opportunity (subject 'opportunity'), '' otherwise. */
    opportunityId: z.string().max(64),
    notes: optionalText(10_000),
    // SWOT
    strengths: analysisItems.optional(),
    weaknesses: analysisItems.optional(),
    opportunities: analysisItems.optional(),
    threats: analysisItems.optional(),
    strategies: swotStrategiesSchema.optional(),
    // Five forces
    forces: fiveForcesDataSchema.optional(),
    // Competitor matrix: criteria × participants (competitor ids and SELF_ID)
    criteria: z.array(matrixCriterionSchema).max(30).optional(),
    participants: z.array(participantId).max(30).optional(),
    scores: z.record(participantId, z.record(idSchema, ratingSchema)).optional(),
    // Price–performance positioning
    positions: z.array(positioningPointSchema).max(30).optional(),
    // Market size
    market: marketSizeDataSchema.optional(),
    // Portfolio (BCG)
    portfolio: z.array(portfolioEntrySchema).max(50).optional(),
  })
  .superRefine((value, context) => {
    for (const issue of checkAnalysisData(value)) context.addIssue({ code: 'custom', ...issue });
  });
export type AnalysisInput = z.infer<typeof analysisInputSchema>;
export type Analysis = AnalysisInput & RowMeta;

/** The data fields each kind carries. */
export const analysisDataFields = {
  swot: ['strengths', 'weaknesses', 'opportunities', 'threats', 'strategies'],
  'five-forces': ['forces'],
  'competitor-matrix': ['criteria', 'participants', 'scores'],
  positioning: ['positions'],
  'market-size': ['market'],
  portfolio: ['portfolio'],
} as const satisfies Record<AnalysisKind, readonly (keyof AnalysisInput)[]>;

type AnalysisShape = z.input<typeof analysisInputSchema>;

/**
 * The rules across fields of one analysis: the kind's data fields are present, the subject has
 * its client or opportunity, a matrix's weights sum to exactly 100 and every participant has a
 * score for every criterion. Messages are i18n keys (`validation.*`).
 */
export function checkAnalysisData(
  value: AnalysisShape,
): { message: string; path: (string | number)[] }[] {
  const issues: { message: string; path: (string | number)[] }[] = [];
  for (const field of analysisDataFields[value.kind]) {
    if (value[field] === undefined) issues.push({ message: msg.required, path: [field] });
  }
  if (value.subject !== 'company' && value.clientId === '') {
    issues.push({ message: msg.required, path: ['clientId'] });
  }
  if (value.subject === 'opportunity' && value.opportunityId === '') {
    issues.push({ message: msg.required, path: ['opportunityId'] });
  }
  if (value.kind === 'competitor-matrix' && value.criteria && value.participants) {
    const hundredths = value.criteria.reduce(
      (sum, criterion) => sum + Math.round(Number(criterion.weightPct) * 100),
      0,
    );
    if (value.criteria.length > 0 && hundredths !== 100_00) {
      issues.push({ message: 'validation.weightsSum', path: ['criteria'] });
    }
    const ids = new Set(value.criteria.map((criterion) => criterion.id));
    if (ids.size !== value.criteria.length) {
      issues.push({ message: 'validation.duplicate', path: ['criteria'] });
    }
    for (const participant of value.participants) {
      const row = value.scores?.[participant];
      if (!row || value.criteria.some((criterion) => row[criterion.id] === undefined)) {
        issues.push({ message: 'validation.rating', path: ['scores', participant] });
      }
    }
  }
  return issues;
}
