import { defaultSectionTitles, translatedSectionTitle } from '#shared/offers/section-titles';
import { generateKeyBetween } from 'fractional-indexing';
import { z } from 'zod';
import { offerInputSchema, requiredText } from '#shared/domain';
import type { Language, Offer, OfferInput } from '#shared/domain';
import { newId } from '#shared/ids';
import { liveLinesOf, offerPipelineValue } from '#shared/offers/pipeline';
import { addDays, localDate } from '#shared/offers/status';
import { diffFields } from '#shared/sync/change';
import type { StoredOffer, StoredOfferSection } from '../core/database';
import { OfferLockedError, parseInput } from '../core/errors';
import { requireRootOpen, revisionsOf } from './offer-guard';
import { createOfferLifecycle, queueDraftCopy, queueOffer } from './offer-lifecycle';
import type { MarkSentOptions, RejectOptions, StepOptions } from './offer-lifecycle';
import { PLAN_WRITE_TABLES, regenerateOfferPlanLines } from '../planning/plan-lines';
import { OFFER_PLAN_TABLES } from './offer-copy';
import { nextOfferNumber } from './offer-number';
import { readOfferSettings } from './offer-settings.repository';
import {
  commit,
  definedOnly,
  loadRow,
  newRow,
  patchRow,
  requireClients,
  requireOfClient,
  toEntity,
} from '../core/write';
import type { WriteBatch, WriteContext } from '../core/write';

export type OfferDuplicateOptions = { variantName?: string };

/** An offer's latest revision with its contract value (offer currency) for lists. */
export type OfferSummary = Offer & { value: string };

export type OffersRepository = {
  /** A draft, revision 1, numbered from the scheme, with one first section. */
  create(input: OfferInput): Promise<Offer>;
  /**
   * Drafts of an offer none of whose revisions is accepted (OfferLockedError otherwise);
   * `customerView` alone may change in any status.
   */
  update(id: string, patch: Partial<OfferInput>): Promise<Offer>;
  /** Any offer, deleted ones included. */
  get(id: string): Promise<Offer | undefined>;
  /** Offers not deleted (every revision), newest date first, then number and revision descending. */
  list(): Promise<Offer[]>;
  listByClient(clientId: string): Promise<Offer[]>;
  /** Offers (every live revision) made for one opportunity, newest first. */
  listByOpportunity(opportunityId: string): Promise<Offer[]>;
  /**
   * The latest live revision of each offer of a client or an opportunity, newest first, with
   * its contract value (one-time net plus recurring over the term, after the offer discount).
   */
  listSummaries(filter: { clientId: string } | { opportunityId: string }): Promise<OfferSummary[]>;
  /** The live revisions of one offer, revision ascending. */
  listRevisions(rootId: string): Promise<Offer[]>;
  /** Per variant of the group its latest live revision, in the order the variants were made. */
  listVariants(variantGroupId: string): Promise<Offer[]>;
  /** Soft delete of the offer row (its sections and lines stay); refused for accepted offers. */
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  /**
   * Draft → sent: reads and hashes the content (offer, sections, lines), then freezes it with
   * that hash and snapshots each chapter's text block (title, body) into the chapter row; the
   * root's other sent revisions become superseded. In the same write the offer's opportunity
   * moves to "proposal" with the offer's contract value, and the client gets an activity in
   * `options.language`. OfferChangedError when the content changed in between;
   * `options.contentHash` is ignored.
   */
  markSent(id: string, options?: MarkSentOptions): Promise<Offer>;
  /**
   * From a sent or rejected revision: a draft revision n+1 copying content, sections, lines
   * and chosen chapters (new ids, same originIds). When the offer already has a live draft revision, that one is
   * returned; when a revision was accepted, OfferLockedError.
   */
  revise(id: string): Promise<Offer>;
  /**
   * Sent → accepted (read-only from now on); the root's other sent revisions and its live draft
   * revision become superseded. Refused once any revision of the offer is accepted. The
   * opportunity becomes "won" with the offer's value; the client gets an activity.
   */
  accept(id: string, options?: StepOptions): Promise<Offer>;
  /**
   * Sent → rejected, with `options.reason` on the offer. The opportunity becomes "lost" with the
   * reason unless another of its offers is sent or accepted; the client gets an activity.
   */
  reject(id: string, options?: RejectOptions): Promise<Offer>;
  /**
   * A new draft offer (new number, revision 1, dated today) with copied content. With a
   * variantName both offers join one variant group (the source's revisions, any status, too).
   */
  duplicate(id: string, options?: OfferDuplicateOptions): Promise<Offer>;
};

