import type { Offer, OfferStatus } from '../../shared/domain';
import { newId } from '../../shared/ids';
import { canonicalOfferContent, sha256Hex } from '../../shared/offers/content-hash';
import type { QuotientDb, StoredOffer, StoredOfferChapter } from './database';
import { OfferChangedError, OfferLockedError } from './errors';
import { copyOfferContent } from './offer-copy';
import { requireRootOpen, revisionsOf } from './offer-guard';
import { byPosition } from './positions';
import { commit, contentFields, loadRow, newRow, patchRow, toEntity } from './write';
import type { RowFields, Stamp, WriteBatch, WriteContext } from './write';

/** Kept so older callers compile; markSent computes the hash itself and ignores this. */
export type MarkSentOptions = { contentHash?: string };

export type OfferLifecycle = {
  markSent(id: string, options?: MarkSentOptions): Promise<Offer>;
  accept(id: string): Promise<Offer>;
  reject(id: string): Promise<Offer>;
  revise(id: string): Promise<Offer>;
};

/** The tables a revision's frozen content is read from. */
const FREEZE_TABLES = [
  'offers',
  'offerSections',
  'offerLines',
  'offerChapters',
  'textBlocks',
] as const;
const CONTENT_TABLES = ['offers', 'offerSections', 'offerLines', 'offerChapters'] as const;

/** Queues a new offer row under `id`. */
export function queueOffer(
  batch: WriteBatch,
  stamp: Stamp,
  fields: RowFields<StoredOffer>,
  id: string,
): StoredOffer {
  const written = newRow<StoredOffer>({ table: 'offers', id, fields, stamp });
  batch.add('offers', written);
  return written.row;
}

/**
 * Queues a draft copy of `source` under `id` with its sections, lines and chapters: its fields,
 * then `overrides`, with the lifecycle reset. `keepOrigins` keeps the lines' origin ids (a
 * revision) instead of starting new ones (a duplicate).
 */
export async function queueDraftCopy({
  db,
  batch,
  stamp,
  source,
  id,
  overrides,
  keepOrigins,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  source: StoredOffer;
  id: string;
  overrides: Partial<RowFields<StoredOffer>>;
  keepOrigins: boolean;
}): Promise<StoredOffer> {
  const fields = {
    ...contentFields(source),
    ...overrides,
    status: 'draft',
    sentAt: '',
    contentHash: '',
    acceptedAt: '',
  } as const;
  const row = queueOffer(batch, stamp, fields, id);
  await copyOfferContent({ db, batch, stamp, fromOfferId: source.id, toOfferId: id, keepOrigins });
  return row;
}

type BlockText = { title: string; body: string };
/** What markSent freezes: the offer, its hashed text, and its chapters with their blocks' text. */
type FrozenContent = {
  offer: StoredOffer;
  canonical: string;
  /** Everything that must not change between hashing and writing, chapters included. */
  check: string;
  chapters: { row: StoredOfferChapter; block: BlockText | null }[];
};

/** Reads an offer's live content; must run inside a transaction over FREEZE_TABLES. */
async function readFrozenContent(db: QuotientDb, id: string): Promise<FrozenContent> {
  const offer = await loadRow(db, 'offers', id);
  const [sections, lines, chapterRows] = await Promise.all([
    db.offerSections.where('offerId').equals(id).toArray(),
    db.offerLines.where('offerId').equals(id).toArray(),
    db.offerChapters.where('offerId').equals(id).toArray(),
  ]);
  const liveSections = sections.filter((row) => !row.deleted);
  const sectionIds = new Set(liveSections.map((row) => row.id));
  // A line left live in a deleted section is shown nowhere, so it is not sent either.
  const liveLines = lines.filter((row) => !row.deleted && sectionIds.has(row.sectionId));
  const liveChapters = chapterRows.filter((row) => !row.deleted).sort(byPosition);
  const blocks = await db.textBlocks.bulkGet(liveChapters.map((row) => row.textBlockId));
  const chapters = liveChapters.map((row, index) => {
    const block = blocks[index];
    return {
      row,
      block: block && !block.deleted ? { title: block.title, body: block.body } : null,
    };
  });
  const canonical = canonicalOfferContent({ offer, sections: liveSections, lines: liveLines });
  const chapterCheck = chapters.map(({ row, block }) => [
    row.id,
    row.position,
    row.textBlockId,
    block,
  ]);
  return { offer, canonical, check: JSON.stringify([canonical, chapterCheck]), chapters };
}

