// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeOfferLineInput } from '../../../../test/factories/domain';
import {
  makeInstalmentRow,
  makeWorkPackageAdd,
  seedPlanOffer,
} from '../../../../test/factories/planning';
import { openTestWorkspace } from '#test/test-workspace';
import { WorkspaceProvider } from '../WorkspaceProvider';
import type { Workspace } from '../workspace';
import { usePlan, usePlanAnalysis, usePlanRows } from './hooks';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let ws: ReturnType<typeof openTestWorkspace>;
let root: Root;
beforeEach(() => {
  ws = openTestWorkspace();
  root = createRoot(document.createElement('div'));
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
  const deadline = Date.now() + 15_000;
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

describe('planning hooks', () => {
  it('follow the plan, its rows, roles and the offer lines', async () => {
    const seed = await seedPlanOffer(ws.repos);
    const read = await renderHookValue(() => {
      const plan = usePlan(seed.offerId);
      const rows = usePlanRows(seed.offerId);
      const analysis = usePlanAnalysis(seed.offerId);
      return {
        plan: plan === undefined ? 'loading' : (plan?.confidencePct ?? null),
        packages: rows === undefined ? 'loading' : (rows?.packages.map((row) => row.name) ?? null),
        nodes:
          analysis === undefined ? 'loading' : (analysis?.nodes.map((node) => node.wbs) ?? null),
        expected: analysis?.effort.expected,
        total: (analysis as { payments?: { total: string } } | null | undefined)?.payments?.total,
        notes: analysis?.notes.map((note) => note.kind),
        none: usePlan(undefined),
      };
    });
    await eventually(() =>
      expect(read()).toMatchObject({ plan: null, packages: null, nodes: null, none: null }),
    );

    const { plan } = await act(() => ws.repos.plans.create(seed.offerId));
    await eventually(() => expect(read()).toMatchObject({ plan: '80', packages: [], nodes: [] }));

    const pkg = await act(() =>
      ws.repos.workPackages.add(
        makeWorkPackageAdd(plan.id, { name: 'Workshops', roleId: seed.consultant.id }),
      ),
    );
    await act(() => ws.repos.plans.update(plan.id, { confidencePct: '90' }));
    await eventually(() =>
      expect(read()).toMatchObject({
        plan: '90',
        packages: ['Workshops'],
        nodes: ['1'],
        expected: '5.50',
      }),
    );

    // The payment plan's total is the offer's one-time net: it follows an ordinary line too.
    const milestone = await act(() =>
      ws.repos.planMilestones.add({ planId: plan.id, name: 'Fertig', packageId: pkg.id }),
    );
    await act(() =>
      ws.repos.paymentInstalments.save(plan.id, [
        makeInstalmentRow(milestone.id, { percent: '100' }),
      ]),
    );
    await eventually(() => expect(read().total).toMatch(/^\d+\.\d\d$/));
    const before = Number(read().total);
    const [first] = await ws.repos.offerSections.listByOffer(seed.offerId);
    await act(() =>
      ws.repos.offerLines.add(
        makeOfferLineInput(seed.offerId, first!.id, { quantity: '1', unitPrice: '100.00' }),
      ),
    );
    await eventually(() => expect(Number(read().total)).toBeCloseTo(before + 100, 2));

    // A role leaving the rate card shows in the analysis at once.
    await act(() => ws.repos.roles.remove(seed.consultant.id));
    await eventually(() => expect(read().notes).toContain('missing-role'));

    await act(() => ws.repos.plans.remove(plan.id));
    await eventually(() =>
      expect(read()).toMatchObject({ plan: null, packages: null, nodes: null }),
    );
  });
});
