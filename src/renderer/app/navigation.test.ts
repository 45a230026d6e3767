// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { NAV_ENTRY_ID_PATTERN } from '#shared/ipc/channels';
import { parseIpcRequest } from '#shared/ipc/contract';
import { initAppI18n } from '#test/i18n';
import { modules } from './modules';
import { isNavEntryActive, navigationOf, pathForCommand } from './navigation';
import { globalShortcuts } from './shortcuts';
import { desktopMenuNavigation } from './useDesktopMenu';

const navigation = navigationOf(modules);
let i18n: Awaited<ReturnType<typeof initAppI18n>>;
beforeAll(async () => {
  i18n = await initAppI18n('de');
});

describe('navigation', () => {
  it('labels every entry in German and English', () => {
    const missing = (['de', 'en'] as const).flatMap((language) =>
      navigation
        .filter(
          (entry) => typeof i18n.getResource(language, 'translation', entry.labelKey) !== 'string',
        )
        .map((entry) => `${language}: ${entry.labelKey}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives each entry its own id, path and shortcut, each listed in the shortcuts help', () => {
    const unique = (values: (string | undefined)[]) => {
      const present = values.filter((value) => value !== undefined);
      return new Set(present).size === present.length;
    };
    expect(navigation.every((entry) => NAV_ENTRY_ID_PATTERN.test(entry.id))).toBe(true);
    expect(navigation.every((entry) => entry.path.startsWith('/'))).toBe(true);
    expect(unique(navigation.map((entry) => entry.id))).toBe(true);
    expect(unique(navigation.map((entry) => entry.path))).toBe(true);
    expect(unique(navigation.map((entry) => entry.shortcut))).toBe(true);
    const helpKeys = globalShortcuts(navigation).flatMap((row) => row.keys);
    expect(
      navigation.filter((entry) => entry.shortcut && !helpKeys.includes(entry.shortcut)),
    ).toEqual([]);
  });

  it('sends the desktop menu a navigation the contract accepts, in both languages', () => {
    for (const language of ['de', 'en'] as const) {
      const payload = desktopMenuNavigation({
        entries: navigation,
        language,
        t: i18n.getFixedT(language),
      });
      expect(parseIpcRequest('menu:set-navigation', payload)).toEqual({
        success: true,
        data: payload,
      });
    }
    const en = desktopMenuNavigation({
      entries: navigation,
      language: 'en',
      t: i18n.getFixedT('en'),
    });
    expect(en).toEqual({
      language: 'en',
      entries: [
        { id: 'clients', label: 'Clients', accelerator: 'CmdOrCtrl+1' },
        { id: 'pipeline', label: 'Pipeline', accelerator: 'CmdOrCtrl+2' },
        { id: 'offers', label: 'Offers', accelerator: 'CmdOrCtrl+3' },
        { id: 'catalog', label: 'Catalog', accelerator: 'CmdOrCtrl+4' },
        { id: 'calculator', label: 'Calculator', accelerator: 'CmdOrCtrl+5' },
        { id: 'text-blocks', label: 'Text blocks', accelerator: 'CmdOrCtrl+6' },
        { id: 'analyses', label: 'Competition', accelerator: 'CmdOrCtrl+7' },
        { id: 'contracts', label: 'Contracts', accelerator: 'CmdOrCtrl+8' },
        { id: 'presentations', label: 'Fair', accelerator: 'CmdOrCtrl+9' },
        { id: 'trash', label: 'Trash' },
        { id: 'settings', label: 'Settings', accelerator: 'CmdOrCtrl+,' },
      ],
    });
  });

  it('goes where a menu command points, and nowhere for an unknown area', () => {
    expect(navigation.map((entry) => pathForCommand(`navigate:${entry.id}`, navigation))).toEqual(
      navigation.map((entry) => entry.path),
    );
    expect(pathForCommand('navigate:fairs', navigation)).toBeUndefined();
    expect(pathForCommand('search', navigation)).toBeUndefined();
  });

  it('marks an entry active on its path and the pages below it', () => {
    const offers = navigation.find((entry) => entry.id === 'offers');
    expect(
      ['/offers', '/offers/o-1', '/offersx', '/clients'].map(
        (pathname) => offers && isNavEntryActive(offers, pathname),
      ),
    ).toEqual([true, true, false, false]);
  });
});
