import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '#shared/ipc/channels';
import { buildMenuTemplate, initialMenuLanguage } from './menu';
import type { MenuTemplateOptions } from './menu';

type Described = Omit<MenuItemConstructorOptions, 'click' | 'submenu'> & {
  sends?: MenuCommand;
  submenu?: Described[];
};

/** The template with each click replaced by the command it sends, for one toEqual. */
function describeMenu(options: Omit<MenuTemplateOptions, 'onCommand'>): Described[] {
  let sent: MenuCommand | undefined;
  const template = buildMenuTemplate({ ...options, onCommand: (command) => (sent = command) });
  const describe = (item: MenuItemConstructorOptions): Described => {
    const { click, submenu, ...rest } = item;
    const result: Described = { ...rest };
    if (click) {
      sent = undefined;
      (click as () => void)();
      result.sends = sent;
    }
    if (Array.isArray(submenu)) result.submenu = submenu.map(describe);
    return result;
  };
  return template.map(describe);
}

const separator = { type: 'separator' };

describe('buildMenuTemplate', () => {
  it('builds the German menu of a packaged Windows/Linux app, without "Go to" until the app reports its areas', () => {
    expect(describeMenu({ language: 'de', isMac: false, isPackaged: true })).toEqual([
      {
        label: 'Datei',
        submenu: [
          { label: 'Neuer Kunde', accelerator: 'CmdOrCtrl+N', sends: 'new-client' },
          {
            label: 'Jetzt synchronisieren',
            accelerator: 'CmdOrCtrl+Shift+S',
            sends: 'sync-now',
          },
          separator,
          { label: 'Einstellungen …', accelerator: 'CmdOrCtrl+,', sends: 'settings' },
          separator,
          { role: 'quit', label: 'Beenden' },
        ],
      },
      {
        label: 'Bearbeiten',
        submenu: [
          { role: 'undo', label: 'Rückgängig' },
          { role: 'redo', label: 'Wiederholen' },
          separator,
          { role: 'cut', label: 'Ausschneiden' },
          { role: 'copy', label: 'Kopieren' },
          { role: 'paste', label: 'Einfügen' },
          { role: 'selectAll', label: 'Alles auswählen' },
        ],
      },
      {
        label: 'Ansicht',
        submenu: [
          { label: 'Suchen …', accelerator: 'CmdOrCtrl+K', sends: 'search' },
          separator,
          {
            label: 'Kundenmodus',
            type: 'checkbox',
            checked: false,
            accelerator: 'CmdOrCtrl+Shift+K',
            sends: 'customer-mode:on',
          },
          separator,
          { role: 'togglefullscreen', label: 'Vollbild' },
        ],
      },
      { label: 'Hilfe', submenu: [{ role: 'about', label: 'Über Quotient' }] },
    ]);
  });

  it('builds the English menu of a development build with reload and developer tools', () => {
    expect(describeMenu({ language: 'en', isMac: false, isPackaged: false })).toEqual([
      {
        label: 'File',
        submenu: [
          { label: 'New Client', accelerator: 'CmdOrCtrl+N', sends: 'new-client' },
          { label: 'Sync Now', accelerator: 'CmdOrCtrl+Shift+S', sends: 'sync-now' },
          separator,
          { label: 'Settings…', accelerator: 'CmdOrCtrl+,', sends: 'settings' },
          separator,
          { role: 'quit', label: 'Quit' },
        ],
      },
      {
        label: 'Edit',
        submenu: [
          { role: 'undo', label: 'Undo' },
          { role: 'redo', label: 'Redo' },
          separator,
          { role: 'cut', label: 'Cut' },
          { role: 'copy', label: 'Copy' },
          { role: 'paste', label: 'Paste' },
          { role: 'selectAll', label: 'Select All' },
        ],
      },
      {
        label: 'View',
        submenu: [
          { label: 'Search…', accelerator: 'CmdOrCtrl+K', sends: 'search' },
          separator,
          {
            label: 'Customer Mode',
            type: 'checkbox',
            checked: false,
            accelerator: 'CmdOrCtrl+Shift+K',
            sends: 'customer-mode:on',
          },
          separator,
          { role: 'reload', label: 'Reload' },
          { role: 'forceReload', label: 'Force Reload' },
          { role: 'toggleDevTools', label: 'Developer Tools' },
          separator,
          { role: 'togglefullscreen', label: 'Full Screen' },
        ],
      },
      { label: 'Help', submenu: [{ role: 'about', label: 'About Quotient' }] },
    ]);
  });

  it('moves About, Settings and Quit to the app menu on macOS', () => {
    const menu = describeMenu({ language: 'de', isMac: true, isPackaged: true });
    expect(menu.map((item) => item.label)).toEqual([
      'Quotient',
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
    ]);
    expect(menu[0]?.submenu).toEqual([
      { role: 'about', label: 'Über Quotient' },
      separator,
      { label: 'Einstellungen …', accelerator: 'CmdOrCtrl+,', sends: 'settings' },
      separator,
      { role: 'services', label: 'Dienste' },
      separator,
      { role: 'hide', label: 'Quotient ausblenden' },
      { role: 'hideOthers', label: 'Andere ausblenden' },
      { role: 'unhide', label: 'Alle einblenden' },
      separator,
      { role: 'quit', label: 'Beenden' },
    ]);
    expect(menu[1]?.submenu).toEqual([
      { label: 'Neuer Kunde', accelerator: 'CmdOrCtrl+N', sends: 'new-client' },
      { label: 'Jetzt synchronisieren', accelerator: 'CmdOrCtrl+Shift+S', sends: 'sync-now' },
    ]);
    expect(menu[4]).toEqual({ role: 'windowMenu', label: 'Fenster' });
  });

  const areas = (language: 'de' | 'en') => {
    const labels = {
      de: [
        'Kunden',
        'Pipeline',
        'Angebote',
        'Katalog',
        'Kalkulation',
        'Textbausteine',
        'Papierkorb',
        'Einstellungen',
      ],
      en: [
        'Clients',
        'Pipeline',
        'Offers',
        'Catalog',
        'Calculator',
        'Text blocks',
        'Trash',
        'Settings',
      ],
    }[language];
    const ids = [
      'clients',
      'pipeline',
      'offers',
      'catalog',
      'calculator',
      'texts',
      'trash',
      'settings',
    ];
    const keys = ['1', '2', '3', '4', '5', '6', undefined, ','];
    return ids.map((id, index) => ({
      id,
      label: labels[index] ?? '',
      ...(keys[index] ? { accelerator: `CmdOrCtrl+${keys[index]}` } : {}),
    }));
  };

  it.each([
    ['de', false, ['Datei', 'Bearbeiten', 'Ansicht', 'Gehe zu', 'Hilfe']],
    ['en', false, ['File', 'Edit', 'View', 'Go To', 'Help']],
    ['de', true, ['Quotient', 'Datei', 'Bearbeiten', 'Ansicht', 'Gehe zu', 'Fenster']],
  ] as const)(
    'lists every area the app reports under "Go to" (%s, macOS: %s)',
    (language, isMac, titles) => {
      const menu = describeMenu({ language, isMac, isPackaged: true, navigation: areas(language) });
      expect(menu.map((item) => item.label)).toEqual(titles);
      // Settings keeps Ctrl+, on its own item in the File (or app) menu.
      expect(menu[titles.length - 2]?.submenu).toEqual(
        areas(language).map(({ id, label, accelerator }) => ({
          label,
          ...(accelerator && accelerator !== 'CmdOrCtrl+,' ? { accelerator } : {}),
          sends: `navigate:${id}`,
        })),
      );
    },
  );

  it('builds the English "Go To" from what the app reports, and none from an empty list', () => {
    const menu = describeMenu({
      language: 'en',
      isMac: false,
      isPackaged: true,
      navigation: [
        { id: 'contracts', label: 'Contracts', accelerator: 'CmdOrCtrl+7' },
        { id: 'search-all', label: 'Search all', accelerator: 'CommandOrControl+K' },
      ],
    });
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Go To', 'Help']);
    expect(menu[3]?.submenu).toEqual([
      { label: 'Contracts', accelerator: 'CmdOrCtrl+7', sends: 'navigate:contracts' },
      // Ctrl+K is Search's in the View menu, however it is spelled.
      { label: 'Search all', sends: 'navigate:search-all' },
    ]);
    const empty = describeMenu({ language: 'en', isMac: false, isPackaged: true, navigation: [] });
    expect(empty.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('shows the customer mode as it is in the app and clicking sets the other state', () => {
    const viewItem = (customerMode: boolean) =>
      describeMenu({ language: 'de', isMac: false, isPackaged: true, customerMode })[2]
        ?.submenu?.[2];
    expect([viewItem(false), viewItem(true)]).toEqual([
      {
        label: 'Kundenmodus',
        type: 'checkbox',
        checked: false,
        accelerator: 'CmdOrCtrl+Shift+K',
        sends: 'customer-mode:on',
      },
      {
        label: 'Kundenmodus',
        type: 'checkbox',
        checked: true,
        accelerator: 'CmdOrCtrl+Shift+K',
        sends: 'customer-mode:off',
      },
    ]);
  });

  it('uses no accelerator twice', () => {
    for (const isMac of [true, false]) {
      const accelerators: string[] = [];
      const collect = (items: Described[]) =>
        items.forEach((item) => {
          if (typeof item.accelerator === 'string') accelerators.push(item.accelerator);
          if (item.submenu) collect(item.submenu);
        });
      collect(describeMenu({ language: 'en', isMac, isPackaged: false, navigation: areas('en') }));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });
});

describe('initialMenuLanguage', () => {
  it.each([
    ['de-DE', 'de'],
    ['de', 'de'],
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['fr-FR', 'de'],
    ['', 'de'],
  ])('%j → %s', (locale, language) => {
    expect(initialMenuLanguage(locale)).toBe(language);
  });
});
