// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Offer } from '#shared/domain';
import { freshIndexedDb } from '#test/test-workspace';
import { initAppI18n } from '#test/i18n';
import { installDomStubs } from '#test/dom-stubs';
import { openWorkspace, WorkspaceProvider, type Workspace } from '#data';
import { theme } from '../../app/theme';
import { seedPlanOffer } from '../../../../test/factories/planning';
import { PLAN_PAGE_ROWS } from './plan-rows';
import { PlanTab } from './PlanTab';
import type * as RowMenuModule from './RowMenu';

// A large work breakdown mounts page by page: the first page at once, the others when they
// come near the window or the focus goes there; a write re-renders only the rows it changed.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Every render of a row renders its menu once: counted per package id.
const rowRenders = new Map<string, number>();
vi.mock('./RowMenu', async (importOriginal) => {
  const original = await importOriginal<typeof RowMenuModule>();
  return {
    RowMenu: (props: Parameters<typeof original.RowMenu>[0]) => {
      rowRenders.set(props.row.node.id, (rowRenders.get(props.row.node.id) ?? 0) + 1);
      return original.RowMenu(props);
    },
  };
});

/** An IntersectionObserver that reports only when the test says a placeholder came near. */
const observed = new Map<Element, IntersectionObserverCallback>();
class TestObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    observed.set(element, this.callback);
  }
  disconnect() {
    for (const [element, callback] of observed) {
      if (callback === this.callback) observed.delete(element);
    }
  }
}
const comeNear = (page: number) =>
  act(async () => {
    for (const [element, callback] of observed) {
      if (element.getAttribute('data-page') !== String(page)) continue;
      const entry = { isIntersecting: true, target: element } as IntersectionObserverEntry;
      callback([entry], {} as IntersectionObserver);
    }
  });

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root | undefined;
let large: { offer: Offer; ids: string[] };

const PACKAGES = PLAN_PAGE_ROWS + 5;

beforeAll(async () => {
  installDomStubs();
  freshIndexedDb();
  workspace = await openWorkspace('wbs-grid-test');
  i18n = await initAppI18n('de');
  // One phase with a package, then flat packages: 46 rows, two pages.
  const { repos } = workspace;
  const seeded = await seedPlanOffer(repos);
  const { plan } = await repos.plans.create(seeded.offerId, { startDate: '2027-03-01' });
  const phase = await repos.workPackages.add({ planId: plan.id, name: 'Phase' });
  const ids = [phase.id];
  const first = await repos.workPackages.add({
    planId: plan.id,
    parentId: phase.id,
    name: 'Paket 0',
    roleId: seeded.consultant.id,
    optimistic: '1',
    mostLikely: '2',
    pessimistic: '3',
  });
  ids.push(first.id);
  for (let at = 1; at < PACKAGES; at++) {
    const added = await repos.workPackages.add({
      planId: plan.id,
      name: `Paket ${at}`,
      roleId: seeded.developer.id,
      optimistic: '1',
      mostLikely: '2',
      pessimistic: '3',
    });
    ids.push(added.id);
  }
  large = { offer: (await repos.offers.get(seeded.offerId))!, ids };
}, 120_000);
afterAll(() => workspace?.close());
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', TestObserver);
  rowRenders.clear();
});
afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  root = undefined;
  document.body.innerHTML = '';
  observed.clear();
  vi.unstubAllGlobals();
});

async function render(offer: Offer, editable: boolean) {
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container);
    root.render(
      <MantineProvider theme={theme} env="test">
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <PlanTab offer={offer} editable={editable} internal />
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });
const shownRows = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="plan-row"]')].map(
    (row) => row.dataset.wbs,
  );
const placeholders = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="plan-rows-placeholder"]')].map(
    (element) => element.dataset.page,
  );
const cell = (wbs: string, column: string) =>
  document.querySelector<HTMLInputElement>(
    `[data-testid="plan-row"][data-wbs="${wbs}"] [data-col="${column}"]`,
  )!;
