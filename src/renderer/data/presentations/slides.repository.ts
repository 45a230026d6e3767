import { z } from 'zod';
import { emptySlide, slideInputSchema, slideKinds } from '#shared/domain/presentations';
import type { Slide, SlideInput, SlideKind } from '#shared/domain/presentations';
import { sha256Hex } from '#shared/hash';
import { MAX_BLOB_BYTES } from '../core/blobs.repository';
import type { BlobRepository } from '../core/blobs.repository';
import type { QuotientDb, SyncedTable } from '../core/database';
import { RowNotFoundError, ValidationError, parseInput } from '../core/errors';
import type { ValidationIssue } from '../core/errors';
import { createOrderedChildRepository } from '../core/ordered-child.repository';
import { byPosition, placeInWrite } from '../core/positions';
import type { Placement } from '../core/positions';
import { contentFields, definedOnly, loadRow, omitKeys, patchRow, toEntity } from '../core/write';
import type { WriteBatch, WriteContext } from '../core/write';
import { liveSlides } from './decks.repository';

/** The media a slide may show: images and the videos browsers play without plug-ins. */
export const SLIDE_MEDIA_TYPES = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'video/mp4',
  'video/webm',
] as const;

/** The largest slide medium: what the blob store keeps and the sync server accepts (50 MiB). */
export const SLIDE_MEDIA_MAX_BYTES = MAX_BLOB_BYTES;

/** What setMedia takes: the file's name and type and its bytes (hash and size are computed). */
export type SlideMediaFile = { name: string; mimeType: string; data: Uint8Array };

/** What update may change: the slide's content; deck, position (see move) and media stay. */
export type SlidePatch = Partial<
  Omit<SlideInput, 'deckId' | 'position' | 'mediaSha256' | 'mediaType' | 'mediaName' | 'mediaSize'>
>;

export type SlidesRepository = {
  /**
   * A new slide of `kind` (emptySlide's defaults) at `index` of the deck's live slides (the end
   * when left out). RowNotFoundError when the deck is missing or deleted.
   */
  add(deckId: string, kind: SlideKind, index?: number): Promise<Slide>;
  /**
   * Changes the slide's content (validated; deckId, position and the media fields are ignored:
   * see move, setMedia). A newly chosen record (catalog item, bundle, client, analysis) must
   * exist and not be deleted; it gives the slide its title when the title is empty or was the
   * previous record's.
   */
  update(id: string, patch: SlidePatch): Promise<Slide>;
  /** Moves the slide to `toIndex` of its deck's live slides (0 first). */
  move(id: string, toIndex: number): Promise<Slide>;
  remove(id: string): Promise<void>;
  /** Brings a slide back (RowNotFoundError while its deck is deleted). */
  restore(id: string): Promise<void>;
  /** A copy right after the slide (same media reference). */
  duplicate(id: string): Promise<Slide>;
  /**
   * Stores the image or video in the blob store and points the slide at it. ValidationError at
   * `media`: 'presentations.validation.mediaType' (not one of SLIDE_MEDIA_TYPES) or
   * 'presentations.validation.mediaSize' (empty or over SLIDE_MEDIA_MAX_BYTES); nothing stored.
   */
  setMedia(id: string, file: SlideMediaFile): Promise<Slide>;
  /** Removes the slide's media reference (the blob stays for other slides and copies). */
  clearMedia(id: string): Promise<Slide>;
  /** Any slide, deleted ones included. */
  get(id: string): Promise<Slide | undefined>;
  /** The deck's live slides in order. */
  listFor(deckId: string): Promise<Slide[]>;
};

const issue = (path: PropertyKey[], message: string, input?: unknown): ValidationIssue =>
  ({ code: 'custom', path, message, input }) as ValidationIssue;
const invalid = (path: PropertyKey[], message: string, input?: unknown) =>
  new ValidationError([issue(path, message, input)]);

const kindSchema = z.enum(slideKinds);
const mediaNameSchema = slideInputSchema.shape.mediaName;
const PATCH_FIXED = [
  'deckId',
  'position',
  'mediaSha256',
  'mediaType',
  'mediaName',
  'mediaSize',
] as const;

