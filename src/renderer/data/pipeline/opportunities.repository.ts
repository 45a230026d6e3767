import { Dexie } from 'dexie';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';
import { opportunityInputSchema, opportunityStages, stageProbability } from '#shared/domain';
import type { Opportunity, OpportunityInput, OpportunityStage } from '#shared/domain';
import type { QuotientDb, StoredOpportunity } from '../core/database';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { parseInput } from '../core/errors';
import { boardMoveSchema, byPosition, placeInWrite } from '../core/positions';
import type { BoardMove } from '../core/positions';
import { commit, definedOnly, loadRow, omitKeys, patchRow, toEntity } from '../core/write';
import type { Stamp, WriteBatch, WriteContext } from '../core/write';

/** New opportunities may leave out the position (appended to the stage) and the probability (the stage's default). */
export type OpportunityCreateInput = Omit<OpportunityInput, 'position' | 'probability'> & {
  position?: string;
  probability?: number;
};

/** Where a card goes: the stage, and optionally the card it lands `after` (above) and/or `before` (below). */
export type OpportunityMove = BoardMove<'stage', OpportunityStage>;

/**
 * Opportunities on the pipeline board. `list` is by stage (pipeline order), then position;
 * bulkCreate appends inputs without a position to their stage in input order.
 */
export type OpportunitiesRepository = EntityRepository<
  OpportunityInput,
  Opportunity,
  OpportunityCreateInput
> & {
  /**
   * Moves a card between its neighbours (end of the stage when none is given). Entering a new
   * stage with the old stage's default probability takes the new stage's default.
   */
  move(id: string, to: OpportunityMove): Promise<Opportunity>;
  listByClient(clientId: string): Promise<Opportunity[]>;
};

/** True for a key fractional-indexing can place other keys around. */
export function isPositionKey(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

const positionSchema = opportunityInputSchema.shape.position.refine(
  isPositionKey,
  'validation.position',
);
const updateSchema = opportunityInputSchema.extend({ position: positionSchema });
export const opportunityCreateSchema = opportunityInputSchema.extend({
  position: positionSchema.optional(),
  probability: opportunityInputSchema.shape.probability.optional(),
});
/** A validated create input (position and probability still optional). */
export type ParsedOpportunityCreate = z.output<typeof opportunityCreateSchema>;
const moveSchema = boardMoveSchema('stage', z.enum(opportunityStages));

const stageOrder = (stage: OpportunityStage): number => opportunityStages.indexOf(stage);

/** Pipeline order: stage, position, then id (ties come from concurrent inserts on two devices). */
export const byStageAndPosition = (a: Opportunity, b: Opportunity): number =>
  stageOrder(a.stage) - stageOrder(b.stage) || byPosition(a, b);

/** All cards of a stage in board order, deleted ones included when asked. */
function stageRows(db: QuotientDb, stage: OpportunityStage) {
  return db.opportunities
    .where('[stage+position]')
    .between([stage, Dexie.minKey], [stage, Dexie.maxKey]);
}

/**
 * Queues a change of an opportunity inside another write (an offer's step in the pipeline);
 * a new stage puts the card at the end of that stage's column. The row as queued.
 */
export async function queueOpportunityChange({
  db,
  batch,
  stamp,
  opportunity,
  next,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  opportunity: StoredOpportunity;
  next: Partial<OpportunityInput>;
}): Promise<StoredOpportunity> {
  const fields = parseInput(updateSchema, { ...opportunity, ...definedOnly(next) });
  const patch: Partial<OpportunityInput> = { ...next };
  if (fields.stage !== opportunity.stage) {
    // Deleted cards count too, as in assignPositions.
    const last = await stageRows(db, fields.stage).last();
    patch.position = generateKeyBetween(last?.position ?? null, null);
  }
  const written = patchRow({ table: 'opportunities', existing: opportunity, next: patch, stamp });
  batch.put('opportunities', written);
  return written?.row ?? opportunity;
}

/** Gives inputs without a position consecutive keys after the last card of their stage. */
export async function assignPositions(
  db: QuotientDb,
  inputs: readonly ParsedOpportunityCreate[],
): Promise<OpportunityInput[]> {
  const missing = new Map<OpportunityStage, number>();
  for (const input of inputs) {
    if (input.position === undefined) missing.set(input.stage, (missing.get(input.stage) ?? 0) + 1);
  }
  const fresh = new Map<OpportunityStage, string[]>();
  for (const [stage, count] of missing) {
    // Deleted cards count too, so a restored card does not collide with a new one.
    const last = await stageRows(db, stage).last();
    fresh.set(stage, generateNKeysBetween(last?.position ?? null, null, count));
  }
  return inputs.map((input) => ({
    ...input,
    // generateNKeysBetween made exactly one key per input without a position.
    position: input.position ?? (fresh.get(input.stage)?.shift() as string),
    probability: input.probability ?? stageProbability[input.stage],
  }));
}

/** The opportunities repository over a write context. */
export function createOpportunitiesRepository(ctx: WriteContext): OpportunitiesRepository {
  const { db } = ctx;
  const opportunities = createEntityRepository({
    ctx,
    table: 'opportunities',
    schema: updateSchema,
    createSchema: opportunityCreateSchema,
    prepare: assignPositions,
    references: { clientId: 'clients' },
    compare: byStageAndPosition,
  });
  return {
    ...omitKeys(opportunities, ['listBy']),
    listByClient: (clientId) => opportunities.listBy('clientId', clientId),
    async move(id, to) {
      const { stage, after, before } = parseInput(moveSchema, to);
      return commit(ctx, ['opportunities'], async (batch, stamp) => {
        const card = await loadRow(db, 'opportunities', id);
        const rows = (await stageRows(db, stage).toArray()).filter((row) => row.id !== id);
        const placement = { after, before };
        const position = placeInWrite({ batch, stamp, table: 'opportunities', rows, placement });
        const next: Partial<OpportunityInput> = { stage, position };
        if (stage !== card.stage && card.probability === stageProbability[card.stage]) {
          next.probability = stageProbability[stage];
        }
        const written = patchRow({ table: 'opportunities', existing: card, next, stamp });
        batch.put('opportunities', written);
        return toEntity(written?.row ?? card);
      });
    },
  };
}
