// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CatalogItem } from '#shared/domain';
import type { initAppI18n } from '#test/i18n';
import {
  byTestId as elementByTestId,
  click,
  openContractUiWorkspace,
  until,
} from '#test/contract-workspace';
import { WorkspaceProvider, type Workspace } from '#data';
import { makeCatalogItemInput, makeCompanyProfile } from '../../../../test/factories/domain';
import { theme } from '../../app/theme';
import { DatesLocale } from '../../components/DatesLocale';
import { platform } from '../../platform';
import { DeckEditorPage } from './DeckEditorPage';
import { DecksPage } from './DecksPage';

// The decks list and the deck editor on a real (fake-indexeddb) workspace, in German: a new
// deck opens in the editor; "Präsentieren" is off with its reason until there is a slide;
// slides are added by kind and moved with Alt+↑; "Preise ausblenden" says what it does and
// takes the price out of the preview; a refused title saves nothing; a deck is deleted only
// after asking, with undo.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let item: CatalogItem;
let root: Root | undefined;
let container: HTMLElement | undefined;
let router: ReturnType<typeof createMemoryRouter> | undefined;

beforeAll(async () => {
  // jsdom lays nothing out: the slide preview measures a 640×360 box, as in the window.
  const measure = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    return this.getAttribute('data-testid') === 'slide-view'
      ? ({
          x: 0,
          y: 0,
          top: 0,
          left: 0,
          width: 640,
          height: 360,
          right: 640,
          bottom: 360,
        } as DOMRect)
      : measure.call(this);
  };
  ({ workspace, i18n } = await openContractUiWorkspace(
    'presentations-ui-test',
    '2026-11-28T09:00:00Z',
  ));
  await workspace.repos.settings.saveCompany(makeCompanyProfile());
  item = await workspace.repos.catalog.create(
    makeCatalogItemInput({ name: 'Managed Firewall', listPrice: '1290.00' }),
  );
});

afterAll(() => workspace?.close());

afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  container?.remove();
  root = undefined;
  document.body.innerHTML = '';
});

