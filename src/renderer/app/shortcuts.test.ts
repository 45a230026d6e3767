import { describe, expect, it } from 'vitest';
import { key } from '../../../test/factories/keys';
import { commandForKey } from './shortcuts';

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
      ].map((event) => commandForKey(event, false)),
    ).toEqual([
      'new-client',
      'search',
      'navigate:clients',
      'navigate:pipeline',
      'navigate:offers',
      'navigate:catalog',
      'navigate:calculator',
      'navigate:texts',
      'settings',
      'undo',
      'help',
    ]);
  });

  it('syncs now on Ctrl+Shift+S or Cmd+Shift+S, also while typing', () => {
    expect(
      [
        key('S', { ctrlKey: true, shiftKey: true }),
        key('s', { metaKey: true, shiftKey: true }),
        key('S', { ctrlKey: true, shiftKey: true, altKey: true }),
        key('S', { shiftKey: true }),
        key('s', { ctrlKey: true }),
      ].map((event) => commandForKey(event, true)),
    ).toEqual(['sync-now', 'sync-now', undefined, undefined, undefined]);
  });

  it('leaves undo and typing to text fields', () => {
    expect(commandForKey(key('z', { ctrlKey: true }), true)).toBeUndefined();
    expect(commandForKey(key('?'), true)).toBeUndefined();
    expect(commandForKey(key('n', { ctrlKey: true }), true)).toBe('new-client');
  });

  it('ignores other combinations', () => {
    expect(commandForKey(key('n'), false)).toBeUndefined();
    expect(commandForKey(key('z', { ctrlKey: true, shiftKey: true }), false)).toBeUndefined();
  });
});
