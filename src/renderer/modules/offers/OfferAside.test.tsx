// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '#shared/domain';
import { initAppI18n } from '#test/i18n';
import type { ModuleManifest } from '../../app/module-types';
import { SlotsProvider } from '../../app/slots';
import { theme } from '../../app/theme';
import { OfferAside } from './OfferAside';
import { installDomStubs } from '#test/dom-stubs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const offer = { id: 'offer-1', title: 'Rollout' } as Offer;
let mounts = 0;
const panel: ModuleManifest = {
  id: 'competition',
  contributes: {
    'offerEditor.aside': [
      {
        id: 'battlecards',
        order: 10,
        label: 'nav.clients',
        component: ({ offer }) => {
          mounts += 1;
          return <p data-testid="aside-content">{offer.title}</p>;
        },
      },
    ],
  },
};

let i18n: Awaited<ReturnType<typeof initAppI18n>>;
let root: Root | undefined;
let container: HTMLElement;

beforeAll(async () => {
  installDomStubs();
  i18n = await initAppI18n('de');
});

afterEach(async () => {
  await act(async () => root?.unmount());
  container.remove();
  mounts = 0;
});

async function render(modules: ModuleManifest[], internal: boolean) {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => {
    root = createRoot(container);
    root.render(
      <MantineProvider theme={theme} env="test">
        <I18nextProvider i18n={i18n}>
          <SlotsProvider modules={modules}>
            <OfferAside offer={offer} internal={internal} />
          </SlotsProvider>
        </I18nextProvider>
      </MantineProvider>,
    );
  });
}

const content = () => document.querySelector('[data-testid="aside-content"]');
const toggle = () =>
  container.querySelector<HTMLButtonElement>('[data-testid="offer-aside-toggle-battlecards"]');
const altW = () =>
  act(async () => {
    document.documentElement.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'w', code: 'KeyW', altKey: true, bubbles: true }),
    );
  });

describe('the offer editor side panel', () => {
  it('offers a button per contribution, labelled in the UI language, and mounts a panel only while open', async () => {
    await render([panel], true);
    expect(toggle()?.textContent).toBe(i18n.t('nav.clients'));
    expect(mounts).toBe(0);
    await act(async () => toggle()!.click());
    expect(content()?.textContent).toBe('Rollout');
    expect(toggle()?.getAttribute('aria-pressed')).toBe('true');
    await act(async () => toggle()!.click());
    expect(toggle()?.getAttribute('aria-pressed')).toBe('false');
  });

  it('opens and closes the first panel with Alt+W', async () => {
    await render([panel], true);
    await altW();
    expect(content()).not.toBeNull();
    expect(toggle()?.getAttribute('aria-pressed')).toBe('true');
    await altW();
    expect(toggle()?.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows nothing while the screen faces the customer, not even with Alt+W', async () => {
    await render([panel], false);
    expect(toggle()).toBeNull();
    await altW();
    expect(content()).toBeNull();
    expect(mounts).toBe(0);
  });

  it('shows nothing when no area contributes a panel', async () => {
    await render([], true);
    expect(container.querySelector('button')).toBeNull();
  });
});
