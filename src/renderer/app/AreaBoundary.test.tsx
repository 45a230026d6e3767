// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, lazy } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, Link, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ERROR_LOG_KEY } from '../components/error-log';
import { initAppI18n } from '#test/i18n';
import { RouteErrorFallback } from './RootBoundary';
import { area } from './router';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const MALFORMED = 'Objects are not valid as a React child (found: object with keys {evil})';
let broken = true;
let frameBroken = false;

function ClientDetail() {
  if (broken) throw new Error(MALFORMED);
  return <p>client page works</p>;
}
// A lazily loaded page, as the router's pages are.
const LazyClientDetail = lazy(async () => ({ default: ClientDetail }));

function Frame() {
  if (frameBroken) throw new Error('the frame itself broke');
  return (
    <div>
      <nav>
        <Link to="/pipeline">Pipeline</Link>
        <Link to="/clients/c1">Client</Link>
      </nav>
      <Outlet />
    </div>
  );
}

let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root;
let container: HTMLElement;
let router: ReturnType<typeof createMemoryRouter>;

beforeAll(async () => {
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
  i18n = await initAppI18n('en');
});

beforeEach(async () => {
  broken = true;
  frameBroken = false;
  localStorage.clear();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  await mount();
});

async function mount() {
  router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Frame />,
        errorElement: <RouteErrorFallback />,
        children: [
          { path: 'clients', element: area('clients', <p>client list</p>) },
          { path: 'clients/:clientId', element: area('client', <LazyClientDetail />) },
          { path: 'pipeline', element: area('pipeline', <p>pipeline page</p>) },
        ],
      },
    ],
    { initialEntries: [frameBroken ? '/clients' : '/clients/c1'] },
  );
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => {
    root.render(
      <MantineProvider>
        <I18nextProvider i18n={i18n}>
          <RouterProvider router={router} />
        </I18nextProvider>
      </MantineProvider>,
    );
  });
  await settle();
}

function unmount() {
  act(() => root.unmount());
  container.remove();
}

afterEach(unmount);

/** Lets lazy pages and effects finish. */
async function settle() {
  for (let index = 0; index < 5; index += 1) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const text = () => container.textContent ?? '';
const boundary = () => container.querySelector('[data-testid="error-boundary"]');
const button = (name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button ${name} in: ${text()}`);
  return found;
};
const link = (name: string) =>
  [...container.querySelectorAll('a')].find((a) => a.textContent === name) as HTMLElement;
async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
  });
  await settle();
}

describe('area error boundary', () => {
  it('catches a throw inside a lazily loaded page in its area, says which area and why, and logs it', () => {
    expect(boundary()?.getAttribute('data-area')).toBe('client');
    expect(text()).toContain('The “Client details” area could not be shown');
    expect(text()).toContain(`Error: ${MALFORMED}`);
    // The frame stays: the root fallback did not take over and the navigation is there.
    expect(container.querySelector('[data-testid="root-error-boundary"]')).toBeNull();
    expect(link('Pipeline')).toBeTruthy();
    expect(console.error).toHaveBeenCalledWith(
      '[Quotient] area "client" failed:',
      expect.objectContaining({ message: MALFORMED }),
      expect.any(String),
    );
    const logged = JSON.parse(localStorage.getItem(ERROR_LOG_KEY) ?? '[]') as { area: string }[];
    expect(logged.map((entry) => entry.area)).toEqual(['client']);
  });

  it('lets the navigation leave the broken area, and resets when the route changes', async () => {
    await click(link('Pipeline'));
    expect([boundary(), text().includes('pipeline page')]).toEqual([null, true]);
    broken = false;
    await click(link('Client'));
    expect([boundary(), text().includes('client page works')]).toEqual([null, true]);
  });

  it('"Try again" mounts the page afresh', async () => {
    await click(button('Try again'));
    expect(boundary()).not.toBeNull();
    broken = false;
    await click(button('Try again'));
    expect([boundary(), text().includes('client page works')]).toEqual([null, true]);
  });

  it('"Back to clients" goes to the client list', async () => {
    await click(button('Back to clients'));
    expect([router.state.location.pathname, boundary(), text().includes('client list')]).toEqual([
      '/clients',
      null,
      true,
    ]);
  });
});

describe('root error boundary', () => {
  it('a throw in the frame shows the root fallback in German and English', async () => {
    unmount();
    frameBroken = true;
    await mount();
    const rootFallback = container.querySelector('[data-testid="root-error-boundary"]');
    expect(rootFallback?.textContent).toContain('Quotient konnte diese Ansicht nicht anzeigen');
    expect(rootFallback?.textContent).toContain('Quotient could not show this view');
    expect(rootFallback?.textContent).toContain('the frame itself broke');
    frameBroken = false;
    await click(button('Erneut versuchen / Try again'));
    expect(text()).toContain('client list');
  });
});
