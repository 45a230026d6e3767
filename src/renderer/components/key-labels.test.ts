import { describe, expect, it } from 'vitest';
import { keyLabel } from './key-labels';

describe('keyLabel', () => {
  it('names the keys as a German keyboard prints them', () => {
    expect(
      ['Ctrl+N', 'Ctrl+Shift+K', 'Ctrl+Del', 'Alt+↑', 'Ctrl+,', '?', 'Ctrl++', 'PageDown'].map(
        (keys) => keyLabel(keys, 'de'),
      ),
    ).toEqual([
      'Strg+N',
      'Strg+Umschalt+K',
      'Strg+Entf',
      'Alt+↑',
      'Strg+,',
      '?',
      'Strg++',
      'Bild↓',
    ]);
  });

  it('keeps the English names', () => {
    expect(['Ctrl+Shift+S', 'Ctrl+Delete', 'Enter'].map((keys) => keyLabel(keys, 'en'))).toEqual([
      'Ctrl+Shift+S',
      'Ctrl+Del',
      'Enter',
    ]);
  });
});
