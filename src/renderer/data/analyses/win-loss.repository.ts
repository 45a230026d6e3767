import { z } from 'zod';
import { catalogKinds, lossReasons, opportunityInputSchema } from '#shared/domain';
import type { LossReason, Opportunity, OpportunityInput } from '#shared/domain';
import { priceObservationInputSchema } from '#shared/domain/analyses';
import type { PriceObservationInput } from '#shared/domain/analyses';
import { localDate } from '#shared/offers/status';
import type { QuotientDb, SyncedRow } from '../core/database';
import { RowNotFoundError, ValidationError, parseInput } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import { queueOpportunityChange } from '../pipeline/opportunities.repository';
import { commit, loadRow, patchRow, queueNew, toEntity } from '../core/write';
import type { WriteBatch, WriteContext } from '../core/write';
import { checkPriceObservations } from './price-observations.repository';

/** The short loss form (issue 12); '' where unknown. */
export type LossInput = {
  lossReason: LossReason;
  /** The competitor it was lost to ('' unknown). */
  lostToCompetitorId: string;
  /** Their price ('' unknown); with it, a price observation is recorded. */
  lostToPrice: string;
  /** Their price against ours in percent (negative: cheaper; '' unknown). */
  lostPriceGapPct: string;
  /** What their price was for: a catalog item, or else a catalog kind as a category. */
  catalogItemId?: string;
  category?: string;
};

/** Win/loss facts on opportunities: the competitors in play and the loss form. */
export type WinLossRepository = {
  /**
   * In one write: sets the opportunity's loss fields (the competitor it was lost to joins the
   * competitors in play) and, when their price is given, records it as a price observation
   * (source 'loss', this opportunity, observed today, EUR; a second call changes that one
   * observation, a call without a price deletes it). Everything is checked first: a
   * ValidationError (bad values; a price needs the competitor and an item or a category) or a
   * RowNotFoundError (unknown opportunity, competitor, item) writes nothing.
   */
  recordLoss(opportunityId: string, input: LossInput): Promise<Opportunity>;
  /**
   * Sets the competitors in play and the incumbent ('' none, else one of them). A competitor
   * newly put in play must exist and not be deleted; ones already in play may stay.
   */
  setCompetitorsInPlay(
    opportunityId: string,
    competitorIds: readonly string[],
    incumbentId: string,
  ): Promise<Opportunity>;
};

const shape = opportunityInputSchema.shape;
const lossInputSchema = z.object({
  lossReason: z.enum(lossReasons),
  lostToCompetitorId: z.string().max(64),
  lostToPrice: shape.lostToPrice.unwrap(),
  lostPriceGapPct: shape.lostPriceGapPct.unwrap(),
  catalogItemId: z.string().max(64).default(''),
  category: z.union([z.literal(''), z.enum(catalogKinds)]).default(''),
});

const inPlaySchema = z.object({
  competitorIds: z
    .array(z.string().min(1).max(64))
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'validation.duplicate'),
  incumbentId: z.string().max(64),
});

const issue = (path: PropertyKey[], message: string, input: unknown): ValidationIssue =>
  ({ code: 'custom', path, message, input }) as ValidationIssue;

/** Throws RowNotFoundError unless every id names a competitor that is not deleted. */
async function requireLiveCompetitors(db: QuotientDb, ids: readonly string[]): Promise<void> {
  const rows = await db.competitors.bulkGet([...ids]);
  const missing = ids.find((_id, index) => !rows[index] || rows[index]?.deleted);
  if (missing !== undefined) throw new RowNotFoundError('competitors', missing);
}

