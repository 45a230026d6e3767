import { z } from 'zod';
import { TEXT_BLOCK_BODY_MAX, msg, offerChapterInputSchema } from '#shared/domain';
import type { OfferChapterRow, QuotientDb, StoredOfferChapter } from '../core/database';
import { RowNotFoundError, parseInput } from '../core/errors';
import { requireDraft } from '../offers/offer-guard';
import { queueRespread } from '../offers/offer-sections.repository';
import { byPosition, lastPosition, placeAmong } from '../core/positions';
import type { Placement } from '../core/positions';
import { commit, loadRow, newRow, patchRow, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';

export type OfferChapterAddInput = { offerId: string; textBlockId: string; after?: string };
/** A chapter's text for this offer only: document heading and body ('' = the library's). */
export type OfferChapterAdaptation = { title: string; body: string };

/** Longest document heading of an adapted chapter, as for a text block's heading. */
export const CHAPTER_HEADING_MAX = 200;

export type OfferChaptersRepository = {
  /** Adds a library text block after `after` (a chapter of the offer) or at the end. */
  add(input: OfferChapterAddInput): Promise<OfferChapterRow>;
  /** Moves a chapter between its neighbours in the same offer (end when none is given). */
  move(id: string, to: Placement): Promise<OfferChapterRow>;
  /** Soft delete of the chosen chapter (the text block stays in the library). */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /**
   * Adapts a draft's chapter for this offer only: `title` is the document heading, `body` the
   * text ('' = the library block's). The library block is not touched. ValidationError for a
   * heading over 200 or a body over TEXT_BLOCK_BODY_MAX characters, or when both are empty.
   */
  adapt(id: string, adaptation: OfferChapterAdaptation): Promise<OfferChapterRow>;
  /** Drops a draft chapter's adaptation: it follows the library block again. */
  restoreLibraryText(id: string): Promise<OfferChapterRow>;
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
const adaptationSchema = z
  .object({
    title: z.string().trim().max(CHAPTER_HEADING_MAX, msg.tooLong),
    // Not trimmed: the body is markup, its line structure is the user's.
    body: z.string().max(TEXT_BLOCK_BODY_MAX, msg.tooLong),
  })
  .refine((value) => value.title !== '' || value.body.trim() !== '', {
    message: msg.required,
    path: ['body'],
  })
  .transform((value) => ({ title: value.title, body: value.body.trim() === '' ? '' : value.body }));
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

  const setText = (id: string, text: OfferChapterAdaptation, action: string) =>
    commit(ctx, tables, async (batch, stamp) => {
      const existing = await loadRow(db, 'offerChapters', id);
      await requireDraft(db, existing.offerId, action);
      const written = patchRow({ table: 'offerChapters', existing, next: text, stamp });
      batch.put('offerChapters', written);
      return toEntity(written?.row ?? existing);
    });

  return {
    async adapt(id, adaptation) {
      const text = parseInput(adaptationSchema, adaptation);
      return setText(id, text, 'adapt a chapter of');
    },
    restoreLibraryText: (id) =>
      setText(id, { title: '', body: '' }, 'restore the library text of a chapter of'),
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
