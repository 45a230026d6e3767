// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeMoney, presentableDeck } from '#shared/presentations';
import type { PresentableDeck } from '#shared/presentations/types';
import { freshIndexedDb } from '#test/test-workspace';
import { initAppI18n } from '#test/i18n';
import { installDomStubs } from '#test/dom-stubs';
import { sampleDeck, sampleSlides, sampleSources } from '#test/presentation-fixtures';
import { openWorkspace, WorkspaceProvider, type Workspace } from '#data';
import { theme } from '../../../app/theme';
import { slideMessages } from './messages';
import { SlideView, type SlideViewMode } from './SlideView';

// Every slide kind of the sample deck drawn by SlideView on a real (fake-indexeddb) workspace:
// the accessible region and its label, the kind's parts, media from the blob store, never the
// notes, and no price text at all when the deck hides prices.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root | undefined;
let container: HTMLElement | undefined;
const objectUrls: Blob[] = [];

beforeAll(async () => {
  installDomStubs();
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
  // jsdom has no object URLs: hand out numbered ones and keep the blobs to read them back.
  URL.createObjectURL = (blob: Blob) => `blob:test/${objectUrls.push(blob) - 1}`;
  URL.revokeObjectURL = () => undefined;
  freshIndexedDb();
  workspace = await openWorkspace('slide-view-test');
  i18n = await initAppI18n('de');
  // Until the module's manifest lists this bundle, add it here (the app merges it the same way).
  if (!i18n.exists('slide.label')) {
    for (const language of ['de', 'en'] as const) {
      i18n.addResourceBundle(
        language,
        'translation',
        { slide: slideMessages[language] },
        true,
        true,
      );
    }
  }
});

afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = undefined;
});

afterAll(() => workspace.close());

async function draw(deck: PresentableDeck, mode: SlideViewMode = 'audience') {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root!.render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            {deck.slides.map((content) => (
              <SlideView
                key={content.id}
                content={content}
                theme={deck.theme}
                mode={mode}
                width={960}
                language={deck.language}
              />
            ))}
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
  // Media load from IndexedDB after the first render.
  await act(() => new Promise((done) => setTimeout(done, 50)));
  return [...container.querySelectorAll<HTMLElement>('[data-testid="slide-view"]')];
}

const sample = (overrides: Parameters<typeof sampleDeck>[0] = {}) =>
  presentableDeck(sampleDeck(overrides), sampleSlides(), sampleSources());