/** The observation a loss with a price records; its rule errors named by the loss form's fields. */
function lossObservation(
  opportunityId: string,
  loss: z.output<typeof lossInputSchema>,
  observedOn: string,
  sourceNote: string,
): PriceObservationInput {
  const issues: ValidationIssue[] = [];
  if (loss.lostToCompetitorId === '') {
    issues.push(issue(['lostToCompetitorId'], 'validation.required', ''));
  }
  if ((loss.catalogItemId === '') === (loss.category === '')) {
    issues.push(issue(['catalogItemId'], 'validation.required', loss.catalogItemId));
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return parseInput(priceObservationInputSchema, {
    competitorId: loss.lostToCompetitorId,
    catalogItemId: loss.catalogItemId,
    category: loss.catalogItemId === '' ? loss.category : '',
    price: loss.lostToPrice,
    currency: 'EUR',
    observedOn,
    source: 'loss',
    sourceNote: sourceNote.slice(0, 500),
    opportunityId,
  });
}

/** The live loss observation recorded for an opportunity, if any. */
async function lossObservationOf(
  db: QuotientDb,
  opportunityId: string,
): Promise<SyncedRow['priceObservations'] | undefined> {
  const rows = await db.priceObservations
    .filter((row) => row.opportunityId === opportunityId)
    .toArray();
  return rows
    .filter((row) => !row.deleted && row.source === 'loss')
    .sort((a, b) => (a.id < b.id ? -1 : 1))[0];
}

/** Queues the opportunity change, or throws its ValidationError. */
async function queueChange(
  db: QuotientDb,
  batch: WriteBatch,
  stamp: Parameters<typeof queueOpportunityChange>[0]['stamp'],
  opportunity: SyncedRow['opportunities'],
  next: Partial<OpportunityInput>,
): Promise<Opportunity> {
  return toEntity(await queueOpportunityChange({ db, batch, stamp, opportunity, next }));
}

/** The win/loss repository: writes through the opportunities' write path (field-by-field outbox). */
export function createWinLossRepository(ctx: WriteContext): WinLossRepository {
  const { db } = ctx;
  return {
    async recordLoss(opportunityId, input) {
      const loss = parseInput(lossInputSchema, input);
      const tables = [
        'opportunities',
        'clients',
        'competitors',
        'catalogItems',
        'priceObservations',
      ] as const;
      return commit(ctx, tables, async (batch, stamp) => {
        const opportunity = await loadRow(db, 'opportunities', opportunityId);
        if (loss.lostToCompetitorId !== '') {
          const inPlay = opportunity.competitorIds ?? [];
          const known = inPlay.includes(loss.lostToCompetitorId);
          // One already in play may since have been deleted; a new one must be live.
          if (known) await loadRow(db, 'competitors', loss.lostToCompetitorId);
          else await requireLiveCompetitors(db, [loss.lostToCompetitorId]);
        }
        const client = await db.clients.get(opportunity.clientId);
        const previous = await lossObservationOf(db, opportunityId);
        let observation: PriceObservationInput | undefined;
        if (loss.lostToPrice !== '') {
          observation = lossObservation(
            opportunityId,
            loss,
            localDate(stamp.at),
            client?.name ?? '',
          );
          await checkPriceObservations(db, batch, [observation]);
        }
        const inPlay = opportunity.competitorIds ?? [];
        const joins = loss.lostToCompetitorId !== '' && !inPlay.includes(loss.lostToCompetitorId);
        const row = await queueChange(db, batch, stamp, opportunity, {
          lossReason: loss.lossReason,
          lostToCompetitorId: loss.lostToCompetitorId,
          lostToPrice: loss.lostToPrice,
          lostPriceGapPct: loss.lostPriceGapPct,
          ...(joins ? { competitorIds: [...inPlay, loss.lostToCompetitorId] } : {}),
        });
        if (observation && !previous) {
          queueNew({ batch, stamp, table: 'priceObservations', fields: observation });
        } else if (previous) {
          const next = observation ?? { deleted: true };
          batch.put(
            'priceObservations',
            patchRow({ table: 'priceObservations', existing: previous, next, stamp }),
          );
        }
        return row;
      });
    },
    async setCompetitorsInPlay(opportunityId, competitorIds, incumbentId) {
      const parsed = parseInput(inPlaySchema, { competitorIds, incumbentId });
      if (parsed.incumbentId !== '' && !parsed.competitorIds.includes(parsed.incumbentId)) {
        throw new ValidationError([issue(['incumbentId'], 'validation.invalid', incumbentId)]);
      }
      return commit(ctx, ['opportunities', 'competitors'], async (batch, stamp) => {
        const opportunity = await loadRow(db, 'opportunities', opportunityId);
        const before = new Set(opportunity.competitorIds ?? []);
        await requireLiveCompetitors(
          db,
          parsed.competitorIds.filter((id) => !before.has(id)),
        );
        return queueChange(db, batch, stamp, opportunity, {
          competitorIds: parsed.competitorIds,
          incumbentId: parsed.incumbentId,
        });
      });
    },
  };
}
