import { z } from 'zod';
import { offerSectionInputSchema } from '#shared/domain';
import type { OfferSection } from '#shared/domain';
import type { QuotientDb, StoredOfferSection, SyncedRow } from '../core/database';
import { RowNotFoundError, parseInput } from '../core/errors';
import { requireDraft } from './offer-guard';
import { byPosition, lastPosition, placeAmong } from '../core/positions';
import type { Placement } from '../core/positions';
import { commit, loadRow, newRow, patchRow, toEntity } from '../core/write';
import type { RowFields, Stamp, WriteBatch, WriteContext } from '../core/write';

export type OfferSectionAddInput = {
  offerId: string;
  title: string;
  after?: string;
  /** Priced as one package (a bundle inserted that way); absent = false. */
  package?: boolean;
};

export type OfferSectionsRepository = {
  /** Adds a section after `after` (a section of the offer) or at the end. */
  add(input: OfferSectionAddInput): Promise<OfferSection>;
  rename(id: string, title: string): Promise<OfferSection>;
  /** Switches the section to package pricing (contents without their prices) and back. */
  setPackage(id: string, priced: boolean): Promise<OfferSection>;
  /** Moves a section between its neighbours in the same offer (end when none is given). */
  move(id: string, to: Placement): Promise<OfferSection>;
  /** Soft-deletes the section and its live lines in one write (one stamp). */
  remove(id: string): Promise<void>;
  /** Restores the section and exactly the lines its removal deleted. */
  restore(id: string): Promise<void>;
  get(id: string): Promise<OfferSection | undefined>;
  /** The offer's sections not deleted, by position. */
  listByOffer(offerId: string): Promise<OfferSection[]>;
};

const addSchema = offerSectionInputSchema
  .pick({ offerId: true, title: true, package: true })
  .extend({
    after: z.string().min(1).optional(),
  });
const titleSchema = offerSectionInputSchema.shape.title;
const packageSchema = z.boolean();
const placementSchema = z.object({
  after: z.string().min(1).optional(),
  before: z.string().min(1).optional(),
});

/** Every section of an offer, deleted ones included. */
export const sectionsOf = (db: QuotientDb, offerId: string) =>
  db.offerSections.where('offerId').equals(offerId).toArray();

/** Loads a live section of `offerId` inside a write, or throws RowNotFoundError. */
export async function requireSection(
  db: QuotientDb,
  offerId: string,
  sectionId: string,
): Promise<StoredOfferSection> {
  const section = await db.offerSections.get(sectionId);
  if (!section || section.deleted || section.offerId !== offerId) {
    throw new RowNotFoundError('offerSections', sectionId);
  }
  return section;
}

/** Queues the position change of a sibling that shared its key with another. */
export function queueRespread<T extends 'offerSections' | 'offerLines' | 'offerChapters'>(
  batch: WriteBatch,
  stamp: Stamp,
  table: T,
  respread: { row: SyncedRow[T]; position: string } | undefined,
): void {
  if (!respread) return;
  const next = { position: respread.position } as Partial<RowFields<SyncedRow[T]>>;
  batch.put(table, patchRow({ table, existing: respread.row, next, stamp }));
}

/** The offer sections repository; every write requires its offer to be a draft. */
export function createOfferSectionsRepository(ctx: WriteContext): OfferSectionsRepository {
  const { db } = ctx;
  const tables = ['offers', 'offerSections'] as const;
  const withLines = ['offers', 'offerSections', 'offerLines'] as const;

  const setDeleted = (id: string, deleted: boolean) =>
    commit(ctx, withLines, async (batch, stamp) => {
      const section = await loadRow(db, 'offerSections', id);
      await requireDraft(
        db,
        section.offerId,
        deleted ? 'delete a section of' : 'restore a section of',
      );
      if (section.deleted === deleted) return;
      // Lines deleted with the section carry its `deleted` stamp; restore brings back just those.
      const stampOfRemoval = section.fieldClocks.deleted;
      const lines = await db.offerLines.where('sectionId').equals(id).toArray();
      for (const line of lines) {
        const affected = deleted
          ? !line.deleted
          : line.deleted && line.fieldClocks.deleted === stampOfRemoval;
        if (affected) {
          batch.put(
            'offerLines',
            patchRow({ table: 'offerLines', existing: line, next: { deleted }, stamp }),
          );
        }
      }
      batch.put(
        'offerSections',
        patchRow({ table: 'offerSections', existing: section, next: { deleted }, stamp }),
      );
    });

  return {
    async add(input) {
      const { offerId, title, after, package: priced } = parseInput(addSchema, input);
      return commit(ctx, tables, async (batch, stamp) => {
        await requireDraft(db, offerId, 'add a section to');
        const all = await sectionsOf(db, offerId);
        const live = all.filter((row) => !row.deleted).sort(byPosition);
        const placed = placeAmong(live, { after }, lastPosition(all));
        queueRespread(batch, stamp, 'offerSections', placed.respread);
        const written = newRow<StoredOfferSection>({
          table: 'offerSections',
          // Only a package section carries the field: older rows and plain sections lack it.
          fields: {
            offerId,
            title,
            position: placed.position,
            ...(priced ? { package: true } : {}),
          },
          stamp,
        });
        batch.add('offerSections', written);
        return toEntity(written.row);
      });
    },
    async rename(id, title) {
      const parsed = parseInput(titleSchema, title, ['title']);
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'offerSections', id);
        await requireDraft(db, existing.offerId, 'rename a section of');
        const written = patchRow({
          table: 'offerSections',
          existing,
          next: { title: parsed },
          stamp,
        });
        batch.put('offerSections', written);
        return toEntity(written?.row ?? existing);
      });
    },
    async setPackage(id, priced) {
      const parsed = parseInput(packageSchema, priced, ['package']);
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'offerSections', id);
        await requireDraft(db, existing.offerId, 'change the pricing of a section of');
        if ((existing.package ?? false) === parsed) return toEntity(existing);
        const written = patchRow({
          table: 'offerSections',
          existing,
          next: { package: parsed },
          stamp,
        });
        batch.put('offerSections', written);
        return toEntity(written?.row ?? existing);
      });
    },
    async move(id, to) {
      const placement = parseInput(placementSchema, to);
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'offerSections', id);
        await requireDraft(db, existing.offerId, 'move a section of');
        const all = (await sectionsOf(db, existing.offerId)).filter((row) => row.id !== id);
        const live = all.filter((row) => !row.deleted).sort(byPosition);
        const placed = placeAmong(live, placement, lastPosition(all));
        queueRespread(batch, stamp, 'offerSections', placed.respread);
        const next = { position: placed.position };
        const written = patchRow({ table: 'offerSections', existing, next, stamp });
        batch.put('offerSections', written);
        return toEntity(written?.row ?? existing);
      });
    },
    remove: (id) => setDeleted(id, true),
    restore: (id) => setDeleted(id, false),
    async get(id) {
      const row = await db.offerSections.get(id);
      return row && toEntity(row);
    },
    async listByOffer(offerId) {
      const rows = await sectionsOf(db, offerId);
      return rows
        .filter((row) => !row.deleted)
        .map(toEntity)
        .sort(byPosition);
    },
  };
}
