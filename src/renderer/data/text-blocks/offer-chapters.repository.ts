import { z } from 'zod';
import { TEXT_BLOCK_BODY_MAX, msg, offerChapterInputSchema } from '#shared/domain';
import type { OfferChapterRow } from '../core/database';
import { RowNotFoundError, parseInput } from '../core/errors';
import { createOrderedChildRepository } from '../core/ordered-child.repository';
import type { Placement } from '../core/positions';
import { loadRow, patchRow, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import { draftGuard, requireDraft } from '../offers/offer-guard';

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

/** The offer chapters repository; every write requires its offer to be a draft. */
export function createOfferChaptersRepository(ctx: WriteContext): OfferChaptersRepository {
  const { db } = ctx;
  const chapters = createOrderedChildRepository({
    ctx,
    table: 'offerChapters',
    parentKey: 'offerId',
    tables: ['offers', 'textBlocks'],
    guard: draftGuard('chapter', 'remove'),
    check: async (database, _batch, { textBlockId }) => {
      const block = await database.textBlocks.get(textBlockId);
      if (!block || block.deleted) throw new RowNotFoundError('textBlocks', textBlockId);
    },
  });

  const setText = (id: string, text: OfferChapterAdaptation, action: string) =>
    chapters.write(async (batch, stamp) => {
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
      return chapters.add({ offerId, textBlockId }, { after });
    },
    move: (id, to) => chapters.move(id, to),
    remove: chapters.remove,
    restore: chapters.restore,
    get: chapters.get,
    listByOffer: chapters.listByParent,
  };
}
