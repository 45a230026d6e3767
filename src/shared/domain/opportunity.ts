import { z } from 'zod';
import {
  isoDateSchema,
  msg,
  nonNegativeDecimalSchema,
  optionalText,
  requiredText,
  type RowMeta,
} from './common';

export const opportunityStages = [
  'lead',
  'qualified',
  'proposal',
  'negotiation',
  'won',
  'lost',
] as const;
export type OpportunityStage = (typeof opportunityStages)[number];

/** Default win probability when a card moves into a stage; the user may override it. */
export const stageProbability: Record<OpportunityStage, number> = {
  lead: 10,
  qualified: 25,
  proposal: 50,
  negotiation: 75,
  won: 100,
  lost: 0,
};

/** Why an opportunity was lost (issue 12: the short form when it moves to "lost"). */
export const lossReasons = [
  'price',
  'functionality',
  'relationship',
  'timing',
  'no-decision',
  'other',
] as const;
export type LossReason = (typeof lossReasons)[number];

export const opportunityInputSchema = z.object({
  clientId: z.string().min(1),
  title: requiredText(200),
  stage: z.enum(opportunityStages),
  estimatedValue: nonNegativeDecimalSchema,
  probability: z.number().int(msg.percent).min(0, msg.percent).max(100, msg.percent),
  expectedCloseDate: z.union([z.literal(''), isoDateSchema]),
  lostReason: optionalText(500),
  /** Fractional index within the stage column of the pipeline board. */
  position: z.string().min(1),
  // Issue 12 (absent on older rows): the competitors in play, one of them perhaps the incumbent,
  // and the short loss form. A lost opportunity without `lossReason` skipped the form.
  competitorIds: z.array(z.string().min(1).max(64)).max(20).optional(),
  /** The incumbent among `competitorIds` ('' none). */
  incumbentId: z.string().max(64).optional(),
  lossReason: z.enum(lossReasons).optional(),
  /** The competitor it was lost to ('' unknown). */
  lostToCompetitorId: z.string().max(64).optional(),
  /** Their price, when known ('' unknown). */
  lostToPrice: z.union([z.literal(''), nonNegativeDecimalSchema]).optional(),
  /** Their price against ours in percent (negative: cheaper), when known ('' unknown). */
  lostPriceGapPct: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^-?\d{1,3}(\.\d{1,2})?$/, msg.decimal),
    ])
    .optional(),
});
export type OpportunityInput = z.infer<typeof opportunityInputSchema>;
export type Opportunity = OpportunityInput & RowMeta;
