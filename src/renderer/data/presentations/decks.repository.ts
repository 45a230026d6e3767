import { deckInputSchema, emptyDeck } from '#shared/domain/presentations';
import type { Deck, DeckInput } from '#shared/domain/presentations';
import { newId } from '#shared/ids';
import { presentableDeck } from '#shared/presentations';
import type { PresentableDeck } from '#shared/presentations/types';
import type { QuotientDb } from '../core/database';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { RowNotFoundError, parseInput } from '../core/errors';
import type { LocalRepository } from '../core/local.repository';
import { byPosition } from '../core/positions';
import { commit, contentFields, loadRow, omitKeys, queueNew, toEntity } from '../core/write';
import type { WriteContext } from '../core/write';
import { readSlideSources } from './sources';

/** What createDeck takes: a title, anything else of the deck is optional (emptyDeck's defaults). */
export type DeckCreateInput = Partial<DeckInput> & { title: string };

/** Decks of slides for fairs and talks; `list` is by title. */
export type DecksRepository = EntityRepository<DeckInput, Deck> & {
  /** A new deck from emptyDeck's defaults, in the UI language unless `language` is given. */
  createDeck(input: DeckCreateInput): Promise<Deck>;
  /** A copy of a live deck ("<title> (Kopie)") with copies of its live slides, media references kept. */
  duplicateDeck(id: string): Promise<Deck>;
  /**
   * The deck ready to present or export: its live slides in order, built from the records they
   * refer to (deleted ones left out) by the core's presentableDeck. RowNotFoundError when the
   * deck is missing or deleted.
   */
  presentable(deckId: string): Promise<PresentableDeck>;
};

const COPY_SUFFIX = { de: ' (Kopie)', en: ' (copy)' } as const;
const TITLE_MAX = 200;

/** Title order (German collation), then id, so every device lists decks alike. */
const byTitle = (a: Deck, b: Deck): number =>
  a.title.localeCompare(b.title, 'de') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The deck's live slides in order. */
export async function liveSlides(db: QuotientDb, deckId: string) {
  const rows = await db.slides.where('deckId').equals(deckId).toArray();
  return rows.filter((row) => !row.deleted).sort(byPosition);
}

/** The decks repository over a write context; `local` gives the UI language for new decks. */
export function createDecksRepository(ctx: WriteContext, local: LocalRepository): DecksRepository {
  const { db } = ctx;
  const decks = createEntityRepository({
    ctx,
    table: 'decks',
    schema: deckInputSchema,
    compare: byTitle,
  });
  return {
    ...omitKeys(decks, ['listBy']),
    async createDeck(input) {
      const language = input?.language ?? (await local.getLanguage()) ?? 'de';
      return decks.create({ ...emptyDeck(language), ...input });
    },
    duplicateDeck(id) {
      return commit(ctx, ['decks', 'slides'], async (batch, stamp) => {
        const source = await loadRow(db, 'decks', id);
        if (source.deleted) throw new RowNotFoundError('decks', id);
        const suffix = COPY_SUFFIX[source.language];
        const title = `${source.title.slice(0, TITLE_MAX - suffix.length)}${suffix}`;
        const fields = parseInput(deckInputSchema, { ...contentFields(source), title });
        const deckId = newId();
        const deck = queueNew({ batch, stamp, table: 'decks', fields, id: deckId });
        for (const slide of await liveSlides(db, id)) {
          // Same positions (the order), same media hashes (the blobs are shared, not copied).
          queueNew({ batch, stamp, table: 'slides', fields: { ...contentFields(slide), deckId } });
        }
        return deck as Deck;
      });
    },
    async presentable(deckId) {
      // Plain reads, no explicit transaction: inside a live query (usePresentableDeck) one
      // kept the query from re-running on some deck edits.
      const deck = await db.decks.get(deckId);
      if (!deck || deck.deleted) throw new RowNotFoundError('decks', deckId);
      const slides = (await liveSlides(db, deckId)).map(toEntity);
      const sources = await readSlideSources(db, slides);
      return presentableDeck(toEntity(deck) as Deck, slides, sources);
    },
  };
}
