// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Offer } from '#shared/domain';
import { freshIndexedDb } from '#test/test-workspace';
import { initAppI18n } from '#test/i18n';
import { installDomStubs } from '#test/dom-stubs';
import { openWorkspace, WorkspaceProvider, type Workspace } from '#data';
import { theme } from '../../app/theme';
import { useUndoStore } from '../../stores/undo.store';
import { seedPlanOffer } from '../../../../test/factories/planning';
import { PlanTab } from './PlanTab';

// The plan tab on a real (fake-indexeddb) workspace: the keys of the work breakdown write
// through the repositories, a refused estimate stays at its field with nothing saved, and a
// read-only offer facing the customer shows neither inputs nor cost.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root | undefined;

beforeAll(async () => {
  installDomStubs();
  freshIndexedDb();
  workspace = await openWorkspace('plan-tab-test');
  i18n = await initAppI18n('de');
});
afterAll(() => workspace?.close());
afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

async function render(offer: Offer, editable: boolean, internal: boolean) {
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container);
    root.render(
      <MantineProvider theme={theme} env="test">
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <PlanTab offer={offer} editable={editable} internal={internal} />
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });
const rows = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="plan-row"]')].map((row) => [
    row.dataset.wbs,
    row.querySelector<HTMLInputElement>('[data-col="name"]')?.value,
  ]);
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
const press = (element: HTMLElement, key: string, mods: { alt?: boolean; ctrl?: boolean } = {}) =>
  act(async () => {
    element.focus();
    element.dispatchEvent(
      new KeyboardEvent('keydown', {
        key,
        altKey: mods.alt ?? false,
        ctrlKey: mods.ctrl ?? false,
        bubbles: true,
        cancelable: true,
      }),
    );
  });

async function planOffer() {
  const { repos } = workspace;
  const seeded = await seedPlanOffer(repos);
  const { plan } = await repos.plans.create(seeded.offerId, { startDate: '2027-03-01' });
  const konzept = await repos.workPackages.add({
    planId: plan.id,
    name: 'Konzept',
    roleId: seeded.consultant.id,
    optimistic: '2',
    mostLikely: '3',
    pessimistic: '4',
  });
  await repos.workPackages.add({
    planId: plan.id,
    name: 'Umsetzung',
    roleId: seeded.developer.id,
    optimistic: '5',
    mostLikely: '8',
    pessimistic: '14',
  });
  const offer = (await repos.offers.get(seeded.offerId))!;
  return { offer, plan, konzept };
}

