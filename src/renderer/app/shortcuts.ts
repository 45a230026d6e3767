export type AppCommand =
  | 'new-client'
  | 'search'
  | 'navigate:clients'
  | 'navigate:pipeline'
  | 'navigate:offers'
  | 'navigate:catalog'
  | 'navigate:calculator'
  | 'navigate:texts'
  | 'settings'
  | 'undo'
  | 'sync-now'
  | 'help';

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** The shortcut table shown in the help dialog; labels are i18n keys. */
export const shortcutTable: { keys: string; label: string }[] = [
  { keys: 'Ctrl+N', label: 'shortcuts.newClient' },
  { keys: 'Ctrl+K', label: 'shortcuts.search' },
  { keys: 'Ctrl+1', label: 'shortcuts.clients' },
  { keys: 'Ctrl+2', label: 'shortcuts.pipeline' },
  { keys: 'Ctrl+3', label: 'nav.offers' },
  { keys: 'Ctrl+4', label: 'nav.catalog' },
  { keys: 'Ctrl+5', label: 'nav.calculator' },
  { keys: 'Ctrl+6', label: 'nav.texts' },
  { keys: 'Ctrl+,', label: 'shortcuts.settings' },
  { keys: 'Ctrl+Z', label: 'shortcuts.undo' },
  { keys: 'Ctrl+Shift+S', label: 'sync.shortcut' },
  { keys: '?', label: 'shortcuts.help' },
];

/** Maps a key press to an app command; text fields keep their own undo and typing. */
export function commandForKey(event: KeyLike, editing: boolean): AppCommand | undefined {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && !event.altKey && !event.shiftKey) {
    switch (event.key.toLowerCase()) {
      case 'n':
        return 'new-client';
      case 'k':
        return 'search';
      case '1':
        return 'navigate:clients';
      case '2':
        return 'navigate:pipeline';
      case '3':
        return 'navigate:offers';
      case '4':
        return 'navigate:catalog';
      case '5':
        return 'navigate:calculator';
      case '6':
        return 'navigate:texts';
      case ',':
        return 'settings';
      case 'z':
        return editing ? undefined : 'undo';
    }
  }
  // Shift makes the key 'S'; syncing does not touch the text being typed, so it works there too.
  if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') return 'sync-now';
  if (!mod && !editing && event.key === '?') return 'help';
  return undefined;
}
