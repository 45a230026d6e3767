// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Competitor } from '#shared/domain/analyses';
import type { Client, Opportunity } from '#shared/domain';
import { freshIndexedDb } from '#test/test-workspace';
import { initAppI18n } from '#test/i18n';
import { openWorkspace, WorkspaceProvider, type Workspace } from '#data';
import { theme } from '../../app/theme';
import { DatesLocale } from '../../components/DatesLocale';
import {
  makeBattlecardInput,
  makeCompetitorInput,
  makePriceObservationInput,
} from '../../../../test/factories/analyses';
import {
  makeCatalogItemInput,
  makeClientInput,
  makeOfferInput,
  makeOfferLineInput,
  makeOpportunityInput,
} from '../../../../test/factories/domain';
import { CompetitionAside } from './CompetitionAside';
import { CompetitorDetailPage } from './CompetitorDetailPage';
import { CompetitorsPage } from './CompetitorsPage';
import { LinePriceIntel } from './LinePriceIntel';
import { LossFormModal } from './LossFormModal';
import { OpportunityCompetitors } from './OpportunityCompetitors';
import { WinLossPage } from './WinLossPage';
import { clock } from './today';
import { installDomStubs } from '#test/dom-stubs';

// The competition screens and contributions on a real (fake-indexeddb) workspace, in German:
// bad input is shown at its field and saves nothing; the stale marks follow a fixed day; the
// loss form records or skips; the panels show the battlecards and prices that belong there.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = '2026-12-07';
let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let client: Client;
let root: Root | undefined;
let container: HTMLElement | undefined;
const realToday = clock.today;

