import { describe, expect, it } from 'vitest';
import { formatDuration, gestureAction, keyCommand } from './input';

const key = (
  name: string,
  modifiers: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {},
) => keyCommand({ key: name, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

describe('keyCommand', () => {
  it('maps the keyboard and the clicker keys', () => {
    const keys = [
      ' ',
      'ArrowRight',
      'ArrowDown',
      'PageDown',
      'Enter',
      'ArrowLeft',
      'ArrowUp',
    ].concat(['PageUp', 'Backspace', 'Home', 'End', 'b', 'B', '.', 'l', 'L', 'Escape', 'x']);
    expect(keys.map((name) => key(name))).toEqual([
      'next',
      'next',
      'next',
      'next',
      'next',
      'previous',
      'previous',
      'previous',
      'previous',
      'first',
      'last',
      'black',
      'black',
      'black',
      'lead',
      'lead',
      'leave',
      null,
    ]);
  });

  it('leaves keys with Ctrl, Alt or Meta to the browser and the app', () => {
    expect([
      key('b', { ctrlKey: true }),
      key('ArrowRight', { altKey: true }),
      key('l', { metaKey: true }),
    ]).toEqual([null, null, null]);
  });
});

describe('gestureAction', () => {
  const at = (x: number, y: number, time = 0) => ({ x, y, time });

  it('a swipe to the left is the next slide, to the right the previous one', () => {
    expect(gestureAction(at(400, 300), at(250, 320, 200))).toBe('next');
    expect(gestureAction(at(250, 300), at(400, 290, 200))).toBe('previous');
  });

  it('a tap is the next slide', () => {
    expect(gestureAction(at(400, 300), at(404, 303, 90))).toBe('next');
  });

  it('a short, slow, or mostly vertical move is nothing', () => {
    expect(gestureAction(at(400, 300), at(360, 300, 100))).toBeNull();
    expect(gestureAction(at(400, 300), at(200, 300, 1_500))).toBeNull();
    expect(gestureAction(at(400, 300), at(330, 100, 200))).toBeNull();
  });
});

describe('formatDuration', () => {
  it('reads m:ss, from an hour h:mm:ss', () => {
    expect([0, 59_999, 61_000, 3_599_000, 3_600_000, 3_725_000, -5].map(formatDuration)).toEqual([
      '0:00',
      '0:59',
      '1:01',
      '59:59',
      '1:00:00',
      '1:02:05',
      '0:00',
    ]);
  });
});
