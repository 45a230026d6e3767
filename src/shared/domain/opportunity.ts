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
});
export type OpportunityInput = z.infer<typeof opportunityInputSchema>;
export type Opportunity = OpportunityInput & RowMeta;