beforeAll(async () => {
  installDomStubs();
  // Autosized textareas listen for loaded fonts, which jsdom does not have.
  (document as { fonts?: unknown }).fonts ??= {
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
  freshIndexedDb();
  workspace = await openWorkspace('analyses-ui-test', {
    now: () => Date.parse('2026-11-28T09:00:00Z'),
  });
  i18n = await initAppI18n('de');
  client = await workspace.repos.clients.create(makeClientInput());
});

afterAll(() => workspace?.close());

beforeEach(() => {
  clock.today = () => TODAY;
});

afterEach(async () => {
  clock.today = realToday;
  if (root) await act(async () => root!.unmount());
  container?.remove();
  root = undefined;
  document.body.innerHTML = '';
});

async function render(element: ReactNode, path = '/', routePath = '*') {
  container = document.createElement('div');
  document.body.append(container);
  const router = createMemoryRouter(
    [
      { path: routePath, element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  await act(async () => {
    root = createRoot(container!);
    root.render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <DatesLocale>
              <RouterProvider router={router} />
            </DatesLocale>
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
  return router;
}

/** Waits until the assertion holds (live queries answer asynchronously). */
const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });

/** An element by test id anywhere in the document (modals render into a portal). */
const byTestId = <E extends HTMLElement = HTMLInputElement>(id: string) => {
  const element = document.querySelector<E>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no element with data-testid ${id}`);
  return element;
};
const allByTestId = (id: string) => [...document.querySelectorAll(`[data-testid="${id}"]`)];
const buttonByText = (text: string, within = 'body') => {
  const button = [...document.querySelectorAll<HTMLButtonElement>(`${within} button`)].find(
    (element) => element.textContent?.trim() === text,
  );
  if (!button) throw new Error(`no button "${text}"`);
  return button;
};

async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')!.set!;
  await act(async () => {
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const inputByLabel = (label: string) => {
  const labelElement = [...document.querySelectorAll('label')].find(
    (element) => element.textContent?.replace('*', '').trim() === label,
  );
  const id = labelElement?.getAttribute('for');
  const input = id ? document.getElementById(id) : null;
  if (!input) throw new Error(`no field "${label}"`);
  return input as HTMLInputElement;
};
/** The message Mantine shows under a field. */
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref))
    .find((element) => element?.id.includes('error'))?.textContent;
const click = (element: HTMLElement) => act(async () => element.click());

async function competitor(overrides: Partial<Competitor> = {}): Promise<Competitor> {
  return workspace.repos.competitors.create(makeCompetitorInput(overrides));
}
async function opportunity(overrides: Partial<Opportunity> = {}): Promise<Opportunity> {
  return workspace.repos.opportunities.create(makeOpportunityInput(client.id, overrides));
}

describe('the competitor profile', () => {
  it('shows each bad field in German and saves nothing', async () => {
    const before = (await workspace.repos.competitors.listAll()).length;
    await render(<CompetitorsPage />, '/competitors');
    await until(() => expect(allByTestId('competitor-new').length).toBe(1));
    await click(byTestId('competitor-new'));
    await until(() => byTestId('competitor-form'));
    await type(inputByLabel('Website'), 'nordlicht.de');
    await type(inputByLabel('Marktanteil (%)'), '140');
    await click(byTestId('competitor-save'));
    await until(() => expect(errorOf(inputByLabel('Name'))).toBe(i18n.t('validation.required')));
    expect(errorOf(inputByLabel('Website'))).toBe(i18n.t('validation.url'));
    expect(errorOf(inputByLabel('Marktanteil (%)'))).toBeTruthy();
    expect((await workspace.repos.competitors.listAll()).length).toBe(before);
  });

  it('creates a competitor with German percentages and opens its page', async () => {
    const router = await render(<CompetitorsPage />, '/competitors', '/competitors');
    await until(() => byTestId('competitor-new'));
    await click(byTestId('competitor-new'));
    await until(() => byTestId('competitor-form'));
    await type(inputByLabel('Name'), 'Nordlicht IT');
    await type(inputByLabel('Typischer Rabatt (%)'), '12,5');
    await click(byTestId('competitor-save'));
    await until(() => expect(router.state.location.pathname).toMatch(/^\/competitors\/.+/));
    const saved = (await workspace.repos.competitors.list()).find((c) => c.name === 'Nordlicht IT');
    expect(saved?.typicalDiscountPct).toBe('12.5');
    expect(router.state.location.pathname).toBe(`/competitors/${saved!.id}`);
  });

  it('marks a profile stale after 90 days and "Heute geprüft" clears it', async () => {
    const stale = await competitor({ name: 'Alt GmbH', lastVerified: '2026-09-08' });
    await render(
      <CompetitorDetailPage />,
      `/competitors/${stale.id}`,
      '/competitors/:competitorId',
    );
    await until(() => byTestId('competitor-stale'));
    await click(byTestId('competitor-verified-today'));
    await until(async () =>
      expect((await workspace.repos.competitors.get(stale.id))?.lastVerified).toBe(TODAY),
    );
    await until(() => expect(allByTestId('competitor-stale')).toEqual([]));
  });

  it('is not stale the 89th day after its check', async () => {
    const fresh = await competitor({ name: 'Frisch AG', lastVerified: '2026-09-09' });
    await render(
      <CompetitorDetailPage />,
      `/competitors/${fresh.id}`,
      '/competitors/:competitorId',
    );
    await until(() => byTestId('competitor-title'));
    expect(allByTestId('competitor-stale')).toEqual([]);
  });

  it('deletes softly after asking: the competitor stays for win/loss', async () => {
    const doomed = await competitor({ name: 'Weg GmbH' });
    const router = await render(
      <CompetitorDetailPage />,
      `/competitors/${doomed.id}`,
      '/competitors/:competitorId',
    );
    await until(() => byTestId('competitor-title'));
    await until(() => byTestId('competitor-delete'));
    await click(byTestId<HTMLButtonElement>('competitor-delete'));
    await until(() => buttonByText('Löschen', '[role="dialog"]'));
    expect((await workspace.repos.competitors.get(doomed.id))?.deleted).toBe(false);
    await click(buttonByText('Löschen', '[role="dialog"]'));
    await until(async () =>
      expect((await workspace.repos.competitors.get(doomed.id))?.deleted).toBe(true),
    );
    expect(router.state.location.pathname).toBe('/competitors');
    expect((await workspace.repos.competitors.listAll()).map((c) => c.id)).toContain(doomed.id);
    expect((await workspace.repos.competitors.list()).map((c) => c.id)).not.toContain(doomed.id);
  });
});

describe('the battlecard editor', () => {
  it('refuses an objection without an answer and saves objections and texts', async () => {
    const rival = await competitor({ name: 'Karte AG' });
    await render(
      <CompetitorDetailPage />,
      `/competitors/${rival.id}`,
      '/competitors/:competitorId',
    );
    await until(() => byTestId('competitor-tab-battlecard'));
    await click(byTestId<HTMLButtonElement>('competitor-tab-battlecard'));
    await until(() => byTestId('battlecard-add-objection'));
    await click(byTestId<HTMLButtonElement>('battlecard-add-objection'));
    await type(byTestId('battlecard-objection-0'), 'Zu teuer');
    await click(byTestId<HTMLButtonElement>('battlecard-save'));
    await until(() =>
      expect(errorOf(byTestId('battlecard-answer-0'))).toBe(i18n.t('validation.required')),
    );
    expect(await workspace.repos.battlecards.forCompetitor(rival.id)).toBeUndefined();
    await type(byTestId('battlecard-answer-0'), 'Drei Jahre **Festpreis**');
    await type(byTestId('battlecard-differentiators'), '- eigenes Rechenzentrum');
    await click(byTestId<HTMLButtonElement>('battlecard-save'));
    await until(async () =>
      expect(await workspace.repos.battlecards.forCompetitor(rival.id)).toMatchObject({
        objections: [{ objection: 'Zu teuer', answer: 'Drei Jahre **Festpreis**' }],
        differentiators: '- eigenes Rechenzentrum',
      }),
    );
  });
});

describe('the loss form', () => {
  it('needs a reason, then records reason, competitor and gap; skipping writes nothing', async () => {
    const rival = await competitor({ name: 'Verlust GmbH' });
    const lost = await opportunity({
      title: 'Lager 2027',
      stage: 'lost',
      competitorIds: [rival.id],
    });
    const onClose = vi.fn();
    await render(<LossFormModal opportunity={lost} onClose={onClose} />);
    await until(() => byTestId('loss-form'));
    await click(byTestId<HTMLButtonElement>('loss-save'));
    await until(() =>
      expect(byTestId('loss-reason-error').textContent).toBe(i18n.t('validation.required')),
    );
    expect((await workspace.repos.opportunities.get(lost.id))?.lossReason).toBeUndefined();
    expect(onClose).not.toHaveBeenCalled();

    await click(
      document.querySelector<HTMLInputElement>('[data-testid="loss-reason"] input[value="price"]')!,
    );
    // Lost to: the competitor in play, picked from the list.
    await click(byTestId('loss-lost-to'));
    const option = await vi.waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find(
        (element) => element.textContent === 'Verlust GmbH',
      );
      if (!found) throw new Error('no option');
      return found;
    });
    await click(option);
    await click(
      document.querySelector<HTMLInputElement>(
        '[data-testid="loss-price-kind"] input[value="gap"]',
      )!,
    );
    await type(byTestId('loss-gap'), '-12,5');
    await click(byTestId<HTMLButtonElement>('loss-save'));
    await until(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(await workspace.repos.opportunities.get(lost.id)).toMatchObject({
      lossReason: 'price',
      lostToCompetitorId: rival.id,
      lostPriceGapPct: '-12.5',
      lostToPrice: '',
    });
  });

  it('asks what a price was for before it records one', async () => {
    const rival = await competitor({ name: 'Preis AG' });
    const lost = await opportunity({
      stage: 'lost',
      competitorIds: [rival.id],
      lostToCompetitorId: rival.id,
    });
    const onClose = vi.fn();
    await render(<LossFormModal opportunity={lost} onClose={onClose} />);
    await until(() => byTestId('loss-form'));
    await click(
      document.querySelector<HTMLInputElement>('[data-testid="loss-reason"] input[value="price"]')!,
    );
    await type(byTestId('loss-price'), '41.000');
    await click(byTestId<HTMLButtonElement>('loss-save'));
    await until(() => expect(errorOf(byTestId('loss-target'))).toBe(i18n.t('validation.required')));
    expect(onClose).not.toHaveBeenCalled();
    expect(await workspace.repos.priceObservations.listFor({ competitorId: rival.id })).toEqual([]);
  });

  it('speaks English when the UI does', async () => {
    const lost = await opportunity({ title: 'Warehouse 2027', stage: 'lost' });
    await i18n.changeLanguage('en');
    try {
      await render(<LossFormModal opportunity={lost} onClose={() => undefined} />);
      await until(() => byTestId('loss-form'));
      const text = byTestId<HTMLElement>('loss-form').textContent ?? '';
      expect(document.body.textContent).toContain('Lost: why?');
      for (const word of ['No decision', 'Functionality', 'Lost to', 'Skip', 'Save']) {
        expect(text).toContain(word);
      }
      expect(text).toContain('“Warehouse 2027” is lost.');
    } finally {
      await i18n.changeLanguage('de');
    }
  });

  it('"Überspringen" closes and leaves the opportunity as it was', async () => {
    const lost = await opportunity({ stage: 'lost' });
    const onClose = vi.fn();
    await render(<LossFormModal opportunity={lost} onClose={onClose} />);
    await until(() => byTestId('loss-skip'));
    await click(byTestId<HTMLButtonElement>('loss-skip'));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await workspace.repos.opportunities.get(lost.id)).toEqual(lost);
  });
});

describe('battlecards where the selling happens', () => {
  it('on the opportunity: the competitors in play, the incumbent and the stale mark', async () => {
    const incumbent = await competitor({ name: 'Bestand GmbH' });
    await workspace.repos.battlecards.save(
      incumbent.id,
      makeBattlecardInput(incumbent.id, { lastVerified: '2026-01-10' }),
    );
    const open = await opportunity({ competitorIds: [incumbent.id], incumbentId: incumbent.id });
    await render(<OpportunityCompetitors opportunity={open} />);
    await until(() => expect(allByTestId('battlecard-summary').length).toBe(1));
    const summary = byTestId<HTMLElement>('battlecard-summary');
    expect(summary.textContent).toContain('Bestand GmbH');
    expect(summary.textContent).toContain(i18n.t('analyses.inPlay.incumbentBadge'));
    expect(summary.querySelector('[data-testid="stale-badge"]')).not.toBeNull();
    // The shown texts: differentiators open, traps present but internal to the team.
    expect(summary.textContent).toContain('24/7-Betrieb mit eigenem Rechenzentrum');
  });

  it('in the offer editor: the battlecards of the offer’s opportunity and the prices for its lines', async () => {
    const rival = await competitor({ name: 'Angebot Rivale GmbH', lastVerified: '2026-12-01' });
    const other = await competitor({ name: 'Nicht im Spiel AG' });
    await workspace.repos.battlecards.save(
      rival.id,
      makeBattlecardInput(rival.id, { lastVerified: '2026-12-01' }),
    );
    const deal = await opportunity({ competitorIds: [rival.id] });
    await opportunity({ competitorIds: [other.id], stage: 'lost' });
    const item = await workspace.repos.catalog.create(
      makeCatalogItemInput({
        sku: 'SVC-1',
        name: 'Einführung',
        kind: 'service',
        listPrice: '1200.00',
      }),
    );
    const offer = await workspace.repos.offers.create(
      makeOfferInput(client.id, { opportunityId: deal.id }),
    );
    const [section] = await workspace.repos.offerSections.listByOffer(offer.id);
    await workspace.repos.offerLines.add(
      makeOfferLineInput(offer.id, section!.id, {
        catalogItemId: item.id,
        name: 'Einführung',
        unitPrice: '1200.00',
      }),
    );
    await workspace.repos.priceObservations.create(
      makePriceObservationInput(rival.id, {
        catalogItemId: item.id,
        category: '',
        price: '1000.00',
      }),
    );
    await render(<CompetitionAside offer={offer} />);
    await until(() => expect(allByTestId('competition-aside-line').length).toBe(1));
    const aside = byTestId<HTMLElement>('competition-aside');
    expect(aside.textContent).toContain('Angebot Rivale GmbH');
    expect(aside.textContent).not.toContain('Nicht im Spiel AG');
    expect(allByTestId('stale-badge')).toEqual([]);
    expect(byTestId<HTMLElement>('price-match-gap').textContent).toBe(
      'Unser Preis liegt 20,00 % über dem Median',
    );
  });

  it('in the line details: the same item first, with our gap to the median', async () => {
    const rival = await competitor({ name: 'Linie GmbH' });
    const item = await workspace.repos.catalog.create(
      makeCatalogItemInput({ sku: 'HW-9', name: 'Switch', kind: 'hardware' }),
    );
    await workspace.repos.priceObservations.create(
      makePriceObservationInput(rival.id, {
        catalogItemId: item.id,
        category: '',
        price: '900.00',
      }),
    );
    await workspace.repos.priceObservations.create(
      makePriceObservationInput(rival.id, { category: 'hardware', price: '5000.00' }),
    );
    const offer = await workspace.repos.offers.create(makeOfferInput(client.id));
    const [section] = await workspace.repos.offerSections.listByOffer(offer.id);
    const line = await workspace.repos.offerLines.add(
      makeOfferLineInput(offer.id, section!.id, { catalogItemId: item.id, unitPrice: '810.00' }),
    );
    await render(<LinePriceIntel offer={offer} line={line} />);
    await until(() => byTestId('price-match'));
    expect(byTestId<HTMLElement>('price-match-range').textContent).toBe(
      'Min. 900,00 € · Median 900,00 € · Max. 900,00 €',
    );
    expect(byTestId<HTMLElement>('price-match-gap').textContent).toBe(
      'Unser Preis liegt 10,00 % unter dem Median',
    );
  });
});

describe('the win/loss report', () => {
  it('counts losses to a competitor, names a deleted one and the skipped forms', async () => {
    const rival = await competitor({ name: 'Bilanz GmbH' });
    const won = await opportunity({
      stage: 'won',
      competitorIds: [rival.id],
      estimatedValue: '30000.00',
    });
    const lost = await opportunity({
      stage: 'lost',
      competitorIds: [rival.id],
      estimatedValue: '20000.00',
    });
    await workspace.repos.winLoss.recordLoss(lost.id, {
      lossReason: 'price',
      lostToCompetitorId: rival.id,
      lostToPrice: '',
      lostPriceGapPct: '-8',
    });
    await opportunity({ stage: 'lost', competitorIds: [rival.id] });
    await workspace.repos.competitors.remove(rival.id);
    expect(won.id).toBeTruthy();
    await render(<WinLossPage />, '/competitors/win-loss');
    await until(() =>
      expect(
        document.querySelector(`[data-testid="winloss-row"][data-competitor="${rival.id}"]`),
      ).not.toBeNull(),
    );
    const row = document.querySelector(
      `[data-testid="winloss-row"][data-competitor="${rival.id}"]`,
    )!;
    const cells = [...row.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells).toEqual([
      `Bilanz GmbH${i18n.t('analyses.deleted')}`,
      '3',
      '1',
      '2',
      '33,33 %',
      '30.000,00 €',
      '68.000,00 €',
      '1',
      '0',
      'Preis (1)',
      '-8,00 %',
    ]);
    expect(byTestId<HTMLElement>('winloss-skipped').textContent).toMatch(/verlorene ohne Angabe$/);
  });

  it('filters by industry and period', async () => {
    const rival = await competitor({ name: 'Filter GmbH' });
    const shop = await workspace.repos.clients.create(
      makeClientInput({ name: 'Modehaus Test', industry: 'Einzelhandel' }),
    );
    await workspace.repos.opportunities.create(
      makeOpportunityInput(shop.id, {
        stage: 'won',
        competitorIds: [rival.id],
        expectedCloseDate: '2026-03-31',
      }),
    );
    await opportunity({
      stage: 'lost',
      competitorIds: [rival.id],
      expectedCloseDate: '2026-06-30',
    });
    await render(<WinLossPage />, '/competitors/win-loss');
    const row = () =>
      document.querySelector(`[data-testid="winloss-row"][data-competitor="${rival.id}"]`);
    const figures = () => [...row()!.querySelectorAll('td')].slice(1, 4).map((c) => c.textContent);
    await until(() => expect(row()).not.toBeNull());
    expect(figures()).toEqual(['2', '1', '1']);

    await click(inputByLabel('Branche'));
    const option = await vi.waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find(
        (element) => element.textContent === 'Einzelhandel',
      );
      if (!found) throw new Error('no option');
      return found;
    });
    await click(option);
    await until(() => expect(figures()).toEqual(['1', '1', '0']));

    // A period that ends before the March win leaves the competitor out.
    await type(inputByLabel('Bis'), '28.02.2026');
    await act(async () =>
      inputByLabel('Bis').dispatchEvent(new FocusEvent('blur', { bubbles: true })),
    );
    await until(() => expect(row()).toBeNull());
    expect(document.body.textContent).toContain(i18n.t('analyses.winLoss.emptyTitle'));
  });
});
