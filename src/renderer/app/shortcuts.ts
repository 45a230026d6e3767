import { LINE_DETAILS_KEYS } from '#modules/offers/line-keys';
import { navigation, type NavEntry } from './navigation';

export type AppCommand =
  | 'new-client'
  | 'search'
  /** Goes to the navigation entry with this id (navigation.ts). */
  | `navigate:${string}`
  | 'settings'
  | 'undo'
  | 'sync-now'
  | 'customer-mode'
  | 'customer-mode:on'
  | 'customer-mode:off'
  | 'help';

/** Switches the customer mode on and off, also while typing. */
export const CUSTOMER_MODE_KEYS = 'Ctrl+Shift+K';

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export type ShortcutRow = {
  /** Alternatives, each written with English key names ("Ctrl+Del"); shown in the UI language. */
  keys: string[];
  /** The i18n key of what the keys do. */
  label: string;
};

/** The shortcuts that work everywhere, shown in the help dialog. */
export const shortcutTable: ShortcutRow[] = [
  { keys: ['Ctrl+N'], label: 'shortcuts.newClient' },
  { keys: ['Ctrl+K'], label: 'shortcuts.search' },
  ...navigation.flatMap((entry) =>
    entry.shortcut ? [{ keys: [entry.shortcut], label: entry.labelKey }] : [],
  ),
  { keys: ['Ctrl+Z'], label: 'shortcuts.undo' },
  { keys: ['Ctrl+Shift+S'], label: 'sync.shortcut' },
  { keys: [CUSTOMER_MODE_KEYS, 'F9'], label: 'keyboard.customerMode' },
  { keys: ['?'], label: 'shortcuts.help' },
];

export type ShortcutScreen = 'offer' | 'pipeline' | 'clients' | 'catalog';

const listRows: ShortcutRow[] = [
  { keys: ['↑', '↓'], label: 'keyboard.rows.rows' },
  { keys: ['PageUp', 'PageDown'], label: 'keyboard.rows.pages' },
  { keys: ['Enter'], label: 'keyboard.rows.openRow' },
  { keys: ['Esc'], label: 'keyboard.rows.clearSearch' },
];

/** The keys of one screen (the offer editor's from line-keys.ts, the board's from BoardColumn). */
export const screenShortcutTable: Record<ShortcutScreen, ShortcutRow[]> = {
  offer: [
    { keys: ['↓', 'Enter'], label: 'keyboard.rows.nextLine' },
    { keys: ['↑', 'Shift+Enter'], label: 'keyboard.rows.previousLine' },
    { keys: ['Ctrl+Enter'], label: 'keyboard.rows.addLine' },
    { keys: ['Ctrl+D'], label: 'keyboard.rows.duplicateLine' },
    { keys: ['Ctrl+Del'], label: 'keyboard.rows.deleteLine' },
    { keys: ['Alt+↑', 'Alt+↓'], label: 'keyboard.rows.moveLine' },
    { keys: [LINE_DETAILS_KEYS], label: 'keyboard.rows.lineDetails' },
    { keys: ['Esc'], label: 'keyboard.rows.revertCell' },
    { keys: ['Enter'], label: 'keyboard.rows.pickFirst' },
  ],
  pipeline: [
    { keys: ['Enter', 'Space'], label: 'keyboard.rows.openCard' },
    { keys: ['Alt+←', 'Alt+→'], label: 'keyboard.rows.moveCardStage' },
    { keys: ['Alt+↑', 'Alt+↓'], label: 'keyboard.rows.moveCardOrder' },
  ],
  clients: [{ keys: ['↓'], label: 'keyboard.rows.searchToList' }, ...listRows],
  catalog: listRows,
};

/** The screen whose own shortcuts the help dialog lists beside the global ones. */
export function shortcutScreen(pathname: string): ShortcutScreen | undefined {
  if (/^\/offers\/[^/]+/.test(pathname)) return 'offer';
  if (pathname.startsWith('/pipeline')) return 'pipeline';
  if (pathname === '/clients' || pathname === '/clients/') return 'clients';
  if (pathname.startsWith('/catalog')) return 'catalog';
  return undefined;
}

/** The key press written as a shortcut ("Ctrl+Shift+K"; Cmd counts as Ctrl). */
function keysOf(event: KeyLike): string {
  const mods = [
    event.ctrlKey || event.metaKey ? 'Ctrl' : '',
    event.altKey ? 'Alt' : '',
    event.shiftKey ? 'Shift' : '',
  ].filter(Boolean);
  return [...mods, event.key.length === 1 ? event.key.toUpperCase() : event.key].join('+');
}

/** The navigation entry whose shortcut is this key press. */
function navEntryForKey(event: KeyLike, entries: readonly NavEntry[]): NavEntry | undefined {
  const pressed = keysOf(event);
  return entries.find((entry) => entry.shortcut?.toUpperCase() === pressed.toUpperCase());
}

/** Maps a key press to an app command; text fields keep their own undo and typing. */
export function commandForKey(
  event: KeyLike,
  editing: boolean,
  entries: readonly NavEntry[] = navigation,
): AppCommand | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && !event.shiftKey) {
    switch (event.key.toLowerCase()) {
      case 'n':
        return 'new-client';
      case 'k':
        return 'search';
      case 'z':
        return editing ? undefined : 'undo';
    }
  }
  const entry = mod ? navEntryForKey(event, entries) : undefined;
  if (entry) return `navigate:${entry.id}`;
  // Shift makes the key 'S'; syncing does not touch the text being typed, so it works there too.
  if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') return 'sync-now';
  if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'k')
    return 'customer-mode';
  // F9 as well: some browsers keep Ctrl+Shift+K for themselves (Firefox's web console).
  if (!mod && !event.shiftKey && !event.altKey && event.key === 'F9') return 'customer-mode';
  if (!mod && !editing && event.key === '?') return 'help';
  return undefined;
}