describe('the plan tab', () => {
  it('moves, indents and adds packages with the keys and refuses a bad estimate at its field', async () => {
    const { offer, konzept } = await planOffer();
    await render(offer, true, true);
    await until(() =>
      expect(rows()).toEqual([
        ['1', 'Konzept'],
        ['2', 'Umsetzung'],
      ]),
    );
    expect(document.querySelector('[data-testid="plan-cost"]')).not.toBeNull();

    // Alt+↑ moves "Umsetzung" up; Alt+→ makes "Konzept" its child (a phase now).
    await press(cell('2', 'name'), 'ArrowUp', { alt: true });
    await until(() =>
      expect(rows()).toEqual([
        ['1', 'Umsetzung'],
        ['2', 'Konzept'],
      ]),
    );
    await press(cell('2', 'name'), 'ArrowRight', { alt: true });
    await until(() =>
      expect(rows()).toEqual([
        ['1', 'Umsetzung'],
        ['1.1', 'Konzept'],
      ]),
    );
    const phase = document.querySelector<HTMLElement>('[data-testid="plan-row"][data-wbs="1"]')!;
    expect(phase.dataset.kind).toBe('phase');
    // A phase has no estimate inputs, only the sums of its packages.
    expect(phase.querySelector('[data-col="optimistic"]')).toBeNull();
    expect(phase.querySelector('[data-testid="plan-sum-mostLikely"]')?.textContent).toBe('3');

    // Ctrl+Enter: a new package right below, its name focused.
    await press(cell('1.1', 'name'), 'Enter', { ctrl: true });
    await until(() => expect(rows().map(([wbs]) => wbs)).toEqual(['1', '1.1', '1.2']));
    await until(() => expect(document.activeElement).toBe(cell('1.2', 'name')));

    // Optimistic 5 above the most likely 3: refused at the field, the typed 5 kept, nothing saved.
    await type(cell('1.1', 'optimistic'), '5');
    await press(cell('1.1', 'optimistic'), 'Enter');
    const row = cell('1.1', 'optimistic').closest('[data-testid="plan-row"]')!;
    expect(row.querySelector('[data-testid="plan-cell-error"]')?.textContent).toBe(
      'Der wahrscheinliche Wert liegt unter dem optimistischen.',
    );
    expect(cell('1.1', 'optimistic').value).toBe('5');
    expect(cell('1.1', 'optimistic').getAttribute('aria-invalid')).toBe('true');
    expect((await workspace.repos.workPackages.get(konzept.id))?.optimistic).toBe('2');
    // Escape brings back the stored value.
    await press(cell('1.1', 'optimistic'), 'Escape');
    expect(cell('1.1', 'optimistic').value).toBe('2');
    expect(row.querySelector('[data-testid="plan-cell-error"]')).toBeNull();

    // Ctrl+Enter on a phase: a new first package inside it.
    await press(cell('1', 'name'), 'Enter', { ctrl: true });
    await until(() =>
      expect(rows()).toEqual([
        ['1', 'Umsetzung'],
        ['1.1', 'Neues Arbeitspaket'],
        ['1.2', 'Konzept'],
        ['1.3', 'Neues Arbeitspaket'],
      ]),
    );
    await until(() => expect(document.activeElement).toBe(cell('1.1', 'name')));
  });

  it('shows a sent offer read-only and, facing the customer, without cost', async () => {
    const { offer } = await planOffer();
    await render(offer, false, false);
    await until(() => expect(rows()).toHaveLength(2));
    const inputs = [
      ...document.querySelectorAll<HTMLInputElement>('[data-testid="plan-row"] input'),
    ];
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.every((input) => input.readOnly)).toBe(true);
    expect(document.querySelector('select')).toBeNull();
    expect(document.querySelector('[data-testid="plan-add-package"]')).toBeNull();
    expect(document.querySelector('[data-testid="plan-remove"]')).toBeNull();
    expect(document.querySelector('[data-testid="plan-cost"]')).toBeNull();
    expect(document.querySelector('[data-testid="plan-price"]')).not.toBeNull();
  });

  it('offers to create a plan only where the offer may change', async () => {
    const { offerId } = await seedPlanOffer(workspace.repos);
    const offer = (await workspace.repos.offers.get(offerId))!;
    await render(offer, false, true);
    await until(() =>
      expect(document.querySelector('[data-testid="empty-state"]')?.textContent).toContain(
        'Dieses Angebot hat keinen Projektplan.',
      ),
    );
    expect(document.querySelector('[data-testid="plan-create"]')).toBeNull();
  });

  it('refuses company holidays that end before they start, at the field, and saves nothing', async () => {
    const { offer } = await planOffer();
    await render(offer, true, true);
    await until(() => expect(rows()).toHaveLength(2));
    await act(async () =>
      document.querySelector<HTMLElement>('[data-testid="plan-settings-toggle"]')!.click(),
    );
    await act(async () =>
      document.querySelector<HTMLButtonElement>('[data-testid="plan-add-holiday"]')!.click(),
    );
    await until(() =>
      expect(document.querySelectorAll('[data-testid="plan-holiday"]')).toHaveLength(1),
    );
    expect((await workspace.repos.plans.forOffer(offer.id))?.companyHolidays).toEqual([
      { from: '2027-03-01', to: '2027-03-01', label: '' },
    ]);
    const to = document.querySelector<HTMLInputElement>('input[aria-label="Bis"]')!;
    await type(to, '26.02.2027');
    await act(async () => {
      to.focus();
      to.blur();
    });
    await until(() =>
      expect(document.querySelector('[data-testid="plan-holiday"]')?.textContent).toContain(
        'Das Ende liegt vor dem Beginn.',
      ),
    );
    expect((await workspace.repos.plans.forOffer(offer.id))?.companyHolidays).toEqual([
      { from: '2027-03-01', to: '2027-03-01', label: '' },
    ]);
  });

  it('notes in the banner a package that has no role and is priced at 0', async () => {
    const { offer, plan } = await planOffer();
    await workspace.repos.workPackages.add({
      planId: plan.id,
      name: 'Ohne Rolle',
      mostLikely: '1',
      pessimistic: '2',
    });
    await render(offer, true, true);
    await until(() =>
      expect(
        document.querySelector('[data-testid="plan-notes"] [data-kind="missing-role"]')
          ?.textContent,
      ).toMatch(/„.*Ohne Rolle“ hat keine Rolle und wird mit 0 € bepreist\./),
    );
    expect(document.querySelector('[data-testid="plan-problems"]')).toBeNull();
  });

  it('shows a cycle a sync merge left in the plan as a problem naming it, and no schedule', async () => {
    const { offer, plan, konzept } = await planOffer();
    const umsetzung = (await workspace.repos.plans.rows(offer.id))!.packages.find(
      (row) => row.name === 'Umsetzung',
    )!;
    await workspace.repos.planDependencies.add({
      planId: plan.id,
      predecessorId: konzept.id,
      successorId: umsetzung.id,
    });
    // The other device's link, as a pull writes it: past the repository's cycle check.
    const [stored] = await workspace.db.planDependencies.where('planId').equals(plan.id).toArray();
    await workspace.db.planDependencies.put({
      ...stored!,
      id: 'merged-link',
      predecessorId: umsetzung.id,
      successorId: konzept.id,
    });
    await render(offer, true, true);
    await until(() =>
      expect(
        document.querySelector('[data-testid="plan-problems"] [data-kind="cycle"]')?.textContent,
      ).toMatch(/^Die Abhängigkeiten bilden einen Kreis: .*1 Konzept.*2 Umsetzung/),
    );
    expect(document.querySelector('[data-testid="plan-no-schedule"]')).not.toBeNull();
  });

  it('removes the plan with its offer lines, and undo brings both back', async () => {
    const { offer } = await planOffer();
    const planLines = async () =>
      (await workspace.repos.offerLines.listByOffer(offer.id)).filter(
        (line) => line.planPackageId && !line.deleted,
      ).length;
    expect(await planLines()).toBe(3);
    await render(offer, true, true);
    await until(() => expect(rows()).toHaveLength(2));
    await act(async () =>
      document.querySelector<HTMLButtonElement>('[data-testid="plan-remove"]')!.click(),
    );
    await until(() => expect(document.querySelector('[data-testid="plan-create"]')).not.toBeNull());
    expect(await planLines()).toBe(0);
    await act(async () => {
      await useUndoStore.getState().undoLast();
    });
    await until(() => expect(rows()).toHaveLength(2));
    expect(await planLines()).toBe(3);
  });
});
