import { Dexie } from 'dexie';
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';
import { opportunityInputSchema, opportunityStages, stageProbability } from '#shared/domain';
import type { Opportunity, OpportunityInput, OpportunityStage } from '#shared/domain';
import type { QuotientDb, StoredOpportunity } from '../core/database';
import { parseInput, parseMany } from '../core/errors';
import {
  commit,
  definedOnly,
  loadRow,
  newRow,
  patchRow,
  requireClients,
  setDeleted,
  toEntity,
} from '../core/write';
import type { Stamp, WriteBatch, WriteContext } from '../core/write';

/** New opportunities may leave out the position (appended to the stage) and the probability (the stage's default). */
export type OpportunityCreateInput = Omit<OpportunityInput, 'position' | 'probability'> & {
  position?: string;
  probability?: number;
};

/** Where a card goes: the stage, and optionally the card it lands `after` (above) and/or `before` (below). */
export type OpportunityMove = { stage: OpportunityStage; after?: string; before?: string };

export type OpportunitiesRepository = {
  create(input: OpportunityCreateInput): Promise<Opportunity>;
  update(id: string, patch: Partial<OpportunityInput>): Promise<Opportunity>;
  /**
   * Moves a card between its neighbours (end of the stage when none is given). Entering a new
   * stage with the old stage's default probability takes the new stage's default.
   */
  move(id: string, to: OpportunityMove): Promise<Opportunity>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  get(id: string): Promise<Opportunity | undefined>;
  /** Opportunities not deleted, by stage (pipeline order), then position. */
  list(): Promise<Opportunity[]>;
  listByClient(clientId: string): Promise<Opportunity[]>;
  /** Creates all or none; inputs without position are appended to their stage in input order. */
  bulkCreate(inputs: readonly OpportunityCreateInput[]): Promise<Opportunity[]>;
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
const moveSchema = z.object({
  stage: z.enum(opportunityStages),
  after: z.string().min(1).optional(),
  before: z.string().min(1).optional(),
});

const stageOrder = (stage: OpportunityStage): number => opportunityStages.indexOf(stage);

/** Pipeline order: stage, position, then id (ties come from concurrent inserts on two devices). */
export const byStageAndPosition = (a: Opportunity, b: Opportunity): number =>
  stageOrder(a.stage) - stageOrder(b.stage) ||
  (a.position < b.position ? -1 : a.position > b.position ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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
  const tables = ['opportunities', 'clients'] as const;

  const createMany = (all: ParsedOpportunityCreate[]) =>
    commit(ctx, tables, async (batch, stamp) => {
      await requireClients(
        db,
        batch,
        all.map((input) => input.clientId),
      );
      const placed = await assignPositions(db, all);
      return placed.map((fields) => {
        const written = newRow<StoredOpportunity>({ table: 'opportunities', fields, stamp });
        batch.add('opportunities', written);
        return toEntity(written.row);
      });
    });

  return {
    async create(input) {
      const [created] = await createMany([parseInput(opportunityCreateSchema, input)]);
      return created as Opportunity;
    },
    update(id, patch) {
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'opportunities', id);
        const fields = parseInput(updateSchema, { ...existing, ...definedOnly(patch) });
        if (fields.clientId !== existing.clientId)
          await requireClients(db, batch, [fields.clientId]);
        const written = patchRow({ table: 'opportunities', existing, next: fields, stamp });
        batch.put('opportunities', written);
        return toEntity(written?.row ?? existing);
      });
    },
    async move(id, to) {
      const { stage, after, before } = parseInput(moveSchema, to);
      return commit(ctx, ['opportunities'], async (batch, stamp) => {
        const card = await loadRow(db, 'opportunities', id);
        const column = await stageRows(db, stage)
          .filter((row) => !row.deleted && row.id !== id)
          .toArray();
        const indexOf = (neighbour: string): number => {
          const index = column.findIndex((row) => row.id === neighbour);
          if (index < 0)
            throw new RangeError(`Opportunity ${neighbour} is not a card of stage ${stage}`);
          return index;
        };
        const upperIndex = before !== undefined ? indexOf(before) : undefined;
        const lowerIndex =
          after !== undefined
            ? indexOf(after)
            : upperIndex !== undefined
              ? upperIndex - 1
              : column.length - 1;
        const resolvedUpper = upperIndex ?? (after !== undefined ? lowerIndex + 1 : column.length);
        if (lowerIndex >= resolvedUpper) {
          throw new RangeError(`Card ${after} is not above card ${before} in stage ${stage}`);
        }
        const lower = column[lowerIndex];
        const upper = column[resolvedUpper];
        let upperKey = upper?.position ?? null;
        if (lower && upper && lower.position >= upper.position) {
          // Two devices appended at once and gave both cards one key: spread them first.
          const ceiling = column.find((row) => row.position > lower.position)?.position ?? null;
          upperKey = generateKeyBetween(lower.position, ceiling);
          batch.put(
            'opportunities',
            patchRow({
              table: 'opportunities',
              existing: upper,
              next: { position: upperKey },
              stamp,
            }),
          );
        }
        const next: Partial<OpportunityInput> = {
          stage,
          position: generateKeyBetween(lower?.position ?? null, upperKey),
        };
        if (stage !== card.stage && card.probability === stageProbability[card.stage]) {
          next.probability = stageProbability[stage];
        }
        const written = patchRow({ table: 'opportunities', existing: card, next, stamp });
        batch.put('opportunities', written);
        return toEntity(written?.row ?? card);
      });
    },
    remove: (id) => setDeleted(ctx, 'opportunities', id, true),
    restore: (id) => setDeleted(ctx, 'opportunities', id, false),
    async get(id) {
      const row = await db.opportunities.get(id);
      return row && toEntity(row);
    },
    async list() {
      const rows = (await db.opportunities.toArray()).filter((row) => !row.deleted);
      return rows.map(toEntity).sort(byStageAndPosition);
    },
    async listByClient(clientId) {
      const rows = await db.opportunities
        .where('clientId')
        .equals(clientId)
        .filter((row) => !row.deleted)
        .toArray();
      return rows.map(toEntity).sort(byStageAndPosition);
    },
    async bulkCreate(inputs) {
      return createMany(parseMany(opportunityCreateSchema, inputs));
    },
  };
}
