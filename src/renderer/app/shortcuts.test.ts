import { describe, expect, it } from 'vitest';
import { key } from '../../../test/factories/keys';
import { lineKeyAction } from '#modules/offers/line-keys';
import { modules } from './modules';
import { navigationOf } from './navigation';
import { commandForKey, screenShortcutsAt } from './shortcuts';

const navigation = navigationOf(modules);

describe('commandForKey', () => {
  it('maps the documented shortcuts, with Ctrl or Cmd', () => {
    expect(
      [
        key('n', { ctrlKey: true }),
        key('K', { metaKey: true }),
        key('1', { ctrlKey: true }),
        key('2', { ctrlKey: true }),
        key('3', { ctrlKey: true }),
        key('4', { ctrlKey: true }),
        key('5', { ctrlKey: true }),
        key('6', { ctrlKey: true }),
        key(',', { ctrlKey: true }),
        key('z', { ctrlKey: true }),
        key('?'),
      ].map((event) => commandForKey(event, false, navigation)),
    ).toEqual([
      'new-client',
      'search',
      'navigate:clients',
      'navigate:pipeline',
      'navigate:offers',
      'navigate:catalog',
      'navigate:calculator',
      'navigate:text-blocks',
      'navigate:settings',
      'undo',
      'help',
    ]);
  });

  it('takes the areas and their keys from the navigation list', () => {
    const entries = [
      { id: 'contracts', path: '/contracts', labelKey: 'nav.contracts', shortcut: 'Ctrl+7' },
      { id: 'fairs', path: '/fairs', labelKey: 'nav.fairs', shortcut: 'Ctrl+Alt+M' },
      { id: 'trash', path: '/trash', labelKey: 'nav.trash' },
    ];
    expect(
      [
        key('7', { ctrlKey: true }),
        key('m', { metaKey: true, altKey: true }),
        key('1', { ctrlKey: true }),
        key('7'),
        key('7', { ctrlKey: true, shiftKey: true }),
      ].map((event) => commandForKey(event, true, entries)),
    ).toEqual(['navigate:contracts', 'navigate:fairs', undefined, undefined, undefined]);
  });

  it('syncs now on Ctrl+Shift+S or Cmd+Shift+S, also while typing', () => {
    expect(
      [
        key('S', { ctrlKey: true, shiftKey: true }),
        key('s', { metaKey: true, shiftKey: true }),
        key('S', { ctrlKey: true, shiftKey: true, altKey: true }),
        key('S', { shiftKey: true }),
        key('s', { ctrlKey: true }),
      ].map((event) => commandForKey(event, true, navigation)),
    ).toEqual(['sync-now', 'sync-now', undefined, undefined, undefined]);
  });

  it('leaves undo and typing to text fields', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), true, navigation)).toBeUndefined();
    expect(commandForKey(key('?'), true, navigation)).toBeUndefined();
    expect(commandForKey(key('n', { ctrlKey: true }), true, navigation)).toBe('new-client');
  });

  it('ignores other combinations', () => {
    expect(commandForKey(key('n'), false, navigation)).toBeUndefined();
    expect(
      commandForKey(key('z', { ctrlKey: true, shiftKey: true }), false, navigation),
    ).toBeUndefined();
  });
});

describe('customer mode shortcut', () => {
  it('toggles on Ctrl+Shift+K, Cmd+Shift+K or F9, also while typing, and leaves Ctrl+K to search', () => {
    expect(
      [
        key('K', { ctrlKey: true, shiftKey: true }),
        key('k', { metaKey: true, shiftKey: true }),
        key('K', { ctrlKey: true, shiftKey: true, altKey: true }),
        key('K', { shiftKey: true }),
        key('k', { ctrlKey: true }),
        key('F9'),
        key('F9', { ctrlKey: true }),
      ].map((event) => commandForKey(event, true, navigation)),
    ).toEqual([
      'customer-mode',
      'customer-mode',
      undefined,
      undefined,
      'search',
      'customer-mode',
      undefined,
    ]);
  });
});

/** A row's written keys ("Ctrl+Del") as the key event they stand for. */
function eventFor(keys: string) {
  const names: Record<string, string> = {
    '↓': 'ArrowDown',
    '↑': 'ArrowUp',
    Del: 'Delete',
    Esc: 'Escape',
  };
  const parts = keys.split('+');
  const last = parts.at(-1) ?? '';
  return key(names[last] ?? (last.length === 1 ? last.toLowerCase() : last), {
    ctrlKey: parts.includes('Ctrl'),
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
  });
}

describe('screen shortcuts', () => {
  it('picks the screen from the route', () => {
    expect(
      ['/offers/abc', '/offers', '/pipeline', '/clients', '/clients/c1', '/catalog', '/texts'].map(
        (pathname) => screenShortcutsAt(modules, pathname)?.screen,
      ),
    ).toEqual(['offer', undefined, 'pipeline', 'clients', undefined, 'catalog', undefined]);
  });

  it("lists the offer editor's line keys as line-keys.ts maps them", () => {
    // The catalog picker's Enter and the side panel's Alt+W are not line keys.
    const lineRows = screenShortcutsAt(modules, '/offers/o-1')!.rows.filter(
      (row) => row.label !== 'keyboard.rows.pickFirst' && row.label !== 'keyboard.rows.offerAside',
    );
    expect(
      lineRows.map((row) =>
        row.keys.map((keys) => lineKeyAction(eventFor(keys), { isSelect: false })),
      ),
    ).toEqual([
      [
        { type: 'focus', delta: 1 },
        { type: 'focus', delta: 1 },
      ],
      [
        { type: 'focus', delta: -1 },
        { type: 'focus', delta: -1 },
      ],
      [{ type: 'add-after' }],
      [{ type: 'duplicate' }],
      [{ type: 'delete' }],
      [
        { type: 'move', direction: 'up' },
        { type: 'move', direction: 'down' },
      ],
      [{ type: 'details' }],
      [{ type: 'revert' }],
    ]);
  });
});
