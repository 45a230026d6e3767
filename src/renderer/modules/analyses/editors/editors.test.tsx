// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { analysisLabels } from '#shared/analyses/charts';
import type { Analysis } from '#shared/domain/analyses';
import type { Offer } from '#shared/domain';
import { freshIndexedDb } from '#test/test-workspace';
import { initAppI18n } from '#test/i18n';
import { openWorkspace, WorkspaceProvider, type Workspace } from '#data';
import { theme } from '../../../app/theme';
import { makeAnalysisInput, makeCompetitorInput } from '../../../../../test/factories/analyses';
import { makeClientInput, makeOfferInput } from '../../../../../test/factories/domain';
import { AnalysisEditorPage } from './AnalysisEditorPage';
import { SAVE_DELAY_MS } from './useAnalysisDraft';
import { WhyUsPanel } from './WhyUsPanel';
import { installDomStubs } from '#test/dom-stubs';

// The editors on a real (fake-indexeddb) workspace: bad input is marked at its field and never
// saved, the weight sum shows while typing, a valid edit is saved; the Why-us choice on an offer.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let competitorId: string;
let root: Root | undefined;
let container: HTMLElement | undefined;

beforeAll(async () => {
  installDomStubs();
  // No canvas in jsdom: the chart has nothing to draw on (ChartView then draws nothing).
  HTMLCanvasElement.prototype.getContext = (() => null) as never;
  freshIndexedDb();
  workspace = await openWorkspace('editors-test', {
    now: () => Date.parse('2026-11-28T09:00:00Z'),
  });
  i18n = await initAppI18n('de');
  competitorId = (await workspace.repos.competitors.create(makeCompetitorInput())).id;
});

afterAll(() => workspace?.close());

afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  container?.remove();
  root = undefined;
});

