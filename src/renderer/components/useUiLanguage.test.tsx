// @vitest-environment jsdom
import type i18next from 'i18next';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initAppI18n } from '#test/i18n';
import { toLanguage, useUiLanguage } from './useUiLanguage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('toLanguage', () => {
  it('English for every English tag, German for everything else', () => {
    expect(toLanguage('en')).toBe('en');
    expect(toLanguage('en-GB')).toBe('en');
    expect(toLanguage('EN-us')).toBe('en');
    expect(toLanguage('de')).toBe('de');
    expect(toLanguage('de-AT')).toBe('de');
    expect(toLanguage('fr')).toBe('de');
    expect(toLanguage('')).toBe('de');
    expect(toLanguage(undefined)).toBe('de');
  });
});

describe('useUiLanguage', () => {
  let i18n: typeof i18next;
  beforeAll(async () => {
    i18n = await initAppI18n('de');
  });

  it('follows a language switch', async () => {
    function Probe() {
      const language = useUiLanguage();
      return <span>{language}</span>;
    }
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() =>
      root.render(
        <I18nextProvider i18n={i18n}>
          <Probe />
        </I18nextProvider>,
      ),
    );
    expect(host.textContent).toBe('de');
    await act(() => i18n.changeLanguage('en-GB'));
    expect(host.textContent).toBe('en');
    await act(() => i18n.changeLanguage('de'));
    expect(host.textContent).toBe('de');
    act(() => root.unmount());
  });
});
