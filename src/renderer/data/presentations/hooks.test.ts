// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeCatalogItemInput,
  makeClientInput,
  makeContactInput,
} from '../../../../test/factories/domain';
import {
  makeDeckInput,
  makeLeadForm,
  makeSlidePng,
} from '../../../../test/factories/presentations';
import { openTestWorkspace } from '#test/test-workspace';
import { WorkspaceProvider } from '../WorkspaceProvider';
import type { Workspace } from '../workspace';
import { priceTexts } from '#shared/presentations';
import {
  useDeck,
  useDeckSlides,
  useDecks,
  useLead,
  useLeadConsent,
  useLeadDuplicates,
  useLeads,
  useMediaBlob,
  usePresentableDeck,
} from './hooks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let ws: ReturnType<typeof openTestWorkspace>;
let root: Root;
let container: HTMLElement;
beforeEach(() => {
  ws = openTestWorkspace();
  container = document.createElement('div');
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
});

/** Renders `use` and returns a reader of its latest result. */
async function renderHookValue<T>(use: () => T): Promise<() => T> {
  const seen: { value?: T } = {};
  function Probe() {
    seen.value = use();
    return null;
  }
  const workspace = { db: ws.db, repos: ws.repos } as unknown as Workspace;
  await act(async () => {
    root.render(
      createElement(WorkspaceProvider, { value: workspace, children: createElement(Probe) }),
    );
  });
  return () => seen.value as T;
}

/** Waits (generously: the machine may be busy) until the live queries show what is expected. */
async function eventually(check: () => void): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

describe('presentations hooks', () => {
  it('follow decks, slides and the presentable deck as they and their records change', async () => {
    const item = await ws.repos.catalog.create(makeCatalogItemInput());
    const deck = await ws.repos.decks.createDeck(makeDeckInput({ title: 'it-sa' }));
    const slide = await ws.repos.slides.add(deck.id, 'catalog-item');
    await ws.repos.slides.update(slide.id, { catalogItemId: item.id, title: '' });
    const read = await renderHookValue(() => {
      const presentable = usePresentableDeck(deck.id);
      return {
        decks: useDecks()?.map((row) => row.title),
        deck: useDeck(deck.id)?.title,
        none: useDeck('nobody'),
        slides: useDeckSlides(deck.id)?.map((row) => row.kind),
        shown: presentable?.slides.map((content) => content.title),
        hidePrices: presentable?.hidePrices,
        prices: presentable && priceTexts(presentable),
        gone: usePresentableDeck('nobody'),
      };
    });
    await eventually(() =>
      expect(read()).toEqual({
        decks: ['it-sa'],
        deck: 'it-sa',
        none: null,
        slides: ['catalog-item'],
        shown: ['Server R450'],
        hidePrices: false,
        prices: [],
        gone: null,
      }),
    );
    // The deck's switch alone takes the price off the slide, and back.
    await act(async () => ws.repos.slides.update(slide.id, { showPrices: true }));
    await eventually(() => expect(read().prices).toEqual(['4.290,00 €']));
    await act(async () => ws.repos.decks.update(deck.id, { hidePrices: true }));
    await eventually(() => expect(read()).toMatchObject({ hidePrices: true, prices: [] }));
    await act(async () => ws.repos.decks.update(deck.id, { hidePrices: false }));
    await eventually(() => expect(read().prices).toEqual(['4.290,00 €']));
    // A renamed catalog item and a new slide reach it too.
    await act(async () => {
      await ws.repos.catalog.update(item.id, { name: 'Server R460' });
      await ws.repos.slides.add(deck.id, 'lead-capture', 0);
      await ws.repos.decks.update(deck.id, { hidePrices: true });
    });
    await eventually(() => {
      expect(read().slides).toEqual(['lead-capture', 'catalog-item']);
      expect(read().shown?.[1]).toBe('Server R460');
      expect(read().hidePrices).toBe(true);
    });
    await act(async () => ws.repos.decks.remove(deck.id));
    await eventually(() => expect(read()).toMatchObject({ decks: [], shown: undefined }));
  });

  it('follow leads, their consent, duplicates and media bytes', async () => {
    const deck = await ws.repos.decks.createDeck(makeDeckInput());
    const capture = (lastName: string) =>
      ws.repos.leads.capture({
        deckId: deck.id,
        form: makeLeadForm({ lastName }),
        noticeText: 'Datenschutzhinweis nach Art. 13 DSGVO.',
        noticeShownAt: '2027-10-08T10:29:00.000Z',
        newsletterOptIn: false,
        newsletterText: '',
        language: 'de',
      });
    const first = await capture('Weber');
    const slide = await ws.repos.slides.add(deck.id, 'media');
    const png = makeSlidePng();
    const withMedia = await ws.repos.slides.setMedia(slide.id, {
      name: 'stand.png',
      mimeType: 'image/png',
      data: png,
    });
    const read = await renderHookValue(() => ({
      leads: useLeads()?.map((lead) => lead.lastName),
      ofDeck: useLeads({ deckId: deck.id, status: 'new' })?.length,
      discarded: useLeads({ status: 'discarded' })?.map((lead) => lead.lastName),
      lead: useLead(first.id)?.rating,
      consent: useLeadConsent(first.id)?.noticeText,
      noConsent: useLeadConsent('nobody'),
      duplicates: useLeadDuplicates(first.id)?.map((duplicate) => duplicate.kind),
      media: useMediaBlob(withMedia.mediaSha256)?.data.byteLength,
      noMedia: useMediaBlob(''),
    }));
    await eventually(() =>
      expect(read()).toEqual({
        leads: ['Weber'],
        ofDeck: 1,
        discarded: [],
        lead: 'warm',
        consent: 'Datenschutzhinweis nach Art. 13 DSGVO.',
        noConsent: null,
        duplicates: [],
        media: png.byteLength,
        noMedia: null,
      }),
    );
    await act(async () => {
      const second = await capture('Zweiter');
      await ws.repos.leads.discard(second.id);
      await ws.repos.leads.update(first.id, { rating: 'hot' });
      const client = await ws.repos.clients.create(makeClientInput({ name: 'Andere' }));
      await ws.repos.contacts.create(
        makeContactInput(client.id, { email: 'j.weber@spedition-weber.example.de' }),
      );
    });
    await eventually(() =>
      expect(read()).toMatchObject({
        leads: ['Weber'],
        discarded: ['Zweiter'],
        lead: 'hot',
        duplicates: ['email'],
      }),
    );
  });
});
