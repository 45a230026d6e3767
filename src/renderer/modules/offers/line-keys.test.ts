import { describe, expect, it } from 'vitest';
import { key } from '../../../../test/factories/keys';
import { lineKeyAction } from './line-keys';

describe('lineKeyAction', () => {
  it('maps the editor keys', () => {
    const input = { isSelect: false };
    expect(
      [
        key('ArrowDown'),
        key('ArrowUp'),
        key('Enter'),
        key('Enter', { shiftKey: true }),
        key('Enter', { ctrlKey: true }),
        key('d', { ctrlKey: true }),
        key('Delete', { ctrlKey: true }),
        key('ArrowUp', { altKey: true }),
        key('ArrowDown', { altKey: true }),
        key('Escape'),
        key('a'),
      ].map((event) => lineKeyAction(event, input)),
    ).toEqual([
      { type: 'focus', delta: 1 },
      { type: 'focus', delta: -1 },
      { type: 'focus', delta: 1 },
      { type: 'focus', delta: -1 },
      { type: 'add-after' },
      { type: 'duplicate' },
      { type: 'delete' },
      { type: 'move', direction: 'up' },
      { type: 'move', direction: 'down' },
      { type: 'revert' },
      undefined,
    ]);
  });

  it('keeps Ctrl+Backspace for deleting a word', () => {
    expect(lineKeyAction(key('Backspace', { ctrlKey: true }), { isSelect: false })).toBeUndefined();
  });

  it('leaves arrow keys to selects', () => {
    expect(lineKeyAction(key('ArrowDown'), { isSelect: true })).toBeUndefined();
    expect(lineKeyAction(key('Enter'), { isSelect: true })).toEqual({ type: 'focus', delta: 1 });
  });

  it('opens the line details with Alt+Enter, in a text cell and in a select', () => {
    expect(lineKeyAction(key('Enter', { altKey: true }), { isSelect: false })).toEqual({
      type: 'details',
    });
    expect(lineKeyAction(key('Enter', { altKey: true }), { isSelect: true })).toEqual({
      type: 'details',
    });
    // Ctrl+Alt+Enter is not a details key (AltGr on some layouts).
    expect(
      lineKeyAction(key('Enter', { altKey: true, ctrlKey: true }), { isSelect: false }),
    ).toEqual({ type: 'add-after' });
  });
});