async function render(path: string, routes: { path: string; element: React.ReactNode }[]) {
  container = document.createElement('div');
  document.body.append(container);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  await act(async () => {
    root = createRoot(container!);
    root.render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <RouterProvider router={router} />
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

const byTestId = (id: string) => {
  const element = container!.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
  if (!element) throw new Error(`no element with data-testid ${id}`);
  return element;
};

/** Types into a controlled input as a user would (React listens to the input event). */
async function type(id: string, value: string) {
  const input = byTestId(id);
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The message Mantine shows under a field (its aria-describedby error element). */
const fieldError = (id: string) => {
  const input = byTestId(id);
  const describedBy = input.getAttribute('aria-describedby') ?? '';
  return describedBy
    .split(' ')
    .map((ref) => document.getElementById(ref))
    .find((element) => element?.id.includes('error'))?.textContent;
};

const saveState = () => byTestId('analysis-save-state').getAttribute('data-state');
const openEditor = (analysis: Analysis) =>
  render(`/analyses/${analysis.id}`, [
    { path: '/analyses/:analysisId', element: <AnalysisEditorPage /> },
  ]);
/** Long enough for a save to have happened had one been scheduled. */
const pastSaveDelay = () => new Promise((resolve) => setTimeout(resolve, SAVE_DELAY_MS * 3));

describe('the competitor matrix editor', () => {
  it('shows the weight sum while typing and saves nothing until it is 100', async () => {
    const stored = await workspace.repos.analyses.create(
      makeAnalysisInput('competitor-matrix', { title: 'Matrix Gewichte' }, [competitorId]),
    );
    await openEditor(stored);
    await vi
      .waitFor(() => byTestId('matrix-weight-sum'), { timeout: 10_000 })
      .catch(() => {
        throw new Error(container!.innerHTML.slice(-3000));
      });
    expect(byTestId('matrix-weight-sum').textContent).toBe('Summe: 100 %');
    expect(saveState()).toBe('saved');

    await type('matrix-weight-1', '25');
    expect(byTestId('matrix-weight-sum').textContent).toBe('Summe: 90 % (muss 100 % sein)');
    expect(byTestId('matrix-weight-sum').getAttribute('data-valid')).toBe('false');
    expect(saveState()).toBe('invalid');
    await pastSaveDelay();
    expect(await workspace.repos.analyses.get(stored.id)).toEqual(stored);

    await type('matrix-weight-1', '35');
    expect(byTestId('matrix-weight-sum').textContent).toBe('Summe: 100 %');
    await type('matrix-weight-0', '45,5');
    await type('matrix-weight-1', '29,5');
    expect(byTestId('matrix-weight-sum').textContent).toBe('Summe: 100 %');
    await vi.waitFor(
      async () =>
        expect((await workspace.repos.analyses.get(stored.id))?.criteria).toEqual([
          { id: 'price', name: 'Preis', weightPct: '45.5' },
          { id: 'quality', name: 'Qualität', weightPct: '29.5' },
          { id: 'service', name: 'Service', weightPct: '25' },
        ]),
      { timeout: 10_000, interval: 50 },
    );
    await vi.waitFor(() => expect(saveState()).toBe('saved'), { timeout: 10_000 });
  });

  it('marks a score outside 1–5 at its field and saves nothing; a valid score is saved', async () => {
    const stored = await workspace.repos.analyses.create(
      makeAnalysisInput('competitor-matrix', { title: 'Matrix Punkte' }, [competitorId]),
    );
    await openEditor(stored);
    await vi.waitFor(() => byTestId('matrix-score-1-2'));

    await type('matrix-score-1-2', '6');
    expect(fieldError('matrix-score-1-2')).toBe('Bitte eine ganze Zahl von 1 bis 5.');
    expect(saveState()).toBe('invalid');
    expect(container!.textContent).toContain(
      'Die Rangfolge erscheint, sobald alle Gewichte und Bewertungen gültig sind.',
    );
    await pastSaveDelay();
    expect(await workspace.repos.analyses.get(stored.id)).toEqual(stored);

    await type('matrix-score-1-2', '5');
    expect(fieldError('matrix-score-1-2')).toBeUndefined();
    await vi.waitFor(
      async () =>
        expect((await workspace.repos.analyses.get(stored.id))?.scores?.[competitorId]).toEqual({
          price: 3,
          quality: 3,
          service: 5,
        }),
      { timeout: 10_000, interval: 50 },
    );
    // Ranking: we 3×0.4 + 5×0.35 + 4×0.25 = 3.95; they 3×0.4 + 3×0.35 + 5×0.25 = 3.50.
    const rows = [...container!.querySelectorAll('[data-testid="matrix-ranking-row"]')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['1.', 'Wir', '3,95'],
      ['2.', 'Elbtal Systemhaus GmbH', '3,50'],
    ]);
  });
});

describe('in English', () => {
  it('reads English notation and says the weight sum and the errors in English', async () => {
    const stored = await workspace.repos.analyses.create(
      makeAnalysisInput('competitor-matrix', { title: 'Matrix English' }, [competitorId]),
    );
    await i18n.changeLanguage('en');
    try {
      await openEditor(stored);
      await vi.waitFor(() => byTestId('matrix-weight-sum'));
      await type('matrix-weight-0', '30.5');
      expect(byTestId('matrix-weight-sum').textContent).toBe('Sum: 90.50 % (must be 100 %)');
      await type('matrix-score-0-0', '9');
      expect(fieldError('matrix-score-0-0')).toBe('Please enter a whole number from 1 to 5.');
      expect(byTestId('analysis-save-state').textContent).toBe(
        'Not saved: please correct the marked fields',
      );
    } finally {
      await i18n.changeLanguage('de');
    }
  });
});

describe('saving', () => {
  it('saves a valid edit still waiting when the editor closes', async () => {
    const stored = await workspace.repos.analyses.create(
      makeAnalysisInput('competitor-matrix', { title: 'Matrix Schließen' }, [competitorId]),
    );
    await openEditor(stored);
    await vi.waitFor(() => byTestId('matrix-score-0-0'));
    await type('matrix-score-0-0', '1');
    expect(saveState()).toBe('pending');
    // Closed at once, long before the save delay is over.
    await act(async () => root!.unmount());
    root = undefined;
    await vi.waitFor(
      async () =>
        expect((await workspace.repos.analyses.get(stored.id))?.scores?.self?.price).toBe(1),
      { timeout: 10_000, interval: 50 },
    );
  });

  it('shows a change made elsewhere while the user has no edit of their own', async () => {
    const stored = await workspace.repos.analyses.create(
      makeAnalysisInput('market-size', { title: 'Markt von anderswo' }),
    );
    await openEditor(stored);
    await vi.waitFor(() => byTestId('market-customers'));
    expect(byTestId('market-customers').value).toBe('4200');
    // Another window (or a colleague through sync) changes the number of customers.
    await act(async () => {
      await workspace.repos.analyses.update(stored.id, {
        market: { ...stored.market!, customers: '5000' },
      });
    });
    await vi.waitFor(() => expect(byTestId('market-customers').value).toBe('5000'));
    expect(byTestId('market-tam').textContent).toBe('425.000.000,00 €');
    expect(saveState()).toBe('saved');
  });
});

describe('the other editors', () => {
  it('market size: a share over 100 % is marked and not saved; TAM/SAM/SOM follow valid input', async () => {
    const stored = await workspace.repos.analyses.create(makeAnalysisInput('market-size'));
    await openEditor(stored);
    await vi.waitFor(() => byTestId('market-samPct'));
    expect(byTestId('market-tam').textContent).toBe('357.000.000,00 €');

    await type('market-samPct', '120');
    expect(fieldError('market-samPct')).toBe('Bitte einen Prozentwert von 0 bis 100.');
    expect(byTestId('market-sam').textContent).toBe('–');
    await pastSaveDelay();
    expect(await workspace.repos.analyses.get(stored.id)).toEqual(stored);

    await type('market-samPct', '50');
    expect(byTestId('market-sam').textContent).toBe('178.500.000,00 €');
    await vi.waitFor(
      async () =>
        expect((await workspace.repos.analyses.get(stored.id))?.market?.samPct).toBe('50'),
      { timeout: 10_000, interval: 50 },
    );
  });

  it('five forces: a rating of 0 is marked; the average and attractiveness follow', async () => {
    const stored = await workspace.repos.analyses.create(makeAnalysisInput('five-forces'));
    await openEditor(stored);
    await vi.waitFor(() => byTestId('force-rating-rivalry'));
    expect(byTestId('five-forces-summary').textContent).toBe(
      'Durchschnitt: 3,00Attraktivität des Markts:mittel',
    );
    await type('force-rating-rivalry', '0');
    expect(fieldError('force-rating-rivalry')).toBe('Bitte eine ganze Zahl von 1 bis 5.');
    await pastSaveDelay();
    expect(await workspace.repos.analyses.get(stored.id)).toEqual(stored);
    await type('force-rating-rivalry', '1');
    expect(byTestId('five-forces-summary').textContent).toBe(
      'Durchschnitt: 2,40Attraktivität des Markts:hoch',
    );
    await vi.waitFor(
      async () =>
        expect((await workspace.repos.analyses.get(stored.id))?.forces?.rivalry.rating).toBe(1),
      { timeout: 10_000, interval: 50 },
    );
  });
});

describe('the portfolio editor', () => {
  /** The quadrant badge of the first solution. */
  const badge = () =>
    byTestId('portfolio-quadrant-0').querySelector('[data-quadrant]')?.textContent ?? null;

  it('names the quadrants as the chart does: Stars, Cash Cows, Fragezeichen, Arme Hunde', async () => {
    const stored = await workspace.repos.analyses.create(makeAnalysisInput('portfolio'));
    await openEditor(stored);
    await vi.waitFor(() => byTestId('portfolio-marketGrowthPct-0'));
    // Growth 12,5 %, relative share 1,4: high and high.
    expect(badge()).toBe('Stars');
    await type('portfolio-marketGrowthPct-0', '3');
    expect(badge()).toBe('Cash Cows');
    await type('portfolio-relativeMarketShare-0', '0,5');
    expect(badge()).toBe('Arme Hunde');
    await type('portfolio-marketGrowthPct-0', '15');
    expect(badge()).toBe('Fragezeichen');
    // The same words as the chart's quadrant labels.
    expect(Object.values(analysisLabels('de').bcg).sort()).toEqual(
      ['Arme Hunde', 'Cash Cows', 'Fragezeichen', 'Stars'].sort(),
    );
  });

  it('in English: Stars, Cash Cows, Question Marks, Poor Dogs', async () => {
    const stored = await workspace.repos.analyses.create(makeAnalysisInput('portfolio'));
    await i18n.changeLanguage('en');
    try {
      await openEditor(stored);
      await vi.waitFor(() => byTestId('portfolio-marketGrowthPct-0'));
      expect(badge()).toBe('Stars');
      await type('portfolio-marketGrowthPct-0', '3');
      expect(badge()).toBe('Cash Cows');
      await type('portfolio-relativeMarketShare-0', '0.5');
      expect(badge()).toBe('Poor Dogs');
      await type('portfolio-marketGrowthPct-0', '15');
      expect(badge()).toBe('Question Marks');
    } finally {
      await i18n.changeLanguage('de');
    }
  });
});

describe('WhyUsPanel', () => {
  async function offerWith(status: 'draft' | 'sent') {
    const client = await workspace.repos.clients.create(makeClientInput());
    const offer = await workspace.repos.offers.create(makeOfferInput(client.id));
    return status === 'sent' ? workspace.repos.offers.markSent(offer.id) : offer;
  }
  const renderPanel = (offer: Offer) =>
    render('/', [{ path: '/', element: <WhyUsPanel offer={offer} context={{} as never} /> }]);

  /** Opens the select and clicks the option with this label. */
  async function choose(label: string) {
    await act(async () => byTestId('why-us-select').click());
    const option = await vi.waitFor(() => {
      const found = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find(
        (element) => element.textContent === label,
      );
      if (!found) throw new Error(`no option ${label}`);
      return found;
    });
    await act(async () => option.click());
  }

  it('sets the offer’s Why-us matrix and clears it again', async () => {
    const matrix = await workspace.repos.analyses.create(
      makeAnalysisInput('competitor-matrix', { title: 'Matrix für Warum wir' }, [competitorId]),
    );
    const offer = await offerWith('draft');
    await renderPanel(offer);
    await vi.waitFor(() => byTestId('why-us-select'));
    expect(byTestId('why-us-select').value).toBe('Kein Kapitel „Warum wir“');
    await choose('Matrix für Warum wir');
    await vi.waitFor(async () =>
      expect((await workspace.repos.offers.get(offer.id))?.whyUsAnalysisId).toBe(matrix.id),
    );
    await act(async () => root!.unmount());
    root = undefined;
    await renderPanel((await workspace.repos.offers.get(offer.id))!);
    await vi.waitFor(() => expect(byTestId('why-us-select').value).toBe('Matrix für Warum wir'));
    await choose('Kein Kapitel „Warum wir“');
    await vi.waitFor(async () =>
      expect((await workspace.repos.offers.get(offer.id))?.whyUsAnalysisId).toBe(''),
    );
  });

  it('is read-only on an offer that is not a draft', async () => {
    const offer = await offerWith('sent');
    await renderPanel(offer);
    await vi.waitFor(() => byTestId('why-us-panel'));
    expect(container!.textContent).toContain('Nur im Entwurf änderbar.');
    expect(byTestId('why-us-select').disabled).toBe(true);
  });
});
