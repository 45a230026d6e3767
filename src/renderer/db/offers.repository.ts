import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { offerInputSchema, requiredText } from '../../shared/domain';
import type { Language, Offer, OfferInput, OfferStatus } from '../../shared/domain';
import { newId } from '../../shared/ids';
import { diffFields } from '../../shared/sync/change';
import type { StoredOffer, StoredOfferSection } from './database';
import { OfferLockedError, parseInput } from './errors';
import { copyOfferContent } from './offer-copy';
import { nextOfferNumber } from './offer-number';
import { readOfferSettings } from './offer-settings.repository';
import {
  commit,
  contentFields,
  definedOnly,
  loadRow,
  newRow,
  patchRow,
  requireClients,
  toEntity,
} from './write';
import type { Stamp, WriteBatch, WriteContext } from './write';

export type OfferDuplicateOptions = { variantName?: string };

export type OffersRepository = {
  /** A draft, revision 1, numbered from the scheme, with one first section. */
  create(input: OfferInput): Promise<Offer>;
  /** Drafts only (OfferLockedError otherwise); `customerView` alone may change in any status. */
  update(id: string, patch: Partial<OfferInput>): Promise<Offer>;
  /** Any offer, deleted ones included. */
  get(id: string): Promise<Offer | undefined>;
  /** Offers not deleted (every revision), newest date first, then number and revision descending. */
  list(): Promise<Offer[]>;
  listByClient(clientId: string): Promise<Offer[]>;
  /** The live revisions of one offer, revision ascending. */
  listRevisions(rootId: string): Promise<Offer[]>;
  /** Per variant of the group its latest live revision, in the order the variants were made. */
  listVariants(variantGroupId: string): Promise<Offer[]>;
  /** Soft delete of the offer row (its sections and lines stay); refused for accepted offers. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /** Draft → sent (frozen with its content hash); the root's other sent revisions become superseded. */
  markSent(id: string, args: { contentHash: string }): Promise<Offer>;
  /**
   * From a sent or rejected revision: a draft revision n+1 copying content, sections and lines
   * (new ids, same originIds). When the offer already has a live draft revision, that one is
   * returned; when a revision was accepted, OfferLockedError.
   */
  revise(id: string): Promise<Offer>;
  /** Sent → accepted (read-only from now on); the root's other sent revisions become superseded. */
  accept(id: string): Promise<Offer>;
  /** Sent → rejected. */
  reject(id: string): Promise<Offer>;
  /**
   * A new draft offer (new number, revision 1, dated today) with copied content. With a
   * variantName both offers join one variant group (the source's revisions, any status, too).
   */
  duplicate(id: string, options?: OfferDuplicateOptions): Promise<Offer>;
};

/** The title of an offer's first section, in the offer's document language. */
export const firstSectionTitle: Record<Language, string> = { de: 'Positionen', en: 'Items' };
/** The variant name a source offer gets when it becomes the first variant. */
export const BASE_VARIANT_NAME = 'Basis';

const contentHashSchema = z.object({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'validation.contentHash'),
});
const duplicateSchema = z.object({ variantName: requiredText(80).optional() });