describe('SlideView', () => {
  it('is a region "Folie" labelled "n von N" for every kind, in the deck’s language', async () => {
    const deck = sample();
    const views = await draw(deck);
    expect(
      views.map((view) => [
        view.getAttribute('role'),
        view.getAttribute('aria-roledescription'),
        view.getAttribute('aria-label'),
        view.dataset.slideIndex,
        view.dataset.slideKind,
      ]),
    ).toEqual(
      deck.slides.map((content, index) => [
        'region',
        'Folie',
        `${index + 1} von ${deck.slides.length}`,
        String(index),
        content.kind,
      ]),
    );
    act(() => root?.unmount());
    const english = await draw(sample({ language: 'en' }));
    expect(english[0]!.getAttribute('aria-roledescription')).toBe('slide');
    expect(english[0]!.getAttribute('aria-label')).toBe(`1 of ${deck.slides.length}`);
  });

  it('draws each kind’s parts: title, facts, bullets, quote, table, call to action', async () => {
    const deck = sample();
    const views = await draw(deck);
    const byKind = (kind: string) => views.find((view) => view.dataset.slideKind === kind)!;
    const titles = views.map(
      (view) => view.querySelector('[data-testid="slide-view-title"]')?.textContent,
    );
    expect(titles).toEqual(
      deck.slides.map((content) =>
        content.kind === 'lead-capture'
          ? (content.leadCapture?.headline ?? content.title)
          : content.title,
      ),
    );
    const item = deck.slides.find((content) => content.kind === 'catalog-item')!;
    expect(
      [...byKind('catalog-item').querySelectorAll('[data-testid="slide-fact"]')].map((fact) => [
        fact.querySelector('dt')?.textContent,
        fact.querySelector('dd')?.textContent,
      ]),
    ).toEqual(item.facts.map((fact) => [fact.label, fact.value]));
    const bundle = deck.slides.find((content) => content.kind === 'bundle')!;
    expect(
      [...byKind('bundle').querySelectorAll('[data-testid="slide-bullet"]')].map(
        (li) => li.textContent,
      ),
    ).toEqual(bundle.bullets);
    expect(byKind('reference').querySelector('blockquote')?.textContent).toBe(
      '„Seitdem schlafen wir ruhiger.“',
    );
    const comparison = deck.slides.find((content) => content.kind === 'competitor-comparison')!;
    expect(
      [...byKind('competitor-comparison').querySelectorAll('tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent),
      ),
    ).toEqual(comparison.table);
    expect(byKind('analysis').querySelector('[data-testid="slide-chart"]')).not.toBeNull();
    expect(byKind('text').querySelector('strong')?.textContent).toBe('Notfallhilfe');
  });

  it('never draws the speaker notes, in any mode', async () => {
    for (const mode of ['audience', 'presenter-current', 'presenter-next', 'preview'] as const) {
      const views = await draw(sample(), mode);
      expect(views.map((view) => view.textContent).join(' ')).not.toContain('Notiz');
      act(() => root?.unmount());
    }
  });

  it('shows prices only when the deck lets it; with hidePrices no price text reaches the DOM', async () => {
    const shown = await draw(sample());
    const moneyIn = (views: HTMLElement[]) =>
      views.flatMap((view) =>
        [...view.querySelectorAll('dd, td, li, p, th')]
          .map((element) => element.textContent ?? '')
          .filter(looksLikeMoney),
      );
    expect(moneyIn(shown)).not.toEqual([]);
    act(() => root?.unmount());
    expect(moneyIn(await draw(sample({ hidePrices: true })))).toEqual([]);
  });

  it('draws the company logo from its data URL on the title and in the footers', async () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const sources = sampleSources();
    const deck = presentableDeck(sampleDeck(), sampleSlides(), {
      ...sources,
      company: { ...sources.company, logo },
    });
    const views = await draw(deck);
    const logos = views.map((view) => view.querySelector('img[alt^="Logo"]')?.getAttribute('src'));
    expect(logos).toEqual(
      deck.slides.map((content) =>
        content.kind === 'lead-capture' || content.kind === 'media' ? undefined : logo,
      ),
    );
  });

  it('shows the media slide’s image from the blob store, and says so when this device lacks it', async () => {
    const views = await draw(sample());
    const media = views.find((view) => view.dataset.slideKind === 'media')!;
    expect(media.querySelector('[data-testid="slide-media-placeholder"]')?.textContent).toBe(
      'Die Datei ist auf diesem Gerät noch nicht vorhanden.',
    );
    act(() => root?.unmount());

    const bytes = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 1, 2, 3]);
    const sha256 = await workspace.repos.blobs.put({ data: bytes, type: 'image/png' });
    const slides = sampleSlides().map((slide) =>
      slide.kind === 'media' ? { ...slide, mediaSha256: sha256 } : slide,
    );
    const deck = presentableDeck(sampleDeck(), slides, sampleSources());
    const again = await draw(deck);
    const image = again
      .find((view) => view.dataset.slideKind === 'media')!
      .querySelector<HTMLImageElement>('[data-testid="slide-image"]')!;
    expect(image.alt).toBe('rechenzentrum.png');
    const blob = objectUrls[Number(image.getAttribute('src')!.split('/').pop())]!;
    expect([blob.type, new Uint8Array(await blob.arrayBuffer())]).toEqual(['image/png', bytes]);
  });
});
