import { beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '#shared/hash';
import { priceTexts } from '#shared/presentations';
import { slideKinds } from '#shared/domain/presentations';
import {
  makeBundleInput,
  makeCatalogItemInput,
  makeClientInput,
  makeCompanyProfile,
} from '../../../../test/factories/domain';
import { makeAnalysisInput, makeCompetitorInput } from '../../../../test/factories/analyses';
import { makeDeckInput, makeSlidePng } from '../../../../test/factories/presentations';
import { openTestWorkspace } from '#test/test-workspace';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { SLIDE_MEDIA_MAX_BYTES } from './slides.repository';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

/** Everything the presentation tables, the blob store and the outbox hold. */
const snapshot = async () => ({
  decks: await ws.db.decks.toArray(),
  slides: await ws.db.slides.toArray(),
  blobs: await ws.db.blobs.count(),
  outbox: await ws.db.outbox.count(),
});

/** Expects `run` to reject with ValidationError at `path` (and `message`) and to change nothing. */
async function expectRefused(run: () => Promise<unknown>, path: string, message?: string) {
  const before = await snapshot();
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  const issue = (error as ValidationError).issues[0]!;
  expect(issue.path.join('.')).toBe(path);
  if (message !== undefined) expect(issue.message).toBe(message);
  expect(await snapshot()).toEqual(before);
}

const titles = async (deckId: string) =>
  (await ws.repos.slides.listFor(deckId)).map((slide) => slide.title);

/** A deck with slides titled A, B, C … in that order. */
async function deckWith(...names: string[]) {
  const deck = await ws.repos.decks.createDeck({ title: 'Messe' });
  for (const name of names) {
    const slide = await ws.repos.slides.add(deck.id, 'text');
    await ws.repos.slides.update(slide.id, { title: name });
  }
  return deck;
}

describe('decks', () => {
  it('creates a deck from the defaults in the UI language, and with given fields', async () => {
    await ws.repos.local.setLanguage('en');
    const deck = await ws.repos.decks.createDeck({ title: 'it-sa' });
    expect(deck).toMatchObject({
      title: 'it-sa',
      language: 'en',
      hidePrices: false,
      loopIdleSeconds: 60,
      privacyNotice: '',
      deleted: false,
    });
    const german = await ws.repos.decks.createDeck({ title: 'Hausmesse', language: 'de' });
    expect(german.language).toBe('de');
    expect((await ws.repos.decks.list()).map((row) => row.title)).toEqual(['Hausmesse', 'it-sa']);
    // Every field goes to the outbox.
    const fields = (await ws.db.outbox.toArray()).filter((record) => record.id === deck.id)[0]!;
    expect(Object.keys(fields.fields)).toEqual(expect.arrayContaining(['title', 'hidePrices']));
  });

  it('refuses a deck without a title, a bad colour or idle time, and writes nothing', async () => {
    await expectRefused(() => ws.repos.decks.createDeck({ title: '  ' }), 'title');
    await expectRefused(
      () => ws.repos.decks.createDeck({ title: 'X', brandColor: 'blau' }),
      'brandColor',
      'validation.color',
    );
    await expectRefused(
      () => ws.repos.decks.createDeck({ title: 'X', loopIdleSeconds: 5 }),
      'loopIdleSeconds',
    );
    const deck = await ws.repos.decks.createDeck({ title: 'X' });
    await expectRefused(() => ws.repos.decks.update(deck.id, { title: '' }), 'title');
  });

  it('updates, removes and restores a deck', async () => {
    const deck = await ws.repos.decks.createDeck(makeDeckInput());
    const changed = await ws.repos.decks.update(deck.id, { hidePrices: true, fairName: 'DMEA' });
    expect(changed).toMatchObject({ hidePrices: true, fairName: 'DMEA' });
    await ws.repos.decks.remove(deck.id);
    expect(await ws.repos.decks.list()).toEqual([]);
    expect((await ws.repos.decks.get(deck.id))?.deleted).toBe(true);
    await ws.repos.decks.restore(deck.id);
    expect((await ws.repos.decks.list()).map((row) => row.id)).toEqual([deck.id]);
  });

  it('duplicates a deck with its live slides in order, media references kept', async () => {
    const deck = await deckWith('A', 'B', 'C');
    const [a, b] = await ws.repos.slides.listFor(deck.id);
    await ws.repos.slides.setMedia(a!.id, {
      name: 'stand.png',
      mimeType: 'image/png',
      data: makeSlidePng(),
    });
    await ws.repos.slides.remove(b!.id);
    const copy = await ws.repos.decks.duplicateDeck(deck.id);
    expect(copy.title).toBe('Messe (Kopie)');
    expect(copy.id).not.toBe(deck.id);
    const copied = await ws.repos.slides.listFor(copy.id);
    expect(copied.map((slide) => slide.title)).toEqual(['A', 'C']);
    expect(copied[0]!.mediaSha256).toBe(await sha256Hex(makeSlidePng()));
    expect(copied.every((slide) => slide.deckId === copy.id)).toBe(true);
    // The original is untouched; one blob serves both.
    expect(await titles(deck.id)).toEqual(['A', 'C']);
    expect(await ws.db.blobs.count()).toBe(1);
    await ws.repos.decks.remove(deck.id);
    await expect(ws.repos.decks.duplicateDeck(deck.id)).rejects.toBeInstanceOf(RowNotFoundError);
  });
});

describe('slides', () => {
  it('adds slides of every kind with the defaults, at the end or at an index', async () => {
    const deck = await ws.repos.decks.createDeck({ title: 'Messe' });
    for (const kind of slideKinds) await ws.repos.slides.add(deck.id, kind);
    const slides = await ws.repos.slides.listFor(deck.id);
    expect(slides.map((slide) => slide.kind)).toEqual([...slideKinds]);
    expect(slides.find((slide) => slide.kind === 'lead-capture')?.durationSeconds).toBe(20);
    const first = await ws.repos.slides.add(deck.id, 'title', 0);
    const third = await ws.repos.slides.add(deck.id, 'media', 2);
    const order = (await ws.repos.slides.listFor(deck.id)).map((slide) => slide.id);
    expect(order[0]).toBe(first.id);
    expect(order[2]).toBe(third.id);
    expect(order).toHaveLength(slideKinds.length + 2);
  });

  it('refuses a bad kind or index and a missing or deleted deck, writing nothing', async () => {
    const deck = await deckWith('A');
    await expectRefused(() => ws.repos.slides.add(deck.id, 'video' as never), 'kind');
    await expectRefused(() => ws.repos.slides.add(deck.id, 'text', 5), 'index');
    await expectRefused(() => ws.repos.slides.add(deck.id, 'text', -1), 'index');
    await expect(ws.repos.slides.add('nope', 'text')).rejects.toBeInstanceOf(RowNotFoundError);
    await ws.repos.decks.remove(deck.id);
    await expect(ws.repos.slides.add(deck.id, 'text')).rejects.toBeInstanceOf(RowNotFoundError);
  });

  it('moves a slide to any index and keeps the others in order', async () => {
    const deck = await deckWith('A', 'B', 'C', 'D');
    const id = async (title: string) =>
      (await ws.repos.slides.listFor(deck.id)).find((slide) => slide.title === title)!.id;
    await ws.repos.slides.move(await id('D'), 0);
    expect(await titles(deck.id)).toEqual(['D', 'A', 'B', 'C']);
    await ws.repos.slides.move(await id('D'), 3);
    expect(await titles(deck.id)).toEqual(['A', 'B', 'C', 'D']);
    await ws.repos.slides.move(await id('A'), 2);
    expect(await titles(deck.id)).toEqual(['B', 'C', 'A', 'D']);
    await ws.repos.slides.move(await id('C'), 0);
    expect(await titles(deck.id)).toEqual(['C', 'B', 'A', 'D']);
    // Deleted slides do not count; a move to its own place writes nothing.
    await ws.repos.slides.remove(await id('B'));
    expect(await titles(deck.id)).toEqual(['C', 'A', 'D']);
    await ws.repos.slides.move(await id('D'), 1);
    expect(await titles(deck.id)).toEqual(['C', 'D', 'A']);
    const outbox = await ws.db.outbox.count();
    await ws.repos.slides.move(await id('D'), 1);
    expect(await ws.db.outbox.count()).toBe(outbox);
    await expectRefused(async () => ws.repos.slides.move(await id('D'), 3), 'toIndex');
  });

  it('updates content, ignores deck, position and media, and validates', async () => {
    const deck = await deckWith('A');
    const other = await ws.repos.decks.createDeck({ title: 'Andere' });
    const [slide] = await ws.repos.slides.listFor(deck.id);
    const updated = await ws.repos.slides.update(slide!.id, {
      body: 'Neu',
      notes: 'Nur für mich',
      durationSeconds: 15,
      deckId: other.id,
      position: 'zz',
      mediaSha256: 'f'.repeat(64),
    } as never);
    expect(updated).toMatchObject({
      body: 'Neu',
      notes: 'Nur für mich',
      durationSeconds: 15,
      deckId: deck.id,
      position: slide!.position,
      mediaSha256: '',
    });
    await expectRefused(
      () => ws.repos.slides.update(slide!.id, { durationSeconds: 1 }),
      'durationSeconds',
    );
    await expectRefused(
      () => ws.repos.slides.update(slide!.id, { kind: 'video' as never }),
      'kind',
    );
  });

  it('names a slide after the record it shows and refuses missing or deleted records', async () => {
    const item = await ws.repos.catalog.create(makeCatalogItemInput());
    const other = await ws.repos.catalog.create(
      makeCatalogItemInput({ sku: 'NAS', name: 'NAS 8' }),
    );
    const gone = await ws.repos.catalog.create(makeCatalogItemInput({ sku: 'ALT', name: 'Alt' }));
    await ws.repos.catalog.remove(gone.id);
    const deck = await ws.repos.decks.createDeck({ title: 'Messe' });
    const slide = await ws.repos.slides.add(deck.id, 'catalog-item');
    const named = await ws.repos.slides.update(slide.id, { catalogItemId: item.id });
    expect(named.title).toBe('Server R450');
    // The previous record's name follows the new record; a title of one's own stays.
    expect((await ws.repos.slides.update(slide.id, { catalogItemId: other.id })).title).toBe(
      'NAS 8',
    );
    await ws.repos.slides.update(slide.id, { title: 'Unser Speicher' });
    expect((await ws.repos.slides.update(slide.id, { catalogItemId: item.id })).title).toBe(
      'Unser Speicher',
    );
    await expectRefused(
      () => ws.repos.slides.update(slide.id, { catalogItemId: gone.id }),
      'catalogItemId',
      'validation.choice',
    );
    await expectRefused(
      () => ws.repos.slides.update(slide.id, { bundleId: 'nope' }),
      'bundleId',
      'validation.choice',
    );
    const competitor = await ws.repos.competitors.create(makeCompetitorInput());
    const comparison = await ws.repos.slides.add(deck.id, 'competitor-comparison');
    await ws.repos.slides.update(comparison.id, { competitorIds: [competitor.id] });
    await expectRefused(
      () => ws.repos.slides.update(comparison.id, { competitorIds: [competitor.id, 'nope'] }),
      'competitorIds',
      'validation.choice',
    );
    await expectRefused(
      () =>
        ws.repos.slides.update(comparison.id, { competitorIds: [competitor.id, competitor.id] }),
      'competitorIds',
    );
  });

  it('duplicates a slide right after it, removes and restores', async () => {
    const deck = await deckWith('A', 'B');
    const [a] = await ws.repos.slides.listFor(deck.id);
    const copy = await ws.repos.slides.duplicate(a!.id);
    expect(copy.title).toBe('A');
    expect((await ws.repos.slides.listFor(deck.id)).map((slide) => slide.id)[1]).toBe(copy.id);
    await ws.repos.slides.remove(copy.id);
    expect(await titles(deck.id)).toEqual(['A', 'B']);
    await ws.repos.slides.restore(copy.id);
    expect(await titles(deck.id)).toEqual(['A', 'A', 'B']);
    // Not while its deck is deleted.
    await ws.repos.slides.remove(copy.id);
    await ws.repos.decks.remove(deck.id);
    await expect(ws.repos.slides.restore(copy.id)).rejects.toBeInstanceOf(RowNotFoundError);
  });

  it('stores media in the blob store and clears it', async () => {
    const deck = await deckWith('A');
    const [slide] = await ws.repos.slides.listFor(deck.id);
    const png = makeSlidePng();
    const withMedia = await ws.repos.slides.setMedia(slide!.id, {
      name: 'stand.png',
      mimeType: 'image/png',
      data: png,
    });
    expect(withMedia).toMatchObject({
      mediaSha256: await sha256Hex(png),
      mediaType: 'image/png',
      mediaName: 'stand.png',
      mediaSize: png.byteLength,
    });
    expect((await ws.repos.blobs.get(withMedia.mediaSha256))?.data).toEqual(png);
    const video = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112]);
    expect(
      (
        await ws.repos.slides.setMedia(slide!.id, {
          name: 'demo.mp4',
          mimeType: 'video/mp4',
          data: video,
        })
      ).mediaType,
    ).toBe('video/mp4');
    const cleared = await ws.repos.slides.clearMedia(slide!.id);
    expect(cleared).toMatchObject({ mediaSha256: '', mediaType: '', mediaName: '', mediaSize: 0 });
  });

  it('refuses media of another type, empty or too large, storing nothing', async () => {
    const deck = await deckWith('A');
    const [slide] = await ws.repos.slides.listFor(deck.id);
    const file = (mimeType: string, data: Uint8Array) => () =>
      ws.repos.slides.setMedia(slide!.id, { name: 'datei', mimeType, data });
    const tiny = new Uint8Array([1, 2, 3]);
    for (const type of ['application/pdf', 'image/svg+xml', 'video/quicktime', '']) {
      await expectRefused(file(type, tiny), 'media', 'presentations.validation.mediaType');
    }
    await expectRefused(
      file('image/png', new Uint8Array(0)),
      'media',
      'presentations.validation.mediaSize',
    );
    // A view claims its byte length without allocating the whole size.
    const huge = new Uint8Array(new ArrayBuffer(SLIDE_MEDIA_MAX_BYTES + 1));
    await expectRefused(file('video/mp4', huge), 'media', 'presentations.validation.mediaSize');
  });
});

