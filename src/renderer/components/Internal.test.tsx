// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initAppI18n } from '#test/i18n';
import { useCustomerModeStore } from '../stores/customer-mode.store';
import { Internal, PipelineValue } from './Internal';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let i18n: typeof i18next;
let root: Root;
let host: HTMLElement;
beforeAll(async () => {
  i18n = await initAppI18n('de');
});
beforeEach(() => {
  useCustomerModeStore.setState({ on: false, hidePipelineValues: true });
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <I18nextProvider i18n={i18n}>
        <Internal>EK 1.500,00 €</Internal>|<PipelineValue>48.000,00 €</PipelineValue>
      </I18nextProvider>,
    ),
  );
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('Internal and PipelineValue', () => {
  it('show their values while the customer mode is off', () => {
    expect(host.innerHTML).toBe('EK 1.500,00 €|48.000,00 €');
  });

  it('hide them while it is on; pipeline values only when chosen', () => {
    act(() => useCustomerModeStore.getState().setOn(true));
    expect(host.innerHTML).toBe('|<span title="ausgeblendet" data-testid="hidden-value">–</span>');
    act(() => useCustomerModeStore.getState().setHidePipelineValues(false));
    expect(host.innerHTML).toBe('|48.000,00 €');
  });
});
