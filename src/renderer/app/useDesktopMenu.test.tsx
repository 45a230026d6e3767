// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { initAppI18n } from '#test/i18n';
import { createBrowserPlatform } from '../platform/browser';
import { useCustomerModeStore } from '../stores/customer-mode.store';
import type { NavEntry } from './navigation';
import { toAccelerator, useDesktopMenu, type DesktopMenuTarget } from './useDesktopMenu';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const entries: NavEntry[] = [
  { id: 'clients', path: '/clients', labelKey: 'nav.clients', shortcut: 'Ctrl+1' },
  { id: 'trash', path: '/trash', labelKey: 'nav.trash' },
];

let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root;
let container: HTMLElement;

beforeAll(async () => {
  i18n = await initAppI18n('de');
});
beforeEach(async () => {
  await i18n.changeLanguage('de');
  useCustomerModeStore.getState().setOn(false);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

/** A bridge that records what reaches the desktop menu. */
function fakeBridge(fail = false) {
  const calls: unknown[][] = [];
  const answer = () => (fail ? Promise.reject(new Error('invalid-payload')) : Promise.resolve());
  const target: DesktopMenuTarget = {
    setMenuNavigation: vi.fn(async (navigation) => {
      calls.push(['navigation', navigation]);
      return answer();
    }),
    setMenuCustomerMode: vi.fn(async (on) => {
      calls.push(['customerMode', on]);
      return answer();
    }),
  };
  return { target, calls };
}

function Probe({ target }: { target: DesktopMenuTarget }) {
  useDesktopMenu(entries, target);
  return null;
}

function mount(target: DesktopMenuTarget) {
  act(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <Probe target={target} />
      </I18nextProvider>,
    ),
  );
}

describe('useDesktopMenu', () => {
  it('sends the areas on start and again in the new language, and the customer mode as it changes', async () => {
    const { target, calls } = fakeBridge();
    mount(target);
    await act(() => i18n.changeLanguage('en'));
    act(() => useCustomerModeStore.getState().setOn(true));
    act(() => useCustomerModeStore.getState().setHidePipelineValues(false));
    expect(calls).toEqual([
      [
        'navigation',
        {
          language: 'de',
          entries: [
            { id: 'clients', label: 'Kunden', accelerator: 'CmdOrCtrl+1' },
            { id: 'trash', label: 'Papierkorb' },
          ],
        },
      ],
      ['customerMode', false],
      [
        'navigation',
        {
          language: 'en',
          entries: [
            { id: 'clients', label: 'Clients', accelerator: 'CmdOrCtrl+1' },
            { id: 'trash', label: 'Trash' },
          ],
        },
      ],
      ['customerMode', true],
    ]);
  });

  it('keeps the app running when the desktop refuses the menu', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { target, calls } = fakeBridge(true);
    mount(target);
    await act(async () => undefined);
    expect(calls.length).toBe(2);
    expect(warn.mock.calls.map((call) => call[0])).toEqual([
      'Could not update the desktop menu',
      'Could not update the desktop menu',
    ]);
  });

  it('does nothing in the browser, which has no menu', async () => {
    const browser = createBrowserPlatform({ window });
    mount(browser);
    await expect(
      browser.setMenuNavigation({ language: 'de', entries: [{ id: 'x', label: 'X' }] }),
    ).resolves.toBeUndefined();
    await expect(browser.setMenuCustomerMode(true)).resolves.toBeUndefined();
  });
});

describe('toAccelerator', () => {
  it.each([
    ['Ctrl+1', 'CmdOrCtrl+1'],
    ['Ctrl+,', 'CmdOrCtrl+,'],
    ['Ctrl+Shift+k', 'CmdOrCtrl+Shift+K'],
    ['Alt+↑', 'Alt+Up'],
    ['Ctrl+Del', 'CmdOrCtrl+Delete'],
    ['F9', 'F9'],
  ])('%s → %s', (shortcut, accelerator) => {
    expect(toAccelerator(shortcut)).toBe(accelerator);
  });
});
