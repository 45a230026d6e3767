import type { Language, Offer, OfferStatus } from '#shared/domain';
import { newId } from '#shared/ids';
import { canonicalOfferContent, sha256Hex } from '#shared/offers/content-hash';
import {
  liveLinesOf,
  offerActivitySummary,
  offerPipelineValue,
  opportunityStep,
} from '#shared/offers/pipeline';
import type { PipelineEvent } from '#shared/offers/pipeline';
import { followUpDateProblem, followUpTexts } from '#shared/offers/follow-up';
import type { FollowUpDateProblem } from '#shared/offers/follow-up';
import { localDate } from '#shared/offers/status';
import { blockHeading } from '#shared/text-blocks';
import { queueActivity } from '../clients/activities.repository';
import type {
  QuotientDb,
  StoredOffer,
  StoredOfferChapter,
  StoredOfferLine,
} from '../core/database';
import { OfferChangedError, OfferLockedError, ValidationError } from '../core/errors';
import { OFFER_PLAN_TABLES, copyOfferContent } from './offer-copy';
import { requireRootOpen, revisionsOf } from './offer-guard';
import { queueOpportunityChange } from '../pipeline/opportunities.repository';
import { byPosition } from '../core/positions';
import { commit, contentFields, loadRow, newRow, patchRow, toEntity } from '../core/write';
import type { RowFields, Stamp, WriteBatch, WriteContext } from '../core/write';

/** The language of the client activity a step logs: the UI language of whoever takes it. */
export type StepOptions = { language?: Language };

/**
 * The follow-up (Wiedervorlage) to set when an offer is sent: due on `dueDate` (`YYYY-MM-DD`, not
 * before the day of sending), with `contactId` (a contact person of the offer's client) or, when
 * it is left out, the offer's own contact person.
 */
export type FollowUpRequest = { dueDate: string; contactId?: string };

/**
 * `contentHash` is kept so older callers compile; markSent computes the hash itself.
 * `followUp` adds a follow-up activity in the same write.
 */
export type MarkSentOptions = StepOptions & { contentHash?: string; followUp?: FollowUpRequest };

/** A follow-up day markSent refuses (no date, or before the day of sending); nothing was written. */
export class FollowUpDateError extends Error {
  override readonly name = 'FollowUpDateError';

  constructor(
    readonly dueDate: string,
    readonly sentOn: string,
    readonly problem: FollowUpDateProblem,
  ) {
    super(
      problem === 'invalid'
        ? `Follow-up date "${dueDate}" is not a date in the form YYYY-MM-DD`
        : `Follow-up date ${dueDate} is before the day the offer is sent (${sentOn})`,
    );
  }
}

/** Why the customer said no; stored on the offer and on a lost opportunity. */
export type RejectOptions = StepOptions & { reason?: string };

export type OfferLifecycle = {
  markSent(id: string, options?: MarkSentOptions): Promise<Offer>;
  accept(id: string, options?: StepOptions): Promise<Offer>;
  reject(id: string, options?: RejectOptions): Promise<Offer>;
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
const CONTENT_TABLES = [
  'offers',
  'offerSections',
  'offerLines',
  'offerChapters',
  ...OFFER_PLAN_TABLES,
] as const;
/** What an offer's step in the pipeline writes besides the offer: its opportunity, an activity. */
const PIPELINE_TABLES = ['opportunities', 'activities'] as const;
/** What markSent reads besides: the follow-up's contact person. */
const FOLLOW_UP_TABLES = ['contacts'] as const;
/** Statuses of another offer that keep an opportunity open when one of its offers is rejected. */
const OPEN_STATUSES: readonly OfferStatus[] = ['sent', 'accepted'];

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
  /** The lines that are sent: live lines of live sections. */
  lines: StoredOfferLine[];
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
  // What the customer reads: the chapter's adaptation for this offer, else the library's
  // document heading (or title) and body.
  const chapters = liveChapters.map((row, index) => {
    const block = blocks[index];
    const ownTitle = row.title?.trim() ?? '';
    const ownBody = row.body?.trim() ? row.body : '';
    return {
      row,
      block:
        block && !block.deleted
          ? {
              title: ownTitle !== '' ? ownTitle : blockHeading(block),
              body: ownBody !== '' ? ownBody : block.body,
            }
          : null,
    };
  });
  const canonical = canonicalOfferContent({ offer, sections: liveSections, lines: liveLines });
  const chapterCheck = chapters.map(({ row, block }) => [
    row.id,
    row.position,
    row.textBlockId,
    block,
  ]);
  return {
    offer,
    lines: liveLines,
    canonical,
    check: JSON.stringify([canonical, chapterCheck]),
    chapters,
  };
}