/** markSent, accept, reject and revise of the offers repository. */
export function createOfferLifecycle(ctx: WriteContext): OfferLifecycle {
  const { db } = ctx;

  /** Queues a status change and supersedes the root's other revisions in `supersede`. */
  const transition = async (
    batch: WriteBatch,
    stamp: Stamp,
    offer: StoredOffer,
    next: Partial<StoredOffer>,
    supersede: readonly OfferStatus[],
  ): Promise<Offer> => {
    const written = patchRow({ table: 'offers', existing: offer, next, stamp });
    batch.put('offers', written);
    if (supersede.length > 0) {
      for (const other of await revisionsOf(db, offer.rootId)) {
        if (other.id === offer.id || !supersede.includes(other.status)) continue;
        // A deleted draft stays as it is; restoring it is refused once the root is accepted.
        if (other.status === 'draft' && other.deleted) continue;
        const existing = batch.pending('offers', other.id) ?? other;
        const status: OfferStatus = 'superseded';
        batch.put('offers', patchRow({ table: 'offers', existing, next: { status }, stamp }));
      }
    }
    return toEntity(written?.row ?? offer);
  };

  /** Runs a status change on one offer that must be in `from`, its root not accepted. */
  const changeStatus = (
    id: string,
    from: OfferStatus,
    action: string,
    next: (stamp: Stamp) => Partial<StoredOffer>,
    supersede: readonly OfferStatus[],
  ) =>
    commit(ctx, ['offers'], async (batch, stamp) => {
      const offer = await loadRow(db, 'offers', id);
      if (offer.status !== from) throw new OfferLockedError(id, offer.status, action);
      await requireRootOpen(db, offer, action);
      return transition(batch, stamp, offer, next(stamp), supersede);
    });

  return {
    async markSent(id) {
      // Web Crypto is async, and awaiting it inside a Dexie transaction would commit it early:
      // hash a consistent read, then check in the write that nothing changed meanwhile.
      const hashed = await db.transaction('r', FREEZE_TABLES, () => readFrozenContent(db, id));
      const contentHash = await sha256Hex(hashed.canonical);
      return commit(ctx, FREEZE_TABLES, async (batch, stamp) => {
        const current = await readFrozenContent(db, id);
        const { offer } = current;
        if (offer.status !== 'draft') throw new OfferLockedError(id, offer.status, 'send');
        await requireRootOpen(db, offer, 'send');
        if (current.check !== hashed.check) throw new OfferChangedError(id);
        // Freeze each chapter's text: later edits of the library block must not change what was sent.
        for (const { row, block } of current.chapters) {
          if (!block) continue;
          batch.put(
            'offerChapters',
            patchRow({ table: 'offerChapters', existing: row, next: block, stamp }),
          );
        }
        const next = { status: 'sent' as const, sentAt: stamp.at, contentHash };
        return transition(batch, stamp, offer, next, ['sent']);
      });
    },
    accept: (id) =>
      changeStatus(
        id,
        'sent',
        'accept',
        (stamp) => ({ status: 'accepted', acceptedAt: stamp.at }),
        // An open draft revision would be a second way to change an accepted offer.
        ['sent', 'draft'],
      ),
    reject: (id) => changeStatus(id, 'sent', 'reject', () => ({ status: 'rejected' }), []),
    revise(id) {
      return commit(ctx, CONTENT_TABLES, async (batch, stamp) => {
        const source = await loadRow(db, 'offers', id);
        if (source.status !== 'sent' && source.status !== 'rejected') {
          throw new OfferLockedError(id, source.status, 'revise');
        }
        await requireRootOpen(db, source, 'revise');
        const revisions = await revisionsOf(db, source.rootId);
        const draft = revisions.find((row) => row.status === 'draft' && !row.deleted);
        if (draft) return toEntity(draft);
        const revision = Math.max(...revisions.map((row) => row.revision)) + 1;
        const row = await queueDraftCopy({
          db,
          batch,
          stamp,
          source,
          id: newId(),
          overrides: { revision },
          keepOrigins: true,
        });
        return toEntity(row);
      });
    },
  };
}
