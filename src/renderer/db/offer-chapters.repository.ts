import { z } from 'zod';
import { offerChapterInputSchema } from '../../shared/domain';
import type { OfferChapterRow, QuotientDb, StoredOfferChapter } from './database';
import { RowNotFoundError, parseInput } from './errors';
import { requireDraft } from './offer-guard';
import { queueRespread } from './offer-sections.repository';
import { byPosition, lastPosition, placeAmong } from './positions';
import type { Placement } from './positions';
import { commit, loadRow, newRow, patchRow, toEntity } from './write';
import type { WriteContext } from './write';

export type OfferChapterAddInput = { offerId: string; textBlockId: string; after?: string };

export type OfferChaptersRepository = {
  /** Adds a library text block after `after` (a chapter of the offer) or at the end. */
  add(input: OfferChapterAddInput): Promise<OfferChapterRow>;
  /** Moves a chapter between its neighbours in the same offer (end when none is given). */
  move(id: string, to: Placement): Promise<OfferChapterRow>;
  /** Soft delete of the chosen chapter (the text block stays in the library). */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Any chapter, deleted ones included. */
  get(id: string): Promise<OfferChapterRow | undefined>;
  /**
   * The offer's chapters not deleted, by position. A sent revision's chapters carry the text
   * block's title and body as sent; prefer those (when non-empty) over the library block.
   */
  listByOffer(offerId: string): Promise<OfferChapterRow[]>;
};

const addSchema = offerChapterInputSchema.pick({ offerId: true, textBlockId: true }).extend({
  after: z.string().min(1).optional(),
});
const placementSchema = z.object({
  after: z.string().min(1).optional(),
  before: z.string().min(1).optional(),
});

/** Every chapter of an offer, deleted ones included. */
export const chaptersOf = (db: QuotientDb, offerId: string) =>
  db.offerChapters.where('offerId').equals(offerId).toArray();

/** The offer chapters repository; every write requires its offer to be a draft. */
export function createOfferChaptersRepository(ctx: WriteContext): OfferChaptersRepository {
  const { db } = ctx;
  const tables = ['offers', 'offerChapters', 'textBlocks'] as const;

  const setDeleted = (id: string, deleted: boolean) =>
    commit(ctx, tables, async (batch, stamp) => {
      const existing = await loadRow(db, 'offerChapters', id);
      await requireDraft(
        db,
        existing.offerId,
        deleted ? 'remove a chapter of' : 'restore a chapter of',
      );
      batch.put(
        'offerChapters',
        patchRow({ table: 'offerChapters', existing, next: { deleted }, stamp }),
      );
    });

  return {
    async add(input) {
      const { offerId, textBlockId, after } = parseInput(addSchema, input);
      return commit(ctx, tables, async (batch, stamp) => {
        await requireDraft(db, offerId, 'add a chapter to');
        const block = await db.textBlocks.get(textBlockId);
        if (!block || block.deleted) throw new RowNotFoundError('textBlocks', textBlockId);
        const all = await chaptersOf(db, offerId);
        const live = all.filter((row) => !row.deleted).sort(byPosition);
        const placed = placeAmong(live, { after }, lastPosition(all));
        queueRespread(batch, stamp, 'offerChapters', placed.respread);
        const written = newRow<StoredOfferChapter>({
          table: 'offerChapters',
          fields: { offerId, textBlockId, position: placed.position },
          stamp,
        });
        batch.add('offerChapters', written);
        return toEntity(written.row);
      });
    },
    async move(id, to) {
      const placement = parseInput(placementSchema, to);
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'offerChapters', id);
        await requireDraft(db, existing.offerId, 'move a chapter of');
        const all = (await chaptersOf(db, existing.offerId)).filter((row) => row.id !== id);
        const live = all.filter((row) => !row.deleted).sort(byPosition);
        const placed = placeAmong(live, placement, lastPosition(all));
        queueRespread(batch, stamp, 'offerChapters', placed.respread);
        const next = { position: placed.position };
        const written = patchRow({ table: 'offerChapters', existing, next, stamp });
        batch.put('offerChapters', written);
        return toEntity(written?.row ?? existing);
      });
    },
    remove: (id) => setDeleted(id, true),
    restore: (id) => setDeleted(id, false),
    async get(id) {
      const row = await db.offerChapters.get(id);
      return row && toEntity(row);
    },
    async listByOffer(offerId) {
      const rows = await chaptersOf(db, offerId);
      return rows
        .filter((row) => !row.deleted)
        .map(toEntity)
        .sort(byPosition);
    },
  };
}