/** The title of an offer's first section, in the offer's document language. */
export const firstSectionTitle: Record<Language, string> = defaultSectionTitles.first;
/** The variant name a source offer gets when it becomes the first variant. */
export const BASE_VARIANT_NAME = 'Basis';

const duplicateSchema = z.object({ variantName: requiredText(80).optional() });

const compare = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: Offer, b: Offer): number =>
  compare(b.date, a.date) || compare(b.number, a.number) || compare(b.revision, a.revision);

/** The offers repository over a write context. */
export function createOffersRepository(ctx: WriteContext): OffersRepository {
  const { db } = ctx;
  const contentTables = ['offers', 'offerSections', 'offerLines', 'offerChapters'] as const;
  const numberTables = [...contentTables, 'clients', 'settings', 'local'] as const;

  const offersOfClient = async (clientId: string): Promise<Offer[]> => {
    const rows = await db.offers.where('clientId').equals(clientId).toArray();
    return rows
      .filter((row) => !row.deleted)
      .map(toEntity)
      .sort(newestFirst);
  };
  const offersOfOpportunity = async (opportunityId: string): Promise<Offer[]> => {
    if (opportunityId === '') return [];
    const opportunity = await db.opportunities.get(opportunityId);
    if (!opportunity) return [];
    const rows = await db.offers.where('clientId').equals(opportunity.clientId).toArray();
    return rows
      .filter((row) => !row.deleted && row.opportunityId === opportunityId)
      .map(toEntity)
      .sort(newestFirst);
  };

  /** An offer may name an opportunity and a contact person only of its own client (or none: ''). */
  const requireOpportunityOf = (batch: WriteBatch, { opportunityId: id, clientId }: OfferInput) =>
    requireOfClient({
      db,
      batch,
      table: 'opportunities',
      field: 'opportunityId',
      id,
      clientId,
      noun: 'the opportunity',
    });
  const requireContactOf = (batch: WriteBatch, { contactId, clientId }: OfferInput) =>
    requireOfClient({
      db,
      batch,
      table: 'contacts',
      field: 'contactId',
      id: contactId ?? '',
      clientId,
      noun: 'the contact person',
    });

  const lifecycle = createOfferLifecycle(ctx);

  return {
    async create(input) {
      const fields = parseInput(offerInputSchema, input);
      return commit(ctx, [...numberTables, 'opportunities', 'contacts'], async (batch, stamp) => {
        await requireClients(db, batch, [fields.clientId]);
        await requireOpportunityOf(batch, fields);
        await requireContactOf(batch, fields);
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
      return commit(
        ctx,
        [...PLAN_WRITE_TABLES, 'clients', 'opportunities', 'contacts'],
        async (batch, stamp) => {
          const existing = await loadRow(db, 'offers', id);
          const fields = parseInput(offerInputSchema, {
            ...existing,
            ...definedOnly(patch),
          });
          // The customer view is a view preference, not content: it may change after sending.
          const changed = diffFields({ before: existing, after: fields });
          if (changed.some(({ field }) => field !== 'customerView')) {
            if (existing.status !== 'draft') {
              throw new OfferLockedError(id, existing.status, 'change');
            }
            await requireRootOpen(db, existing, 'change');
          }
          if (fields.clientId !== existing.clientId)
            await requireClients(db, batch, [fields.clientId]);
          if (
            fields.opportunityId !== existing.opportunityId ||
            fields.clientId !== existing.clientId
          ) {
            await requireOpportunityOf(batch, fields);
          }
          if (
            (fields.contactId ?? '') !== (existing.contactId ?? '') ||
            fields.clientId !== existing.clientId
          ) {
            await requireContactOf(batch, fields);
          }
          const written = patchRow({ table: 'offers', existing, next: fields, stamp });
          batch.put('offers', written);
          if (fields.language !== existing.language) {
            // Section titles Quotient gave follow the document language; the user's stay.
            const sections = await db.offerSections.where('offerId').equals(id).toArray();
            for (const section of sections) {
              // The plan's sections follow the language through the re-generation below.
              if (section.deleted || (section.planPhaseId ?? '') !== '') continue;
              const title = translatedSectionTitle(
                section.title,
                existing.language,
                fields.language,
              );
              if (title === null) continue;
              const next = { title };
              batch.put(
                'offerSections',
                patchRow({ table: 'offerSections', existing: section, next, stamp }),
              );
            }
          }
          if (
            fields.language !== existing.language ||
            fields.exchangeRate !== existing.exchangeRate
          ) {
            // A project plan's lines are named in the document language and priced at the rate.
            const offer = written?.row ?? existing;
            await regenerateOfferPlanLines({ db, batch, stamp, offer });
          }
          return toEntity(written?.row ?? existing);
        },
      );
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
    listByClient: offersOfClient,
    listByOpportunity: offersOfOpportunity,
    async listSummaries(filter) {
      const offers =
        'clientId' in filter
          ? await offersOfClient(filter.clientId)
          : await offersOfOpportunity(filter.opportunityId);
      const latest = new Map<string, Offer>();
      for (const offer of offers) {
        const seen = latest.get(offer.rootId);
        if (!seen || offer.revision > seen.revision) latest.set(offer.rootId, offer);
      }
      return db.transaction('r', ['offerSections', 'offerLines'], () =>
        Promise.all(
          [...latest.values()].sort(newestFirst).map(async (offer) => {
            const [sections, lines] = await Promise.all([
              db.offerSections.where('offerId').equals(offer.id).toArray(),
              db.offerLines.where('offerId').equals(offer.id).toArray(),
            ]);
            const live = new Set(sections.filter((row) => !row.deleted).map((row) => row.id));
            const { value } = offerPipelineValue({ offer, lines: liveLinesOf(lines, live) });
            return { ...offer, value };
          }),
        ),
      );
    },
    async listRevisions(rootId) {
      const rows = await revisionsOf(db, rootId);
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
    ...lifecycle,
    async duplicate(id, options = {}) {
      const { variantName } = parseInput(duplicateSchema, options);
      // A copy carries the project plan too.
      return commit(ctx, [...numberTables, ...OFFER_PLAN_TABLES], async (batch, stamp) => {
        const source = await loadRow(db, 'offers', id);
        const settings = await readOfferSettings(db);
        const today = localDate(stamp.at);
        const number = await nextOfferNumber({ db, nodeId: ctx.clock.nodeId, date: today });
        let variantGroupId = '';
        if (variantName !== undefined) {
          variantGroupId = source.variantGroupId || source.id;
          // Variant membership is metadata: it may be set on sent or accepted revisions too.
          for (const revision of await revisionsOf(db, source.rootId)) {
            const next = {
              variantGroupId: revision.variantGroupId || variantGroupId,
              variantName: revision.variantName || BASE_VARIANT_NAME,
            };
            batch.put('offers', patchRow({ table: 'offers', existing: revision, next, stamp }));
          }
        }
        const newOfferId = newId();
        const row = await queueDraftCopy({
          db,
          batch,
          stamp,
          source,
          id: newOfferId,
          overrides: {
            date: today,
            validUntil: addDays(today, settings.defaultValidityDays),
            number,
            revision: 1,
            rootId: newOfferId,
            variantGroupId,
            variantName: variantName ?? '',
          },
          keepOrigins: false,
        });
        return toEntity(row);
      });
    },
  };
}