/** Calendar date of an instant in local time, `YYYY-MM-DD`. */
export function localDate(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DD` plus whole days. */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: Offer, b: Offer): number =>
  compare(b.date, a.date) || compare(b.number, a.number) || compare(b.revision, a.revision);

/** The offers repository over a write context. */
export function createOffersRepository(ctx: WriteContext): OffersRepository {
  const { db } = ctx;
  const contentTables = ['offers', 'offerSections', 'offerLines'] as const;
  const numberTables = [...contentTables, 'clients', 'settings', 'local'] as const;

  const revisionsOf = (rootId: string) => db.offers.where('rootId').equals(rootId).toArray();

  /** Queues a status change and supersedes the root's other sent revisions when asked. */
  const transition = async (
    batch: WriteBatch,
    stamp: Stamp,
    offer: StoredOffer,
    next: Partial<StoredOffer>,
    supersede: boolean,
  ): Promise<Offer> => {
    const written = patchRow({ table: 'offers', existing: offer, next, stamp });
    batch.put('offers', written);
    if (supersede) {
      for (const other of await revisionsOf(offer.rootId)) {
        if (other.id === offer.id || other.status !== 'sent') continue;
        const existing = batch.pending('offers', other.id) ?? other;
        const status: OfferStatus = 'superseded';
        batch.put('offers', patchRow({ table: 'offers', existing, next: { status }, stamp }));
      }
    }
    return toEntity(written?.row ?? offer);
  };

  /** Runs a status change on one offer that must be in `from`. */
  const changeStatus = (
    id: string,
    from: OfferStatus,
    action: string,
    next: (offer: StoredOffer, stamp: Stamp) => Partial<StoredOffer>,
    supersede: boolean,
  ) =>
    commit(ctx, ['offers'], async (batch, stamp) => {
      const offer = await loadRow(db, 'offers', id);
      if (offer.status !== from) throw new OfferLockedError(id, offer.status, action);
      return transition(batch, stamp, offer, next(offer, stamp), supersede);
    });

  /** Queues a new offer row (and, for a fresh offer, its first section). */
  const queueOffer = (
    batch: WriteBatch,
    stamp: Stamp,
    fields: Omit<
      StoredOffer,
      'id' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'deleted' | 'fieldClocks'
    >,
    id: string,
  ): StoredOffer => {
    const written = newRow<StoredOffer>({ table: 'offers', id, fields, stamp });
    batch.add('offers', written);
    return written.row;
  };

  return {
    async create(input) {
      const fields = parseInput(offerInputSchema, input);
      return commit(ctx, numberTables, async (batch, stamp) => {
        await requireClients(db, batch, [fields.clientId]);
        const number = await nextOfferNumber({ db, nodeId: ctx.clock.nodeId, date: fields.date });
        const id = newId();
        const row = queueOffer(
          batch,
          stamp,
          {
            ...fields,
            number,
            revision: 1,
            rootId: id,
            variantGroupId: '',
            variantName: '',
            status: 'draft',
            sentAt: '',
            contentHash: '',
            acceptedAt: '',
          },
          id,
        );
        batch.add(
          'offerSections',
          newRow<StoredOfferSection>({
            table: 'offerSections',
            fields: {
              offerId: id,
              title: firstSectionTitle[fields.language],
              position: generateKeyBetween(null, null),
            },
            stamp,
          }),
        );
        return toEntity(row);
      });
    },
    update(id, patch) {
      return commit(ctx, ['offers', 'clients'], async (batch, stamp) => {
        const existing = await loadRow(db, 'offers', id);
        const fields = parseInput(offerInputSchema, {
          ...existing,
          ...definedOnly(patch),
        });
        if (existing.status !== 'draft') {
          // The customer view is a view preference, not content: it may change after sending.
          const changed = diffFields({ before: existing, after: fields });
          if (changed.some(({ field }) => field !== 'customerView')) {
            throw new OfferLockedError(id, existing.status, 'change');
          }
        }
        if (fields.clientId !== existing.clientId)
          await requireClients(db, batch, [fields.clientId]);
        const written = patchRow({ table: 'offers', existing, next: fields, stamp });
        batch.put('offers', written);
        return toEntity(written?.row ?? existing);
      });
    },
    async get(id) {
      const row = await db.offers.get(id);
      return row && toEntity(row);
    },
    async list() {
      const rows = await db.offers.toArray();
      return rows
        .filter((row) => !row.deleted)
        .map(toEntity)
        .sort(newestFirst);
    },
    async listByClient(clientId) {
      const rows = await db.offers.where('clientId').equals(clientId).toArray();
      return rows
        .filter((row) => !row.deleted)
        .map(toEntity)
        .sort(newestFirst);
    },
    async listRevisions(rootId) {
      const rows = await revisionsOf(rootId);
      return rows
        .filter((row) => !row.deleted)
        .map(toEntity)
        .sort((a, b) => a.revision - b.revision);
    },
    async listVariants(variantGroupId) {
      if (variantGroupId === '') return [];
      const rows = await db.offers.where('variantGroupId').equals(variantGroupId).toArray();
      const latest = new Map<string, StoredOffer>();
      for (const row of rows) {
        if (row.deleted) continue;
        const seen = latest.get(row.rootId);
        if (!seen || row.revision > seen.revision) latest.set(row.rootId, row);
      }
      // Root ids are UUIDv7: their order is the order the variants were made.
      return [...latest.values()].sort((a, b) => compare(a.rootId, b.rootId)).map(toEntity);
    },
    remove(id) {
      return commit(ctx, ['offers'], async (batch, stamp) => {
        const existing = await loadRow(db, 'offers', id);
        if (existing.status === 'accepted') throw new OfferLockedError(id, 'accepted', 'delete');
        batch.put(
          'offers',
          patchRow({ table: 'offers', existing, next: { deleted: true }, stamp }),
        );
      });
    },
    restore(id) {
      return commit(ctx, ['offers'], async (batch, stamp) => {
        const existing = await loadRow(db, 'offers', id);
        batch.put(
          'offers',
          patchRow({ table: 'offers', existing, next: { deleted: false }, stamp }),
        );
      });
    },
    async markSent(id, args) {
      const { contentHash } = parseInput(contentHashSchema, args);
      return changeStatus(
        id,
        'draft',
        'send',
        (_offer, stamp) => ({ status: 'sent', sentAt: stamp.at, contentHash }),
        true,
      );
    },
    accept: (id) =>
      changeStatus(
        id,
        'sent',
        'accept',
        (_offer, stamp) => ({ status: 'accepted', acceptedAt: stamp.at }),
        true,
      ),
    reject: (id) => changeStatus(id, 'sent', 'reject', () => ({ status: 'rejected' }), false),
    revise(id) {
      return commit(ctx, contentTables, async (batch, stamp) => {
        const source = await loadRow(db, 'offers', id);
        if (source.status !== 'sent' && source.status !== 'rejected') {
          throw new OfferLockedError(id, source.status, 'revise');
        }
        const revisions = await revisionsOf(source.rootId);
        if (revisions.some((row) => row.status === 'accepted')) {
          throw new OfferLockedError(id, 'accepted', 'revise');
        }
        const draft = revisions.find((row) => row.status === 'draft' && !row.deleted);
        if (draft) return toEntity(draft);
        const revision = Math.max(...revisions.map((row) => row.revision)) + 1;
        const newOfferId = newId();
        const row = queueOffer(
          batch,
          stamp,
          {
            ...contentFields(source),
            revision,
            status: 'draft',
            sentAt: '',
            contentHash: '',
            acceptedAt: '',
          },
          newOfferId,
        );
        await copyOfferContent({
          db,
          batch,
          stamp,
          fromOfferId: id,
          toOfferId: newOfferId,
          keepOrigins: true,
        });
        return toEntity(row);
      });
    },
    async duplicate(id, options = {}) {
      const { variantName } = parseInput(duplicateSchema, options);
      return commit(ctx, numberTables, async (batch, stamp) => {
        const source = await loadRow(db, 'offers', id);
        const settings = await readOfferSettings(db);
        const today = localDate(stamp.at);
        const number = await nextOfferNumber({ db, nodeId: ctx.clock.nodeId, date: today });
        let variantGroupId = '';
        if (variantName !== undefined) {
          variantGroupId = source.variantGroupId || source.id;
          // Variant membership is metadata: it may be set on sent or accepted revisions too.
          for (const revision of await revisionsOf(source.rootId)) {
            const next = {
              variantGroupId: revision.variantGroupId || variantGroupId,
              variantName: revision.variantName || BASE_VARIANT_NAME,
            };
            batch.put('offers', patchRow({ table: 'offers', existing: revision, next, stamp }));
          }
        }
        const newOfferId = newId();
        const row = queueOffer(
          batch,
          stamp,
          {
            ...contentFields(source),
            date: today,
            validUntil: addDays(today, settings.defaultValidityDays),
            number,
            revision: 1,
            rootId: newOfferId,
            variantGroupId,
            variantName: variantName ?? '',
            status: 'draft',
            sentAt: '',
            contentHash: '',
            acceptedAt: '',
          },
          newOfferId,
        );
        await copyOfferContent({
          db,
          batch,
          stamp,
          fromOfferId: id,
          toOfferId: newOfferId,
          keepOrigins: false,
        });
        return toEntity(row);
      });
    },
  };
}
