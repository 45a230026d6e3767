import { z } from 'zod';
import { offerLineFieldsSchema, offerLineInputSchema } from '#shared/domain';
import type { OfferLine, OfferLineInput } from '#shared/domain';
import { newId } from '#shared/ids';
import { RowNotFoundError, SectionDeletedError, parseInput, parseMany } from '../core/errors';
import { createOrderedChildRepository } from '../core/ordered-child.repository';
import { boardMoveSchema, byPosition } from '../core/positions';
import type { BoardMove } from '../core/positions';
import { contentFields, definedOnly, loadRow, omitKeys, patchRow, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import { draftGuard, requireDraft } from './offer-guard';
import { requireSection, sectionsOf } from './offer-sections.repository';

/** A new line: the repository assigns position and originId (the line's own id). */
export type OfferLineNewInput = Omit<OfferLineInput, 'position' | 'originId'>;
/** A new line placed right after the line `after` of its section, or at the section's end. */
export type OfferLineAddInput = OfferLineNewInput & { after?: string };
/** What update may change; offer, section, position (see move) and originId stay. */
export type OfferLinePatch = Partial<
  Omit<OfferLineInput, 'offerId' | 'sectionId' | 'position' | 'originId'>
>;
/** Where a line goes: the section (of the same offer), optionally between two of its lines. */
export type OfferLineMove = BoardMove<'sectionId'>;

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
const moveSchema = boardMoveSchema('sectionId', z.string().min(1).max(64));

/** A new line with its id, which is also its originId. */
const withOrigin = <F extends object>(fields: F) => {
  const id = newId();
  return { ...fields, id, originId: id };
};

/** The offer lines repository; every write requires its offer to be a draft. */
export function createOfferLinesRepository(ctx: WriteContext): OfferLinesRepository {
  const { db } = ctx;
  const lines = createOrderedChildRepository({
    ctx,
    table: 'offerLines',
    parentKey: 'sectionId',
    tables: ['offers', 'offerSections'],
    guard: draftGuard('line'),
    check: async (database, _batch, line) => {
      await requireSection(database, line.offerId, line.sectionId);
    },
    // A line back in a deleted section would count in totals yet show nowhere.
    onSetDeleted: async (_write, line, deleted) => {
      if (deleted) return;
      const section = await db.offerSections.get(line.sectionId);
      if (!section || section.deleted) throw new SectionDeletedError(line.id, line.sectionId);
    },
  });

  return {
    async add(input) {
      const { after } = parseInput(afterSchema, input);
      const parsed = parseInput(offerLineInputSchema, { ...input, ...PENDING });
      return lines.add(withOrigin(omitKeys(parsed, ['originId'])), { after });
    },
    async addMany(inputs) {
      const parsed = parseMany(
        offerLineInputSchema,
        inputs.map((input) => ({ ...input, ...PENDING })),
      );
      return lines.addMany(parsed.map((fields) => withOrigin(omitKeys(fields, ['originId']))));
    },
    update(id, patch) {
      return lines.write(async (batch, stamp) => {
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
      return lines.move(id, { after, before }, sectionId);
    },
    duplicate(id) {
      return lines.write(async (batch, stamp) => {
        const original = await loadRow(db, 'offerLines', id);
        if (original.deleted) throw new RowNotFoundError('offerLines', id);
        const copy = withOrigin(omitKeys(contentFields(original), ['originId']));
        return lines.queueAdd({ batch, stamp }, copy, { after: id });
      });
    },
    remove: lines.remove,
    restore: lines.restore,
    get: lines.get,
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