/** Fields naming one row of another table, and what gives that row its name. */
const REFERENCES = [
  { field: 'catalogItemId', table: 'catalogItems', name: (row: Named) => row.name },
  { field: 'bundleId', table: 'bundles', name: (row: Named) => row.name },
  { field: 'clientId', table: 'clients', name: (row: Named) => row.name },
  { field: 'analysisId', table: 'analyses', name: (row: Named) => row.title },
] as const satisfies readonly {
  field: keyof SlideInput;
  table: SyncedTable;
  name: (row: Named) => unknown;
}[];
type Named = { name?: unknown; title?: unknown; deleted: boolean };

const nameOf = (row: Named | undefined, name: (row: Named) => unknown): string => {
  const value = row && name(row);
  return typeof value === 'string' ? value : '';
};

async function requireLiveDeck(db: QuotientDb, deckId: string): Promise<void> {
  const deck = await db.decks.get(deckId);
  if (!deck || deck.deleted) throw new RowNotFoundError('decks', deckId);
}

function checkIndex(index: unknown, max: number, field: string): number {
  if (index === undefined) return max;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > max)
    throw invalid([field], 'validation.invalid', index);
  return index;
}

/** Where index `index` of `siblings` (live, in order, the placed slide left out) is. */
function placementAt(siblings: readonly { id: string }[], index: number): Placement {
  const before = siblings[index];
  if (before) return { before: before.id };
  const last = siblings.at(-1);
  return last ? { after: last.id } : {};
}

