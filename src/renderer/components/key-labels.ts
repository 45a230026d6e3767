import type { Language } from '#shared/domain';

// German keyboards print these names on the keys; the rest (Alt, Enter, Esc, letters) match.
const german: Record<string, string> = {
  Ctrl: 'Strg',
  Shift: 'Umschalt',
  Del: 'Entf',
  Delete: 'Entf',
  Backspace: 'Rücktaste',
  Space: 'Leertaste',
  PageUp: 'Bild↑',
  PageDown: 'Bild↓',
};
const english: Record<string, string> = { Delete: 'Del', PageUp: 'PgUp', PageDown: 'PgDn' };

/** A shortcut written as `Ctrl+Shift+K` in the keys' names of `language` ("Strg+Umschalt+K"). */
export function keyLabel(keys: string, language: Language | string): string {
  const names = language === 'de' ? german : english;
  // A lone "+" is a key of its own: split only on a "+" that joins two keys.
  return keys
    .split(/(?<=.)\+/)
    .map((key) => names[key] ?? key)
    .join('+');
}
