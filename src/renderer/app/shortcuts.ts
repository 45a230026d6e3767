import type { ModuleManifest, ScreenShortcuts, ShortcutRow } from './module-types';
import type { NavEntry } from './navigation';

export type { ShortcutRow } from './module-types';

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

/** The shortcuts that work everywhere, shown in the help dialog. */
export const globalShortcuts = (navigation: readonly NavEntry[]): ShortcutRow[] => [
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

/** The screen at `pathname` whose own keys the help dialog lists (from the module manifests). */
export function screenShortcutsAt(
  modules: readonly ModuleManifest[],
  pathname: string,
): ScreenShortcuts | undefined {
  return modules
    .flatMap((module) => module.screenShortcuts ?? [])
    .find((screen) => screen.matches(pathname));
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
  entries: readonly NavEntry[],
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
