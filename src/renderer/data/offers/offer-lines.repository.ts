import { generateNKeysBetween } from 'fractional-indexing';
import { z } from 'zod';
import { offerLineFieldsSchema, offerLineInputSchema } from '#shared/domain';
import type { OfferLine, OfferLineInput } from '#shared/domain';
import { newId } from '#shared/ids';
import type { QuotientDb, StoredOfferLine } from '../core/database';
import { RowNotFoundError, SectionDeletedError, parseInput, parseMany } from '../core/errors';
import { requireDraft } from './offer-guard';
import { queueRespread, requireSection, sectionsOf } from './offer-sections.repository';
import { byPosition, lastPosition, placeAmong } from '../core/positions';
import {
  commit,
  contentFields,
  definedOnly,
  loadRow,
  newRow,
  omitKeys,
  patchRow,
  toEntity,
} from '../core/write';
import type { Stamp, WriteBatch, WriteContext } from '../core/write';

/** A new line: the repository assigns position and originId (the line's own id). */
export type OfferLineNewInput = Omit<OfferLineInput, 'position' | 'originId'>;
/** A new line placed right after the line `after` of its section, or at the section's end. */
export type OfferLineAddInput = OfferLineNewInput & { after?: string };
/** What update may change; offer, section, position (see move) and originId stay. */
export type OfferLinePatch = Partial<
  Omit<OfferLineInput, 'offerId' | 'sectionId' | 'position' | 'originId'>
>;
/** Where a line goes: the section (of the same offer), optionally between two of its lines. */
export type OfferLineMove = { sectionId: string; after?: string; before?: string };

export type OfferLinesRepository = {
  add(input: OfferLineAddInput): Promise<OfferLine>;
  /** Appends all lines in input order to the ends of their sections in one write (e.g. a bundle). */
  addMany(inputs: readonly OfferLineNewInput[]): Promise<OfferLine[]>;
  update(id: string, patch: OfferLinePatch): Promise<OfferLine>;
  move(id: string, to: OfferLineMove): Promise<OfferLine>;
  /** A copy right after the original, with a new originId. */
  duplicate(id: string): Promise<OfferLine>;
  remove(id: string): Promise<void>;
  /** SectionDeletedError when the line's section is deleted (restore the section instead). */
  restore(id: string): Promise<void>;
  get(id: string): Promise<OfferLine | undefined>;
  /**
   * The offer's lines not deleted whose section is live, by position (positions order lines
   * within a section).
   */
  listByOffer(offerId: string): Promise<OfferLine[]>;
};

// Placeholders so the full line schema (with its refinements) validates new inputs.
const PENDING = { position: 'a0', originId: 'pending' };
const PATCH_FIXED = ['offerId', 'sectionId', 'position', 'originId'] as const;
const afterSchema = z.object({ after: z.string().min(1).optional() });
const moveSchema = z.object({
  sectionId: z.string().min(1).max(64),
  after: z.string().min(1).optional(),
  before: z.string().min(1).optional(),
});

/** Every line of a section, deleted ones included. */
const linesOfSection = (db: QuotientDb, sectionId: string) =>
  db.offerLines.where('sectionId').equals(sectionId).toArray();