async function render(path: string, element?: ReactNode) {
  container = document.createElement('div');
  document.body.append(container);
  router = createMemoryRouter(
    element
      ? [{ path: '*', element }]
      : [
          { path: '/presentations', element: <DecksPage /> },
          { path: '/presentations/:deckId', element: <DeckEditorPage /> },
          { path: '/present/:deckId', element: <div data-testid="presenter-route" /> },
        ],
    { initialEntries: [path] },
  );
  await act(async () => {
    root = createRoot(container!);
    root.render(
      <MantineProvider theme={theme}>
        <Notifications />
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <DatesLocale>
              <RouterProvider router={router!} />
            </DatesLocale>
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

const byTestId = <E extends HTMLElement = HTMLInputElement>(id: string) => elementByTestId<E>(id);
const query = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')!.set!;
  await act(async () => {
    element.focus();
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const blur = (element: HTMLElement) =>
  act(async () => {
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    element.blur();
  });
const key = (element: HTMLElement, init: KeyboardEventInit) =>
  act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
  });
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref))
    .find((element) => element?.id.includes('error'))?.textContent;

/** Opens the "Folie hinzufügen" menu and picks `kind`. */
async function addSlide(kind: string) {
  await click(byTestId<HTMLButtonElement>('deck-add-slide'));
  await until(() => expect(query(`deck-add-slide-${kind}`)).not.toBeNull());
  await click(byTestId(`deck-add-slide-${kind}`));
}

describe('the decks list', () => {
  it('starts empty, creates a deck from its title and opens it in the editor', async () => {
    await render('/presentations');
    await until(() =>
      expect(byTestId('empty-state').textContent).toContain('Noch kein Foliensatz'),
    );
    await click(byTestId<HTMLButtonElement>('deck-new'));
    await until(() => expect(query('deck-new-title')).not.toBeNull());
    // An empty title is refused at the field and creates nothing.
    await click(byTestId<HTMLButtonElement>('deck-new-create'));
    await until(() =>
      expect(errorOf(byTestId('deck-new-title'))).toBe('Bitte einen Titel eingeben.'),
    );
    expect(await workspace.repos.decks.list()).toHaveLength(0);

    await type(byTestId('deck-new-title'), 'it-sa 2026 Portfolio');
    await click(byTestId<HTMLButtonElement>('deck-new-create'));
    await until(() => expect(byTestId('deck-heading').textContent).toBe('it-sa 2026 Portfolio'));
    const [deck] = await workspace.repos.decks.list();
    expect(deck!.language).toBe('de');
    expect(router!.state.location.pathname).toBe(`/presentations/${deck!.id}`);
    await workspace.repos.decks.remove(deck!.id);
  });

  it('deletes a deck only after asking, and undo brings it back', async () => {
    const deck = await workspace.repos.decks.createDeck({ title: 'Hausmesse' });
    await render('/presentations');
    await until(() => expect(query(`deck-row-${deck.id}`)).not.toBeNull());
    await click(byTestId(`deck-delete-${deck.id}`));
    await until(() => expect(document.body.textContent).toContain('Foliensatz löschen?'));
    expect((await workspace.repos.decks.get(deck.id))!.deleted).toBe(false);
    const confirm = [...document.querySelectorAll('button')].find(
      (button) => button.textContent === 'Löschen',
    )!;
    await click(confirm);
    await until(() => expect(query(`deck-row-${deck.id}`)).toBeNull());
    expect((await workspace.repos.decks.get(deck.id))!.deleted).toBe(true);
    await until(() => expect(query('undo-button')).not.toBeNull());
    await click(byTestId('undo-button'));
    await until(() => expect(query(`deck-row-${deck.id}`)).not.toBeNull());
    expect((await workspace.repos.decks.get(deck.id))!.deleted).toBe(false);
    await workspace.repos.decks.remove(deck.id);
  });
});

describe('the decks list, duplicating', () => {
  it('copies a deck with its slides and says under which title', async () => {
    const deck = await workspace.repos.decks.createDeck({ title: 'Hausmesse' });
    await workspace.repos.slides.add(deck.id, 'title');
    await workspace.repos.slides.add(deck.id, 'text');
    await render('/presentations');
    await until(() => expect(byTestId(`deck-slide-count-${deck.id}`).textContent).toBe('2'));
    await click(byTestId(`deck-duplicate-${deck.id}`));
    await until(async () => expect(await workspace.repos.decks.list()).toHaveLength(2));
    const copy = (await workspace.repos.decks.list()).find((row) => row.id !== deck.id)!;
    await until(() =>
      expect(document.body.textContent).toContain(
        `„Hausmesse“ wurde als „${copy.title}“ dupliziert.`,
      ),
    );
    await until(() => expect(byTestId(`deck-slide-count-${copy.id}`).textContent).toBe('2'));
    await workspace.repos.decks.remove(deck.id);
    await workspace.repos.decks.remove(copy.id);
  });
});

describe('the deck editor', () => {
  it('offers "Präsentieren" only with a slide, adds slides by kind and moves them with Alt+↑', async () => {
    const deck = await workspace.repos.decks.createDeck({ title: 'Messe Leipzig' });
    await render(`/presentations/${deck.id}`);
    await until(() => expect(query('deck-editor')).not.toBeNull());
    expect(byTestId<HTMLButtonElement>('deck-present').disabled).toBe(true);
    expect(byTestId('deck-present-reason').textContent).toContain(
      'ein leerer Foliensatz lässt sich nicht präsentieren',
    );

    await addSlide('title');
    await until(() => expect(query('slide-item-0')).not.toBeNull());
    expect(byTestId<HTMLButtonElement>('deck-present').disabled).toBe(false);
    expect(query('deck-present-reason')).toBeNull();
    await addSlide('text');
    await until(() => expect(query('slide-item-1')).not.toBeNull());
    // The new slide is selected: its form is the text slide's.
    await until(() => expect(byTestId('slide-form').dataset.kind).toBe('text'));
    await type(byTestId<HTMLTextAreaElement>('slide-body'), 'Wir sichern Ihre Daten.');
    await blur(byTestId('slide-body'));
    await until(async () =>
      expect((await workspace.repos.slides.listFor(deck.id))[1]!.body).toBe(
        'Wir sichern Ihre Daten.',
      ),
    );

    await key(byTestId('slide-item-1'), { key: 'ArrowUp', altKey: true });
    await until(async () =>
      expect((await workspace.repos.slides.listFor(deck.id)).map((slide) => slide.kind)).toEqual([
        'text',
        'title',
      ]),
    );
    // The moved slide keeps the focus at its new place; Alt+↑ at the top does nothing.
    await until(() => expect(document.activeElement).toBe(byTestId('slide-item-0')));
    await key(byTestId('slide-item-0'), { key: 'ArrowUp', altKey: true });
    expect((await workspace.repos.slides.listFor(deck.id)).map((slide) => slide.kind)).toEqual([
      'text',
      'title',
    ]);
    expect(byTestId('deck-summary').textContent).toContain('2 Folien');
    expect(byTestId('deck-summary').textContent).toContain('20 s');

    await click(byTestId<HTMLButtonElement>('deck-present'));
    await until(() => expect(router!.state.location.pathname).toBe(`/present/${deck.id}`));
    await workspace.repos.decks.remove(deck.id);
  });

  it('hides the price in the preview when "Preise ausblenden" is on, and says what it does', async () => {
    const deck = await workspace.repos.decks.createDeck({ title: 'Preisliste' });
    const slide = await workspace.repos.slides.add(deck.id, 'catalog-item');
    await workspace.repos.slides.update(slide.id, { catalogItemId: item.id, showPrices: true });
    await render(`/presentations/${deck.id}`);
    await until(() => expect(byTestId('deck-preview').textContent).toContain('Managed Firewall'));
    const shown = byTestId('deck-preview').textContent!;
    expect(shown).toContain('1.290,00');

    await click(byTestId('deck-tab-settings'));
    await until(() => expect(query('deck-hide-prices')).not.toBeNull());
    expect(byTestId('deck-hide-prices-text').textContent).toContain('Artikel- und Paketfolien');
    await click(byTestId('deck-hide-prices'));
    await until(async () =>
      expect((await workspace.repos.decks.get(deck.id))!.hidePrices).toBe(true),
    );
    await until(() =>
      expect(byTestId('deck-hide-prices-text').textContent).toContain(
        'Keine Folie zeigt Preise, Rabatte oder Margen',
      ),
    );

    await click(byTestId('deck-tab-slides'));
    await until(() => expect(byTestId('deck-preview').textContent).toContain('Managed Firewall'));
    const hidden = byTestId('deck-preview').textContent!;
    expect(hidden).not.toContain('1.290');
    expect(hidden).not.toContain('€');
    expect(byTestId('slide-prices-overridden').textContent).toContain('blendet Preise aus');
    await workspace.repos.decks.remove(deck.id);
  });

  it('refuses an empty deck title at the field and keeps the stored one', async () => {
    const deck = await workspace.repos.decks.createDeck({ title: 'Hannover Messe' });
    await render(`/presentations/${deck.id}`);
    await until(() => expect(query('deck-editor')).not.toBeNull());
    await click(byTestId('deck-tab-settings'));
    await until(() => expect(query('deck-title')).not.toBeNull());
    await type(byTestId('deck-title'), '   ');
    await blur(byTestId('deck-title'));
    await until(() => expect(errorOf(byTestId('deck-title'))).toBe('Bitte einen Titel eingeben.'));
    expect((await workspace.repos.decks.get(deck.id))!.title).toBe('Hannover Messe');

    await type(byTestId('deck-title'), 'Hannover Messe 2027');
    await blur(byTestId('deck-title'));
    await until(async () =>
      expect((await workspace.repos.decks.get(deck.id))!.title).toBe('Hannover Messe 2027'),
    );
    await until(() => expect(byTestId('deck-heading').textContent).toBe('Hannover Messe 2027'));
    await workspace.repos.decks.remove(deck.id);
  });
  it('shows the default privacy notice, copies it to edit, and goes back to the default', async () => {
    const deck = await workspace.repos.decks.createDeck({ title: 'Datenschutz' });
    const company = (await workspace.repos.settings.getCompany())!;
    await render(`/presentations/${deck.id}`);
    await until(() => expect(query('deck-editor')).not.toBeNull());
    await click(byTestId('deck-tab-settings'));
    await until(() => expect(query('deck-lead-texts')).not.toBeNull());
    await click(byTestId('deck-lead-texts'));
    await until(() =>
      expect(byTestId('deck-privacy-notice-default').textContent).toContain(company.name),
    );
    const shown = byTestId('deck-privacy-notice-default').textContent!;
    await click(byTestId('deck-privacy-notice-edit-default'));
    await until(async () =>
      expect((await workspace.repos.decks.get(deck.id))!.privacyNotice).toBe(shown),
    );
    await until(() => expect(byTestId('deck-privacy-notice').value).toBe(shown));
    await click(byTestId('deck-privacy-notice-use-default'));
    await until(async () =>
      expect((await workspace.repos.decks.get(deck.id))!.privacyNotice).toBe(''),
    );
    await until(() => expect(query('deck-privacy-notice-default')).not.toBeNull());
    await workspace.repos.decks.remove(deck.id);
  });
  it('takes an image for a media slide through the file picker and refuses a PDF at the field', async () => {
    const deck = await workspace.repos.decks.createDeck({ title: 'Bilder' });
    const slide = await workspace.repos.slides.add(deck.id, 'media');
    const picker = vi.spyOn(platform, 'openFile');
    try {
      await render(`/presentations/${deck.id}`);
      await until(() => expect(byTestId('slide-form').dataset.kind).toBe('media'));
      expect(byTestId('slide-media-name').textContent).toBe('Keine Datei gewählt.');

      picker.mockResolvedValueOnce({
        name: 'Preisliste.pdf',
        data: new Uint8Array([37, 80, 68, 70]),
      });
      await click(byTestId('slide-media-upload'));
      await until(() =>
        expect(byTestId('slide-media-error').textContent).toContain('Dieser Dateityp geht nicht'),
      );
      expect((await workspace.repos.slides.get(slide.id))!.mediaSha256).toBe('');
      expect(picker.mock.calls[0]![0]!.accept).toContain('mp4');

      const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 0]);
      picker.mockResolvedValueOnce({ name: 'Messestand.png', data: png });
      await click(byTestId('slide-media-upload'));
      await until(() => expect(byTestId('slide-media-name').textContent).toBe('Messestand.png'));
      expect(query('slide-media-error')).toBeNull();
      const stored = (await workspace.repos.slides.get(slide.id))!;
      expect(stored.mediaType).toBe('image/png');
      expect(stored.mediaSha256).toMatch(/^[0-9a-f]{64}$/);

      await click(byTestId('slide-media-remove'));
      await until(async () =>
        expect((await workspace.repos.slides.get(slide.id))!.mediaSha256).toBe(''),
      );
    } finally {
      picker.mockRestore();
      await workspace.repos.decks.remove(deck.id);
    }
  });
  it('deletes a slide with Del after asking, undoes it, and starts presenting with F5 only with slides', async () => {
    const deck = await workspace.repos.decks.createDeck({ title: 'Tastatur' });
    await render(`/presentations/${deck.id}`);
    await until(() => expect(query('deck-editor')).not.toBeNull());
    // F5 on an empty deck stays in the editor.
    await key(document.body, { key: 'F5' });
    expect(router!.state.location.pathname).toBe(`/presentations/${deck.id}`);

    const first = await workspace.repos.slides.add(deck.id, 'title');
    await workspace.repos.slides.update(first.id, { title: 'Willkommen' });
    const second = await workspace.repos.slides.add(deck.id, 'text');
    await workspace.repos.slides.update(second.id, { title: 'Leistungen' });
    await until(() => expect(query('slide-item-1')).not.toBeNull());
    await key(byTestId('slide-item-1'), { key: 'Delete' });
    await until(() =>
      expect(document.body.textContent).toContain('Folie 2 „Leistungen“ kommt in den Papierkorb'),
    );
    expect((await workspace.repos.slides.listFor(deck.id)).length).toBe(2);
    const confirm = [...document.querySelectorAll('button')].find(
      (button) => button.textContent === 'Löschen',
    )!;
    await click(confirm);
    await until(async () => expect(await workspace.repos.slides.listFor(deck.id)).toHaveLength(1));
    await until(() => expect(query('slide-item-1')).toBeNull());
    await until(() => expect(query('undo-button')).not.toBeNull());
    await click(byTestId('undo-button'));
    await until(() => expect(query('slide-item-1')).not.toBeNull());
    expect((await workspace.repos.slides.listFor(deck.id)).map((slide) => slide.title)).toEqual([
      'Willkommen',
      'Leistungen',
    ]);

    await key(document.body, { key: 'F5' });
    await until(() => expect(router!.state.location.pathname).toBe(`/present/${deck.id}`));
    await workspace.repos.decks.remove(deck.id);
  });
});