async function type(element: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const press = (element: HTMLElement, key: string, mods: { alt?: boolean } = {}) =>
  act(async () => {
    element.focus();
    element.dispatchEvent(
      new KeyboardEvent('keydown', {
        key,
        altKey: mods.alt ?? false,
        bubbles: true,
        cancelable: true,
      }),
    );
  });

// Rows in WBS order: "1", "1.1", then "2" … "45" (the top-level packages after the phase).
const wbsAt = (index: number) => (index === 0 ? '1' : index === 1 ? '1.1' : String(index));

describe('the work breakdown of a large plan', () => {
  it('renders the first page at once and the next one when it comes near', async () => {
    await render(large.offer, true);
    await until(() => expect(shownRows()).toHaveLength(PLAN_PAGE_ROWS));
    expect(shownRows()).toEqual(Array.from({ length: PLAN_PAGE_ROWS }, (_, at) => wbsAt(at)));
    expect(placeholders()).toEqual(['1']);

    await comeNear(1);
    expect(shownRows()).toHaveLength(PACKAGES + 1);
    expect(shownRows().at(-1)).toBe(String(PACKAGES));
    expect(placeholders()).toEqual([]);
  });

  it('moves the focus with ↓ onto a row not mounted yet, and back with ↑', async () => {
    await render(large.offer, true);
    await until(() => expect(shownRows()).toHaveLength(PLAN_PAGE_ROWS));
    const last = wbsAt(PLAN_PAGE_ROWS - 1);
    const next = wbsAt(PLAN_PAGE_ROWS);
    expect(cell(next, 'optimistic')).toBeNull();

    await press(cell(last, 'optimistic'), 'ArrowDown');
    await until(() => expect(document.activeElement).toBe(cell(next, 'optimistic')));
    expect(placeholders()).toEqual([]);

    await press(cell(next, 'optimistic'), 'ArrowUp');
    expect(document.activeElement).toBe(cell(last, 'optimistic'));
    // A phase has no estimate: ↑ from 1.1 finds no cell above and the focus stays.
    await press(cell('1.1', 'optimistic'), 'ArrowUp');
    expect(document.activeElement).toBe(cell('1.1', 'optimistic'));
  });

  it('follows a package moved with Alt+↓ onto the next page, not mounted yet', async () => {
    await render(large.offer, true);
    await until(() => expect(shownRows()).toHaveLength(PLAN_PAGE_ROWS));
    const index = PLAN_PAGE_ROWS - 1;
    const moved = large.ids[index]!;
    const movedRow = () => document.querySelector<HTMLElement>(`[data-package-id="${moved}"]`);
    await press(cell(wbsAt(index), 'name'), 'ArrowDown', { alt: true });
    // Its new place is on the page not mounted: the page mounts and the name has the focus.
    await until(() => {
      expect(movedRow()?.dataset.wbs).toBe(wbsAt(index + 1));
      expect(document.activeElement).toBe(movedRow()!.querySelector('[data-col="name"]'));
    });
    expect(placeholders()).toEqual([]);
    // And back, for the next test.
    await press(document.activeElement as HTMLElement, 'ArrowUp', { alt: true });
    await until(() =>
      expect(document.querySelector<HTMLElement>(`[data-package-id="${moved}"]`)!.dataset.wbs).toBe(
        wbsAt(index),
      ),
    );
  });

  it('keeps a refused value at its cell while the next page mounts', async () => {
    await render(large.offer, true);
    await until(() => expect(shownRows()).toHaveLength(PLAN_PAGE_ROWS));
    await type(cell('3', 'optimistic'), '9');
    await press(cell('3', 'optimistic'), 'Enter');
    const error = () =>
      cell('3', 'optimistic')
        .closest('[data-testid="plan-row"]')!
        .querySelector('[data-testid="plan-cell-error"]')?.textContent;
    expect(error()).toBe('Der wahrscheinliche Wert liegt unter dem optimistischen.');

    await comeNear(1);
    expect(shownRows()).toHaveLength(PACKAGES + 1);
    expect(cell('3', 'optimistic').value).toBe('9');
    expect(error()).toBe('Der wahrscheinliche Wert liegt unter dem optimistischen.');
  });

  it('re-renders no row on a keystroke and only the changed rows on a write', async () => {
    await render(large.offer, true);
    await until(() => expect(shownRows()).toHaveLength(PLAN_PAGE_ROWS));
    await comeNear(1);
    expect(shownRows()).toHaveLength(PACKAGES + 1);
    // The rate card arrives after the plan: the one re-render that brings its roles.
    await until(() => expect(cell('5', 'role').querySelectorAll('option')).toHaveLength(3));

    rowRenders.clear();
    await type(cell('5', 'mostLikely'), '1,5');
    expect([...rowRenders.keys()]).toEqual([]);

    // Its expected effort changes, its duration (2 days) and the schedule do not.
    await press(cell('5', 'mostLikely'), 'Enter');
    const changed = large.ids[5]!;
    const expected = () =>
      document.querySelector(`[data-package-id="${changed}"] [data-testid="plan-expected"]`)
        ?.textContent;
    await until(() => expect(expected()).toBe('1,7 ± 0,3'));
    expect([...rowRenders.keys()]).toEqual([changed]);
    // The cell takes the stored value in an effect: let it run before typing again.
    await act(async () => undefined);

    // The stored value back for the next tests.
    await type(cell('5', 'mostLikely'), '2');
    await press(cell('5', 'mostLikely'), 'Enter');
    await until(() => expect(expected()).toBe('2,0 ± 0,3'));
  });

  it('pages a read-only plan the same way', async () => {
    await render(large.offer, false);
    await until(() => expect(shownRows()).toHaveLength(PLAN_PAGE_ROWS));
    expect(placeholders()).toEqual(['1']);
    const last = wbsAt(PLAN_PAGE_ROWS - 1);
    await press(cell(last, 'name'), 'Enter');
    await until(() => expect(document.activeElement).toBe(cell(wbsAt(PLAN_PAGE_ROWS), 'name')));
    expect(cell(wbsAt(PLAN_PAGE_ROWS), 'name').readOnly).toBe(true);
  });
});