/** The offer lines repository; every write requires its offer to be a draft. */
export function createOfferLinesRepository(ctx: WriteContext): OfferLinesRepository {
  const { db } = ctx;
  const tables = ['offers', 'offerSections', 'offerLines'] as const;

  const queueLine = (
    batch: WriteBatch,
    stamp: Stamp,
    fields: Omit<OfferLineInput, 'originId'>,
  ): OfferLine => {
    const id = newId();
    const written = newRow<StoredOfferLine>({
      table: 'offerLines',
      id,
      fields: { ...fields, originId: id },
      stamp,
    });
    batch.add('offerLines', written);
    return toEntity(written.row);
  };

  const setDeleted = (id: string, deleted: boolean) =>
    commit(ctx, tables, async (batch, stamp) => {
      const existing = await loadRow(db, 'offerLines', id);
      await requireDraft(db, existing.offerId, deleted ? 'delete a line of' : 'restore a line of');
      if (!deleted && existing.deleted) {
        // A line back in a deleted section would count in totals yet show nowhere.
        const section = await db.offerSections.get(existing.sectionId);
        if (!section || section.deleted) throw new SectionDeletedError(id, existing.sectionId);
      }
      const next = { deleted };
      batch.put('offerLines', patchRow({ table: 'offerLines', existing, next, stamp }));
    });

  return {
    async add(input) {
      const { after } = parseInput(afterSchema, input);
      const parsed = parseInput(offerLineInputSchema, { ...input, ...PENDING });
      const fields = omitKeys(parsed, ['originId']);
      return commit(ctx, tables, async (batch, stamp) => {
        await requireDraft(db, fields.offerId, 'add a line to');
        await requireSection(db, fields.offerId, fields.sectionId);
        const all = await linesOfSection(db, fields.sectionId);
        const live = all.filter((row) => !row.deleted).sort(byPosition);
        const placed = placeAmong(live, { after }, lastPosition(all));
        queueRespread(batch, stamp, 'offerLines', placed.respread);
        return queueLine(batch, stamp, { ...fields, position: placed.position });
      });
    },
    async addMany(inputs) {
      const parsed = parseMany(
        offerLineInputSchema,
        inputs.map((input) => ({ ...input, ...PENDING })),
      );
      return commit(ctx, tables, async (batch, stamp) => {
        const bySection = new Map<string, number>();
        for (const { offerId, sectionId } of parsed) {
          bySection.set(sectionId, (bySection.get(sectionId) ?? 0) + 1);
          await requireDraft(db, offerId, 'add lines to');
          await requireSection(db, offerId, sectionId);
        }
        const keys = new Map<string, string[]>();
        for (const [sectionId, count] of bySection) {
          const last = lastPosition(await linesOfSection(db, sectionId));
          keys.set(sectionId, generateNKeysBetween(last, null, count));
        }
        return parsed.map(({ originId: _origin, ...fields }) =>
          queueLine(batch, stamp, {
            ...fields,
            // generateNKeysBetween made exactly one key per input of the section.
            position: keys.get(fields.sectionId)?.shift() as string,
          }),
        );
      });
    },
    update(id, patch) {
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'offerLines', id);
        await requireDraft(db, existing.offerId, 'change a line of');
        const changes: Record<string, unknown> = definedOnly(patch);
        for (const key of PATCH_FIXED) delete changes[key];
        // An alternative may wait for its target; the check before sending reports it.
        const fields = parseInput(offerLineFieldsSchema, { ...existing, ...changes });
        const written = patchRow({ table: 'offerLines', existing, next: fields, stamp });
        batch.put('offerLines', written);
        return toEntity(written?.row ?? existing);
      });
    },
    async move(id, to) {
      const { sectionId, after, before } = parseInput(moveSchema, to);
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'offerLines', id);
        await requireDraft(db, existing.offerId, 'move a line of');
        await requireSection(db, existing.offerId, sectionId);
        const all = (await linesOfSection(db, sectionId)).filter((row) => row.id !== id);
        const live = all.filter((row) => !row.deleted).sort(byPosition);
        const placed = placeAmong(live, { after, before }, lastPosition(all));
        queueRespread(batch, stamp, 'offerLines', placed.respread);
        const next = { sectionId, position: placed.position };
        const written = patchRow({ table: 'offerLines', existing, next, stamp });
        batch.put('offerLines', written);
        return toEntity(written?.row ?? existing);
      });
    },
    duplicate(id) {
      return commit(ctx, tables, async (batch, stamp) => {
        const original = await loadRow(db, 'offerLines', id);
        if (original.deleted) throw new RowNotFoundError('offerLines', id);
        await requireDraft(db, original.offerId, 'add a line to');
        const all = await linesOfSection(db, original.sectionId);
        const live = all.filter((row) => !row.deleted).sort(byPosition);
        const placed = placeAmong(live, { after: id }, lastPosition(all));
        queueRespread(batch, stamp, 'offerLines', placed.respread);
        const fields = omitKeys(contentFields(original), ['originId']);
        return queueLine(batch, stamp, { ...fields, position: placed.position });
      });
    },
    remove: (id) => setDeleted(id, true),
    restore: (id) => setDeleted(id, false),
    async get(id) {
      const row = await db.offerLines.get(id);
      return row && toEntity(row);
    },
    async listByOffer(offerId) {
      // Indexed equals + toArray + a JS filter: a Dexie filter walks a cursor, several times slower.
      const [rows, sections] = await Promise.all([
        db.offerLines.where('offerId').equals(offerId).toArray(),
        sectionsOf(db, offerId),
      ]);
      // A line of a deleted (or not yet synced) section is shown nowhere, so it counts nowhere.
      const live = new Set(sections.filter((row) => !row.deleted).map((row) => row.id));
      return rows
        .filter((row) => !row.deleted && live.has(row.sectionId))
        .map(toEntity)
        .sort(byPosition);
    },
  };
}