/** The lines an offer shows: live lines of live sections; inside a transaction over both. */
async function liveLinesOfOffer(db: QuotientDb, id: string): Promise<StoredOfferLine[]> {
  const [sections, lines] = await Promise.all([
    db.offerSections.where('offerId').equals(id).toArray(),
    db.offerLines.where('offerId').equals(id).toArray(),
  ]);
  return liveLinesOf(lines, new Set(sections.filter((row) => !row.deleted).map((row) => row.id)));
}

/** How many other offers (roots) of the opportunity are sent or accepted. */
async function otherOpenOffers(db: QuotientDb, offer: StoredOffer): Promise<number> {
  const rows = await db.offers.where('clientId').equals(offer.clientId).toArray();
  const roots = rows
    .filter(
      (row) =>
        row.opportunityId === offer.opportunityId &&
        row.rootId !== offer.rootId &&
        !row.deleted &&
        OPEN_STATUSES.includes(row.status),
    )
    .map((row) => row.rootId);
  return new Set(roots).size;
}

/**
 * Queues what an offer's step does outside the offer, in the step's own write: an activity on
 * the client, and the opportunity's stage, value and lost reason (src/shared/offers/pipeline).
 * A deleted or missing opportunity is left alone; the activity is logged all the same.
 */
async function queuePipelineStep({
  db,
  batch,
  stamp,
  offer,
  lines,
  event,
  options,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  offer: StoredOffer;
  lines: readonly StoredOfferLine[];
  event: PipelineEvent;
  options: RejectOptions;
}): Promise<void> {
  const { value, eur } = offerPipelineValue({ offer, lines });
  const reason = options.reason?.trim() ?? '';
  queueActivity(batch, stamp, {
    clientId: offer.clientId,
    kind: 'note',
    date: localDate(stamp.at),
    summary: offerActivitySummary({
      event,
      offer,
      value,
      reason,
      language: options.language ?? 'de',
    }),
  });
  if (offer.opportunityId === '') return;
  const opportunity = await db.opportunities.get(offer.opportunityId);
  if (!opportunity || opportunity.deleted) return;
  const next = opportunityStep({
    event,
    opportunity,
    valueEur: eur,
    reason,
    otherOpenOffers: event === 'rejected' ? await otherOpenOffers(db, offer) : 0,
  });
  await queueOpportunityChange({ db, batch, stamp, opportunity, next });
}

/**
 * The contact person of an offer's follow-up: the requested one, which must be a live contact of
 * the offer's client; else the offer's own, while it is still one (else none: '').
 */
async function followUpContact(
  db: QuotientDb,
  offer: StoredOffer,
  requested: string | undefined,
): Promise<string> {
  const isLiveContact = async (id: string) => {
    const contact = await db.contacts.get(id);
    return contact !== undefined && !contact.deleted && contact.clientId === offer.clientId;
  };
  if (requested !== undefined && requested !== '') {
    if (!(await isLiveContact(requested))) {
      throw new ValidationError([
        {
          code: 'custom',
          path: ['followUp', 'contactId'],
          message: "the follow-up contact person is no contact of the offer's client",
          input: requested,
        },
      ]);
    }
    return requested;
  }
  const own = offer.contactId ?? '';
  return own !== '' && (await isLiveContact(own)) ? own : '';
}

/**
 * Queues the follow-up activity of an offer sent with `stamp`: a note on the client dated the day
 * of sending, with the next step "Angebot … nachfassen" due on the requested day.
 */