/** The slides repository; media bytes go through `blobs` like competitor attachments. */
export function createSlidesRepository(ctx: WriteContext, blobs: BlobRepository): SlidesRepository {
  const { db } = ctx;
  const slides = createOrderedChildRepository({
    ctx,
    table: 'slides',
    parentKey: 'deckId',
    tables: ['decks', 'catalogItems', 'bundles', 'clients', 'analyses', 'competitors'],
    // A deleted deck takes no new slides and gives none back; removing one is always fine.
    guard: async (database, row, action) => {
      if (action !== 'remove') await requireLiveDeck(database, row.deckId);
    },
  });

  /** Checks the references a write changes: each must name a live row (ValidationError at the field). */
  const checkReferences = async (
    batch: WriteBatch,
    next: SlideInput,
    previous: SlideInput,
  ): Promise<Record<string, Named | undefined>> => {
    const rows: Record<string, Named | undefined> = {};
    for (const { field, table } of REFERENCES) {
      const id = next[field];
      if (id === previous[field]) continue;
      if (id === '') continue;
      const row = (batch.pending(table, id) ?? (await db.synced(table).get(id))) as
        Named | undefined;
      if (!row || row.deleted) throw invalid([field], 'validation.choice', id);
      rows[field] = row;
    }
    const added = next.competitorIds.filter((id) => !previous.competitorIds.includes(id));
    if (new Set(next.competitorIds).size !== next.competitorIds.length)
      throw invalid(['competitorIds'], 'validation.duplicate', next.competitorIds);
    const found = await db.competitors.bulkGet(added);
    const missing = added.find((_id, at) => !found[at] || found[at]!.deleted);
    if (missing !== undefined) throw invalid(['competitorIds'], 'validation.choice', missing);
    return rows;
  };

  return {
    async add(deckId, kind, index) {
      const parsedKind = parseInput(kindSchema, kind, ['kind']);
      if (typeof deckId !== 'string' || deckId === '')
        throw invalid(['deckId'], 'validation.required', deckId);
      return slides.write(async (batch, stamp) => {
        await requireLiveDeck(db, deckId);
        const siblings = await liveSlides(db, deckId);
        const at = checkIndex(index, siblings.length, 'index');
        // The position is the repository's: a placeholder until queueAdd places the slide.
        const fields = omitKeys(
          parseInput(slideInputSchema, emptySlide(deckId, parsedKind, 'a0')),
          ['position'],
        );
        const created = await slides.queueAdd({ batch, stamp }, fields, placementAt(siblings, at));
        return created as Slide;
      });
    },
    update(id, patch) {
      return slides.write(async (batch, stamp) => {
        const existing = await loadRow(db, 'slides', id);
        const changes: Record<string, unknown> = definedOnly(patch ?? {});
        for (const key of PATCH_FIXED) delete changes[key];
        const next = parseInput(slideInputSchema, { ...contentFields(existing), ...changes });
        const rows = await checkReferences(batch, next, existing);
        // A newly chosen record names the slide, unless the user gave it a title of their own.
        if (changes.title === undefined) {
          for (const { field, table, name } of REFERENCES) {
            const row = rows[field];
            if (!row) continue;
            const before =
              existing[field] === ''
                ? ''
                : nameOf((await db.synced(table).get(existing[field])) as Named | undefined, name);
            if (next.title === '' || next.title === before)
              next.title = nameOf(row, name).slice(0, 200);
          }
        }
        const written = patchRow({ table: 'slides', existing, next, stamp });
        batch.put('slides', written);
        return toEntity(written?.row ?? existing) as Slide;
      });
    },
    move(id, toIndex) {
      return slides.write(async (batch, stamp) => {
        const existing = await loadRow(db, 'slides', id);
        if (existing.deleted) throw new RowNotFoundError('slides', id);
        await requireLiveDeck(db, existing.deckId);
        const all = await db.slides.where('deckId').equals(existing.deckId).toArray();
        const others = all.filter((row) => row.id !== id);
        const live = others.filter((row) => !row.deleted).sort(byPosition);
        const at = checkIndex(toIndex, live.length, 'toIndex');
        const current = [...live, existing].sort(byPosition).indexOf(existing);
        if (current === at) return toEntity(existing) as Slide;
        const placement = placementAt(live, at);
        const position = placeInWrite({ batch, stamp, table: 'slides', rows: others, placement });
        const written = patchRow({ table: 'slides', existing, next: { position }, stamp });
        batch.put('slides', written);
        return toEntity(written?.row ?? existing) as Slide;
      });
    },
    remove: slides.remove,
    restore: slides.restore,
    duplicate(id) {
      return slides.write(async (batch, stamp) => {
        const original = await loadRow(db, 'slides', id);
        if (original.deleted) throw new RowNotFoundError('slides', id);
        const fields = omitKeys(contentFields(original), ['position']);
        return (await slides.queueAdd({ batch, stamp }, fields, { after: id })) as Slide;
      });
    },
    async setMedia(id, file) {
      const { name, mimeType, data } = (file ?? {}) as Partial<SlideMediaFile>;
      if (
        typeof mimeType !== 'string' ||
        !(SLIDE_MEDIA_TYPES as readonly string[]).includes(mimeType)
      )
        throw invalid(['media'], 'presentations.validation.mediaType', mimeType);
      if (
        !(data instanceof Uint8Array) ||
        data.byteLength === 0 ||
        data.byteLength > SLIDE_MEDIA_MAX_BYTES
      )
        throw invalid(['media'], 'presentations.validation.mediaSize', data?.byteLength);
      const mediaName = parseInput(mediaNameSchema, name ?? '', ['mediaName']);
      const slide = await db.slides.get(id);
      if (!slide || slide.deleted) throw new RowNotFoundError('slides', id);
      await requireLiveDeck(db, slide.deckId);
      const sha256 = await sha256Hex(data);
      // Blob first: a row must never point at bytes this device does not have (sync uploads
      // blobs before the rows that reference them). A failed row write leaves an unused blob only.
      await blobs.put({ data, type: mimeType });
      return slides.write(async (batch, stamp) => {
        const existing = await loadRow(db, 'slides', id);
        if (existing.deleted) throw new RowNotFoundError('slides', id);
        const next = {
          mediaSha256: sha256,
          mediaType: mimeType,
          mediaName,
          mediaSize: data.byteLength,
        };
        const written = patchRow({ table: 'slides', existing, next, stamp });
        batch.put('slides', written);
        return toEntity(written?.row ?? existing) as Slide;
      });
    },
    clearMedia(id) {
      return slides.write(async (batch, stamp) => {
        const existing = await loadRow(db, 'slides', id);
        const next = { mediaSha256: '', mediaType: '', mediaName: '', mediaSize: 0 };
        const written = patchRow({ table: 'slides', existing, next, stamp });
        batch.put('slides', written);
        return toEntity(written?.row ?? existing) as Slide;
      });
    },
    async get(id) {
      return (await slides.get(id)) as Slide | undefined;
    },
    async listFor(deckId) {
      return (await liveSlides(db, deckId)).map((row) => toEntity(row) as Slide);
    },
  };
}
