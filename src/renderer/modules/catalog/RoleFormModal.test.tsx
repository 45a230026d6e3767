// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { freshIndexedDb } from '#test/test-workspace';
import { initAppI18n } from '#test/i18n';
import { installDomStubs } from '#test/dom-stubs';
import { openWorkspace, WorkspaceProvider, type Workspace } from '#data';
import { theme } from '../../app/theme';
import { makeRoleInput } from '../../../../test/factories/domain';
import { RolesPanel } from './RolesPanel';

// A role's capacity (people available, issue 15's resource view): shown in the rate card (1 for
// older roles without it), edited in the role form, stored by the roles repository; an empty field is
// refused at the field and nothing is saved.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let workspace: Workspace;
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root | undefined;

beforeAll(async () => {
  installDomStubs();
  freshIndexedDb();
  workspace = await openWorkspace('role-capacity-test');
  i18n = await initAppI18n('de');
});
afterAll(() => workspace?.close());
afterEach(async () => {
  if (root) await act(async () => root!.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

async function render() {
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container);
    root.render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <WorkspaceProvider value={workspace}>
            <RolesPanel />
          </WorkspaceProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

const until = (assertion: () => void) => vi.waitFor(assertion, { timeout: 10_000, interval: 20 });
const all = (id: string) => [...document.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const capacityCells = () =>
  all('role-row').map((row) => [
    row.querySelector('td')?.textContent,
    row.querySelector('[data-testid="role-capacity-cell"]')?.textContent,
  ]);
const input = () => document.querySelector<HTMLInputElement>('[data-testid="role-capacity"]')!;
const errorOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref))
    .find((found) => found?.id.includes('error'))?.textContent;
async function type(element: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const save = () =>
  act(async () =>
    [...document.querySelectorAll<HTMLButtonElement>('button')]
      .find((button) => button.textContent === 'Speichern')!
      .click(),
  );

describe("a role's capacity", () => {
  it('shows 1 for a role without one, refuses an empty field and saves a new number', async () => {
    const old = await workspace.repos.roles.create(makeRoleInput({ name: 'Architekt' }));
    await workspace.repos.roles.create(makeRoleInput({ name: 'Entwickler', capacity: 4 }));
    expect(old.capacity).toBeUndefined();
    await render();
    await until(() =>
      expect(capacityCells()).toEqual([
        ['Architekt', '1'],
        ['Entwickler', '4'],
      ]),
    );

    await act(async () => all('role-row')[0]!.click());
    await until(() => expect(input().value).toBe('1'));
    await type(input(), '');
    await save();
    await until(() => expect(errorOf(input())).toBe('Pflichtfeld'));
    expect((await workspace.repos.roles.get(old.id))?.capacity).toBeUndefined();

    await type(input(), '3');
    await save();
    await until(async () => expect((await workspace.repos.roles.get(old.id))?.capacity).toBe(3));
    await until(() =>
      expect(capacityCells()).toEqual([
        ['Architekt', '3'],
        ['Entwickler', '4'],
      ]),
    );
  });
});