async function queueFollowUp({
  db,
  batch,
  stamp,
  offer,
  followUp,
  language,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  offer: StoredOffer;
  followUp: FollowUpRequest;
  language: Language;
}): Promise<void> {
  const sentOn = localDate(stamp.at);
  const problem = followUpDateProblem({ dueDate: followUp.dueDate, sentOn });
  if (problem !== null) throw new FollowUpDateError(followUp.dueDate, sentOn, problem);
  const contactId = await followUpContact(db, offer, followUp.contactId);
  queueActivity(batch, stamp, {
    clientId: offer.clientId,
    kind: 'note',
    date: sentOn,
    ...followUpTexts({ offer, language }),
    contactId,
    dueDate: followUp.dueDate,
    completedAt: '',
  });
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

  /**
   * Runs a sent offer's step (accept, reject): the offer, its root's other revisions, its
   * opportunity and the client's activity in one write. The offer must be sent, its root open.
   */
  const decide = (
    id: string,
    event: 'accepted' | 'rejected',
    next: (stamp: Stamp) => Partial<StoredOffer>,
    supersede: readonly OfferStatus[],
    options: RejectOptions,
  ) => {
    const action = event === 'accepted' ? 'accept' : 'reject';
    return commit(
      ctx,
      ['offers', 'offerSections', 'offerLines', ...PIPELINE_TABLES],
      async (batch, stamp) => {
        const offer = await loadRow(db, 'offers', id);
        if (offer.status !== 'sent') throw new OfferLockedError(id, offer.status, action);
        await requireRootOpen(db, offer, action);
        const result = await transition(batch, stamp, offer, next(stamp), supersede);
        const lines = await liveLinesOfOffer(db, id);
        await queuePipelineStep({ db, batch, stamp, offer, lines, event, options });
        return result;
      },
    );
  };

  return {
    async markSent(id, options = {}) {
      // Web Crypto is async, and awaiting it inside a Dexie transaction would commit it early:
      // hash a consistent read, then check in the write that nothing changed meanwhile.
      const hashed = await db.transaction('r', FREEZE_TABLES, () => readFrozenContent(db, id));
      const contentHash = await sha256Hex(hashed.canonical);
      const tables = [...FREEZE_TABLES, ...PIPELINE_TABLES, ...FOLLOW_UP_TABLES];
      return commit(ctx, tables, async (batch, stamp) => {
        const current = await readFrozenContent(db, id);
        const { offer } = current;
        if (offer.status !== 'draft') throw new OfferLockedError(id, offer.status, 'send');
        await requireRootOpen(db, offer, 'send');
        if (current.check !== hashed.check) throw new OfferChangedError(id);
        // Checked before anything is queued; a throw aborts the whole write all the same.
        if (options.followUp) {
          const language = options.language ?? 'de';
          await queueFollowUp({ db, batch, stamp, offer, followUp: options.followUp, language });
        }
        // Freeze each chapter's text: later edits of the library block must not change what was sent.
        for (const { row, block } of current.chapters) {
          if (!block) continue;
          batch.put(
            'offerChapters',
            patchRow({ table: 'offerChapters', existing: row, next: block, stamp }),
          );
        }
        const next = { status: 'sent' as const, sentAt: stamp.at, contentHash };
        const sent = await transition(batch, stamp, offer, next, ['sent']);
        const { lines } = current;
        await queuePipelineStep({ db, batch, stamp, offer, lines, event: 'sent', options });
        return sent;
      });
    },
    accept: (id, options = {}) =>
      decide(
        id,
        'accepted',
        (stamp) => ({ status: 'accepted', acceptedAt: stamp.at }),
        // An open draft revision would be a second way to change an accepted offer.
        ['sent', 'draft'],
        options,
      ),
    reject: (id, options = {}) =>
      decide(
        id,
        'rejected',
        () => ({ status: 'rejected', rejectionReason: options.reason?.trim() ?? '' }),
        [],
        options,
      ),
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
