import { z } from 'zod';
import { offerSectionInputSchema } from '#shared/domain';
import type { OfferSection } from '#shared/domain';
import type { QuotientDb, StoredOfferSection } from '../core/database';
import { RowNotFoundError, ValidationError, parseInput } from '../core/errors';
import { createOrderedChildRepository } from '../core/ordered-child.repository';
import type { Placement } from '../core/positions';
import { loadRow, patchRow, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import { draftGuard, requireDraft } from './offer-guard';

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

/** A section the project plan generated (`planPhaseId`): renamed and deleted only by the plan. */
const isPlanSection = (section: { planPhaseId?: string }): boolean =>
  (section.planPhaseId ?? '') !== '';

const planSectionError = (path: string, input: unknown) =>
  new ValidationError([
    { code: 'custom', path: [path], message: 'offers.validation.planSection', input },
  ]);

/** The offer sections repository; every write requires its offer to be a draft. */
export function createOfferSectionsRepository(ctx: WriteContext): OfferSectionsRepository {
  const { db } = ctx;
  const sectionGuard = draftGuard('section');
  const sections = createOrderedChildRepository({
    ctx,
    table: 'offerSections',
    parentKey: 'offerId',
    tables: ['offers', 'offerLines'],
    guard: async (database, section, action) => {
      await sectionGuard(database, section, action);
      // The plan's own writes bypass this repository; here its sections only move.
      if ((action === 'remove' || action === 'restore') && isPlanSection(section)) {
        throw planSectionError('planPhaseId', section.planPhaseId);
      }
    },
    // Lines deleted with the section carry its `deleted` stamp; restore brings back just those.
    onSetDeleted: async ({ batch, stamp }, section, deleted) => {
      const stampOfRemoval = section.fieldClocks.deleted;
      const lines = await db.offerLines.where('sectionId').equals(section.id).toArray();
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
    },
  });

  /** Changes a draft's section; `action` names the change in OfferLockedError. */
  const change = (
    id: string,
    action: string,
    next: (existing: StoredOfferSection) => Partial<OfferSection>,
  ) =>
    sections.write(async (batch, stamp) => {
      const existing = await loadRow(db, 'offerSections', id);
      await requireDraft(db, existing.offerId, action);
      const written = patchRow({ table: 'offerSections', existing, next: next(existing), stamp });
      batch.put('offerSections', written);
      return toEntity(written?.row ?? existing);
    });

  return {
    async add(input) {
      const { offerId, title, after, package: priced } = parseInput(addSchema, input);
      // Only a package section carries the field: older rows and plain sections lack it.
      return sections.add({ offerId, title, ...(priced ? { package: true } : {}) }, { after });
    },
    async rename(id, title) {
      const parsed = parseInput(titleSchema, title, ['title']);
      return change(id, 'rename a section of', (existing) => {
        if (isPlanSection(existing) && existing.title !== parsed) {
          throw planSectionError('title', parsed);
        }
        return { title: parsed };
      });
    },
    async setPackage(id, priced) {
      const parsed = parseInput(packageSchema, priced, ['package']);
      // An absent field is false: switching such a section off records nothing.
      return change(id, 'change the pricing of a section of', (existing) =>
        (existing.package ?? false) === parsed ? {} : { package: parsed },
      );
    },
    move: (id, to) => sections.move(id, to),
    remove: sections.remove,
    restore: sections.restore,
    get: sections.get,
    listByOffer: sections.listByParent,
  };
}