describe('presentable', () => {
  async function pricedDeck(hidePrices: boolean) {
    await ws.repos.settings.saveCompany(makeCompanyProfile());
    const item = await ws.repos.catalog.create(makeCatalogItemInput());
    const bundle = await ws.repos.bundles.create(makeBundleInput([item.id]));
    const client = await ws.repos.clients.create(makeClientInput());
    const competitor = await ws.repos.competitors.create(makeCompetitorInput());
    const analysis = await ws.repos.analyses.create(makeAnalysisInput('swot'));
    const deck = await ws.repos.decks.createDeck(makeDeckInput({ hidePrices }));
    const add = async (kind: (typeof slideKinds)[number], patch: object) => {
      const slide = await ws.repos.slides.add(deck.id, kind);
      await ws.repos.slides.update(slide.id, patch);
    };
    await add('title', { title: 'Willkommen' });
    await add('catalog-item', { catalogItemId: item.id, showPrices: true });
    await add('bundle', { bundleId: bundle.id, showPrices: true });
    await add('reference', { clientId: client.id, body: 'Lager in 6 Wochen umgestellt' });
    await add('analysis', { analysisId: analysis.id });
    await add('competitor-comparison', { competitorIds: [competitor.id] });
    await add('lead-capture', {});
    return { deck, item, client };
  }

  it('builds every live slide in order with its records, prices shown when allowed', async () => {
    const { deck, item } = await pricedDeck(false);
    const presentable = await ws.repos.decks.presentable(deck.id);
    expect(presentable.slides.map((slide) => slide.kind)).toEqual([
      'title',
      'catalog-item',
      'bundle',
      'reference',
      'analysis',
      'competitor-comparison',
      'lead-capture',
    ]);
    expect(presentable.slides.map((slide) => slide.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(presentable.slides[1]!.title).toBe(item.name);
    expect(presentable.slides[3]!.subtitle).toBe('Rheinland Logistik');
    expect(presentable.slides.some((slide) => slide.missing)).toBe(false);
    expect(priceTexts(presentable).length).toBeGreaterThan(0);
  });

  it('leaves every price out when the deck hides prices, whatever the slides say', async () => {
    const { deck } = await pricedDeck(true);
    const presentable = await ws.repos.decks.presentable(deck.id);
    expect(presentable.hidePrices).toBe(true);
    expect(presentable.slides).toHaveLength(7);
    expect(priceTexts(presentable)).toEqual([]);
  });

  it('marks a slide whose record was deleted, and refuses a deleted deck', async () => {
    const { deck, item, client } = await pricedDeck(false);
    await ws.repos.catalog.remove(item.id);
    await ws.repos.clients.remove(client.id);
    const presentable = await ws.repos.decks.presentable(deck.id);
    expect(presentable.slides[1]!.missing).toBe(true);
    expect(presentable.slides[3]!.missing).toBe(true);
    await ws.repos.decks.remove(deck.id);
    await expect(ws.repos.decks.presentable(deck.id)).rejects.toBeInstanceOf(RowNotFoundError);
  });
});
