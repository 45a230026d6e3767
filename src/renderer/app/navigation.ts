/**
 * One area of the app as the window's navigation, the global shortcuts and the desktop menu's
 * "Go to" show it. Plain data: the list will be built from the areas' module manifests (#11).
 */
export type NavEntry = {
  /** Stable id; the desktop menu's command for it is `navigate:<id>`. */
  id: string;
  /** The hash route the entry opens; the entry is active on this path and below it. */
  path: string;
  /** The i18n key of the entry's label (German and English). */
  labelKey: string;
  /** Keys with English names ("Ctrl+1"), shown in the UI language; Ctrl means Cmd on a Mac. */
  shortcut?: string;
};

/** The app's areas in the order of the navigation. */
export const navigation: readonly NavEntry[] = [
  { id: 'clients', path: '/clients', labelKey: 'nav.clients', shortcut: 'Ctrl+1' },
  { id: 'pipeline', path: '/pipeline', labelKey: 'nav.pipeline', shortcut: 'Ctrl+2' },
  { id: 'offers', path: '/offers', labelKey: 'nav.offers', shortcut: 'Ctrl+3' },
  { id: 'catalog', path: '/catalog', labelKey: 'nav.catalog', shortcut: 'Ctrl+4' },
  { id: 'calculator', path: '/calculator', labelKey: 'nav.calculator', shortcut: 'Ctrl+5' },
  { id: 'texts', path: '/texts', labelKey: 'nav.texts', shortcut: 'Ctrl+6' },
  { id: 'trash', path: '/trash', labelKey: 'nav.trash' },
  { id: 'settings', path: '/settings', labelKey: 'nav.settings', shortcut: 'Ctrl+,' },
];

/** The entry with this id, if the app has one. */
export function navEntryById(
  id: string,
  entries: readonly NavEntry[] = navigation,
): NavEntry | undefined {
  return entries.find((entry) => entry.id === id);
}

/** Whether the entry is the current area: its path or a page below it. */
export function isNavEntryActive(entry: NavEntry, pathname: string): boolean {
  return pathname === entry.path || pathname.startsWith(`${entry.path}/`);
}

/** The path a `navigate:<id>` command goes to; nothing for another command or an unknown id. */
export function pathForCommand(
  command: string,
  entries: readonly NavEntry[] = navigation,
): string | undefined {
  if (!command.startsWith('navigate:')) return undefined;
  return navEntryById(command.slice('navigate:'.length), entries)?.path;
}
