// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { installDomStubs } from '#test/dom-stubs';
import { KIOSK_STORAGE_KEY, kioskMessages } from '#modules/presentations/kiosk';
import { kioskStore } from '../modules/presentations/kiosk/kiosk';
import { initI18n } from '../i18n';
import type { ModuleManifest } from './module-types';
import { appRoutes } from './router';
import { theme } from './theme';

// The shell honours the kiosk lock (issue 14): while a presentation is locked, every route but
// its presenter and audience view goes back to the presenter and asks for the PIN.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const page = (name: string) => () => <h1>{name}</h1>;
const testModule: ModuleManifest = {
  id: 'kiosk-test',
  routes: [
    {
      path: '/present/:deckId',
      area: 'presentations' as never,
      page: page('presenter'),
      frame: false,
    },
    {
      path: '/audience/:deckId',
      area: 'presentations' as never,
      page: page('audience'),
      frame: false,
    },
    { path: '/print/other', area: 'print' as never, page: page('other'), frame: false },
  ],
};

let i18n: Awaited<ReturnType<typeof initI18n>>;
let root: Root | undefined;

beforeAll(async () => {
  installDomStubs();
  i18n = await initI18n('de', [kioskMessages]);
});

afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  localStorage.removeItem(KIOSK_STORAGE_KEY);
  kioskStore().refresh();
});

async function render(path: string) {
  const router = createMemoryRouter(appRoutes([testModule]), { initialEntries: [path] });
  const container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container);
    root.render(
      <MantineProvider theme={theme}>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={router} />
        </I18nextProvider>
      </MantineProvider>,
    );
  });
  return router;
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const heading = () => document.querySelector('h1')?.textContent;

async function type(element: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function tryPin(pin: string) {
  await type(byTestId('kiosk-pin') as HTMLInputElement, pin);
  await act(async () => byTestId('kiosk-unlock')!.click());
}

describe('the kiosk lock in the shell', () => {
  it('lets every route through while unlocked', async () => {
    const router = await render('/print/other');
    expect(router.state.location.pathname).toBe('/print/other');
    expect(heading()).toBe('other');
    expect(byTestId('kiosk-pin')).toBeNull();
  });

  it('holds a locked presentation on its presenter and asks for the PIN to leave', async () => {
    await kioskStore().start('deck-1', '4711');
    const router = await render('/print/other');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/present/deck-1'));
    expect(heading()).toBe('presenter');
    await vi.waitFor(() => expect(byTestId('kiosk-pin')).not.toBeNull());

    // Another deck's presenter is no way out either.
    await act(async () => router.navigate('/present/deck-2'));
    expect(router.state.location.pathname).toBe('/present/deck-1');

    await tryPin('1234');
    await vi.waitFor(() => expect(byTestId('kiosk-error')?.textContent).toMatch(/Falsche PIN/));
    expect(router.state.location.pathname).toBe('/present/deck-1');
    expect(kioskStore().getState().locked).toBe(true);

    await tryPin('4711');
    await vi.waitFor(() => expect(kioskStore().getState().locked).toBe(false));
    // The right PIN goes on to where the user wanted.
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/present/deck-2'));
  }, 20_000);

  it('keeps the audience window on the deck’s audience view without a PIN dialog', async () => {
    await kioskStore().start('deck-1', '4711');
    const router = await render('/audience/deck-9');
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/audience/deck-1'));
    expect(heading()).toBe('audience');
    expect(byTestId('kiosk-pin')).toBeNull();
  });
});
