import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '#shared/domain/common';
import type { MenuCommand } from '#shared/ipc/channels';
import { navigateCommand } from '#shared/ipc/channels';
import type { MenuNavigation } from '#shared/ipc/contract';

type Labels = {
  file: string;
  newClient: string;
  syncNow: string;
  settings: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  view: string;
  customerMode: string;
  goTo: string;
  search: string;
  reload: string;
  forceReload: string;
  devTools: string;
  fullScreen: string;
  window: string;
  help: string;
  about: string;
  services: string;
  hide: string;
  hideOthers: string;
  showAll: string;
};

export const menuLabels: Record<Language, Labels> = {
  de: {
    file: 'Datei',
    newClient: 'Neuer Kunde',
    syncNow: 'Jetzt synchronisieren',
    settings: 'Einstellungen …',
    quit: 'Beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: 'Ansicht',
    customerMode: 'Kundenmodus',
    goTo: 'Gehe zu',
    search: 'Suchen …',
    reload: 'Neu laden',
    forceReload: 'Neu laden (ohne Cache)',
    devTools: 'Entwicklerwerkzeuge',
    fullScreen: 'Vollbild',
    window: 'Fenster',
    help: 'Hilfe',
    about: 'Über Quotient',
    services: 'Dienste',
    hide: 'Quotient ausblenden',
    hideOthers: 'Andere ausblenden',
    showAll: 'Alle einblenden',
  },
  en: {
    file: 'File',
    newClient: 'New Client',
    syncNow: 'Sync Now',
    settings: 'Settings…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    customerMode: 'Customer Mode',
    goTo: 'Go To',
    search: 'Search…',
    reload: 'Reload',
    forceReload: 'Force Reload',
    devTools: 'Developer Tools',
    fullScreen: 'Full Screen',
    window: 'Window',
    help: 'Help',
    about: 'About Quotient',
    services: 'Services',
    hide: 'Hide Quotient',
    hideOthers: 'Hide Others',
    showAll: 'Show All',
  },
};

export type MenuTemplateOptions = {
  language: Language;
  /** macOS gets the app menu (About, Settings, Quit there) and a Window menu. */
  isMac: boolean;
  /** Reload and developer tools exist only in unpackaged (development) builds. */
  isPackaged: boolean;
  /**
   * The renderer's areas, translated (menu:set-navigation); until it reports them the menu has
   * no "Go to": a list kept here would drift from the app's (issue #11).
   */
  navigation?: MenuNavigation['entries'];
  /** Whether the renderer's customer mode is on (menu:set-customer-mode). */
  customerMode?: boolean;
  /** Sends a command to the renderer (menu:command). */
  onCommand: (command: MenuCommand) => void;
};

/** The customer mode's accelerator; the renderer's own keys are Ctrl+Shift+K and F9. */
export const CUSTOMER_MODE_ACCELERATOR = 'CmdOrCtrl+Shift+K';

const modifierAliases: Record<string, string> = {
  commandorcontrol: 'cmdorctrl',
  control: 'ctrl',
  command: 'cmd',
  option: 'alt',
  return: 'enter',
  esc: 'escape',
};

/** An accelerator in one spelling, so that `CommandOrControl+1` and `CmdOrCtrl+1` compare equal. */
function acceleratorKey(accelerator: string): string {
  const parts = accelerator.split('+').map((part) => {
    const lower = part.toLowerCase();
    return modifierAliases[lower] ?? lower;
  });
  const key = parts.pop() ?? '';
  return [...parts.sort(), key].join('+');
}

/** Every accelerator in a menu template. */
function acceleratorsOf(items: readonly MenuItemConstructorOptions[]): Set<string> {
  const found = new Set<string>();
  const walk = (list: readonly MenuItemConstructorOptions[]) =>
    list.forEach((item) => {
      if (typeof item.accelerator === 'string') found.add(acceleratorKey(item.accelerator));
      if (Array.isArray(item.submenu)) walk(item.submenu);
    });
  walk(items);
  return found;
}

/** The application menu as a pure template of the UI language and platform. */
export function buildMenuTemplate({
  language,
  isMac,
  isPackaged,
  navigation,
  customerMode = false,
  onCommand,
}: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const t = menuLabels[language];
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => onCommand(name),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const settings = command(t.settings, 'settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions = {
    label: 'Quotient',
    submenu: [
      { role: 'about', label: t.about },
      separator,
      settings,
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.showAll },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };
  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command(t.newClient, 'new-client', 'CmdOrCtrl+N'),
      command(t.syncNow, 'sync-now', 'CmdOrCtrl+Shift+S'),
      ...(isMac ? [] : [separator, settings, separator, { role: 'quit' as const, label: t.quit }]),
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  };
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload', label: t.reload },
        { role: 'forceReload', label: t.forceReload },
        { role: 'toggleDevTools', label: t.devTools },
        separator,
      ];
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      command(t.search, 'search', 'CmdOrCtrl+K'),
      separator,
      {
        label: t.customerMode,
        type: 'checkbox',
        checked: customerMode,
        accelerator: CUSTOMER_MODE_ACCELERATOR,
        // Sets what the box now shows rather than toggling, so a stale menu cannot invert it.
        click: () => onCommand(customerMode ? 'customer-mode:off' : 'customer-mode:on'),
      },
      separator,
      ...developerItems,
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    submenu: [{ role: 'about', label: t.about }],
  };

  const fixed = isMac ? [appMenu, fileMenu, editMenu, viewMenu] : [fileMenu, editMenu, viewMenu];
  // An area's key that a fixed item already uses (Settings' Ctrl+,) stays with the fixed item.
  const taken = acceleratorsOf(fixed);
  const goToMenu: MenuItemConstructorOptions[] = navigation?.length
    ? [
        {
          label: t.goTo,
          submenu: navigation.map(({ id, label, accelerator }) =>
            command(
              label,
              navigateCommand(id),
              accelerator && !taken.has(acceleratorKey(accelerator)) ? accelerator : undefined,
            ),
          ),
        },
      ]
    : [];

  if (isMac) {
    const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: t.window };
    return [...fixed, ...goToMenu, windowMenu];
  }
  return [...fixed, ...goToMenu, helpMenu];
}

/** The menu language before the renderer reports its setting: English only for English systems. */
export function initialMenuLanguage(locale: string): Language {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'de';
}
