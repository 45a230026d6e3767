// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput, makeOpportunityInput } from '../../../../test/factories/domain';
import {
  makeAnalysisInput,
  makeBattlecardInput,
  makeCompetitorInput,
  makePriceObservationInput,
} from '../../../../test/factories/analyses';
import { openTestWorkspace } from '#test/test-workspace';
import { WorkspaceProvider } from '../WorkspaceProvider';
import type { Workspace } from '../workspace';
import {
  useAllCompetitors,
  useAllOpportunities,
  useAnalyses,
  useBattlecard,
  useBattlecards,
  useCompetitor,
  useCompetitors,
  usePriceObservations,
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
    // createElement, not JSX: the data layer's tests are .ts files (tsconfig.sync.json).
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
    // Each pause inside act lets the live queries' results render.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

describe('analyses hooks', () => {
  it('list competitors (live), all of them with deleted ones, one by id or null', async () => {
    const [alpha, beta] = await ws.repos.competitors.bulkCreate([
      makeCompetitorInput({ name: 'Alpha' }),
      makeCompetitorInput({ name: 'Beta' }),
    ]);
    const read = await renderHookValue(() => ({
      live: useCompetitors()?.map((c) => c.name),
      all: useAllCompetitors()?.map((c) => [c.name, c.deleted]),
      one: useCompetitor(beta!.id)?.name,
      none: useCompetitor('nobody'),
    }));
    await eventually(() => {
      expect(read()).toEqual({
        live: ['Alpha', 'Beta'],
        all: [
          ['Alpha', false],
          ['Beta', false],
        ],
        one: 'Beta',
        none: null,
      });
    });
    await act(() => ws.repos.competitors.remove(alpha!.id));
    await eventually(() => {
      expect(read().live).toEqual(['Beta']);
      expect(read().all).toEqual([
        ['Alpha', true],
        ['Beta', false],
      ]);
    });
  });

  it('give battlecards per competitor in the order asked, null for one without', async () => {
    const [alpha, beta, gamma] = await ws.repos.competitors.bulkCreate([
      makeCompetitorInput({ name: 'Alpha' }),
      makeCompetitorInput({ name: 'Beta' }),
      makeCompetitorInput({ name: 'Gamma' }),
    ]);
    await ws.repos.battlecards.create(makeBattlecardInput(alpha!.id, { traps: 'A' }));
    await ws.repos.battlecards.create(makeBattlecardInput(gamma!.id, { traps: 'G' }));
    const read = await renderHookValue(() => ({
      many: useBattlecards([gamma!.id, beta!.id, alpha!.id])?.map((card) => card.traps),
      without: useBattlecard(beta!.id),
    }));
    await eventually(() => {
      expect(read()).toEqual({ many: ['G', 'A'], without: null });
    });
    await act(async () => {
      await ws.repos.battlecards.save(beta!.id, { traps: 'B' });
    });
    await eventually(() => {
      expect(read().many).toEqual(['G', 'B', 'A']);
    });
  });

  it('filter price observations and analyses; every opportunity comes with its client’s industry', async () => {
    const client = await ws.repos.clients.create(makeClientInput({ industry: 'Logistik' }));
    const won = await ws.repos.opportunities.create(
      makeOpportunityInput(client.id, { stage: 'won', probability: 100 }),
    );
    const gone = await ws.repos.opportunities.create(makeOpportunityInput(client.id));
    await ws.repos.opportunities.remove(gone.id);
    const [rival] = await ws.repos.competitors.bulkCreate([makeCompetitorInput()]);
    await ws.repos.priceObservations.bulkCreate([
      makePriceObservationInput(rival!.id, { category: 'service' }),
      makePriceObservationInput(rival!.id, { category: 'hardware' }),
    ]);
    await ws.repos.analyses.create(makeAnalysisInput('swot'));
    await ws.repos.analyses.create(
      makeAnalysisInput('five-forces', { subject: 'client', clientId: client.id }),
    );
    const read = await renderHookValue(() => ({
      prices: usePriceObservations({ categories: ['hardware'] })?.map((p) => p.category),
      allPrices: usePriceObservations()?.length,
      swot: useAnalyses({ kind: 'swot' })?.map((a) => a.kind),
      ofClient: useAnalyses({ clientId: client.id })?.map((a) => a.kind),
      opportunities: useAllOpportunities()?.map(({ opportunity, industry }) => [
        opportunity.id,
        industry,
      ]),
    }));
    await eventually(() => {
      expect(read()).toEqual({
        prices: ['hardware'],
        allPrices: 2,
        swot: ['swot'],
        ofClient: ['five-forces'],
        opportunities: [[won.id, 'Logistik']],
      });
    });
  });
});
