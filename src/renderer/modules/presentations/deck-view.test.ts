import { describe, expect, it } from 'vitest';
import {
  dropIndex,
  formatDuration,
  keyboardMoveTarget,
  selectionAfter,
  totalSeconds,
} from './deck-view';

describe('the deck editor helpers', () => {
  it('add up the loop duration and write it as people read it', () => {
    expect(totalSeconds([])).toBe(0);
    expect(
      totalSeconds([{ durationSeconds: 10 }, { durationSeconds: 20 }, { durationSeconds: 95 }]),
    ).toBe(125);
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(125)).toBe('2:05 min');
    expect(formatDuration(3723)).toBe('1:02:03 h');
  });

  it('move by keyboard within the list and refuse to leave it', () => {
    expect(keyboardMoveTarget(0, 3, 'up')).toBeNull();
    expect(keyboardMoveTarget(0, 3, 'down')).toBe(1);
    expect(keyboardMoveTarget(2, 3, 'up')).toBe(1);
    expect(keyboardMoveTarget(2, 3, 'down')).toBeNull();
  });

  it('drop a dragged slide before or after the row under the pointer', () => {
    // Slide 0 dropped into the lower half of slide 2 → it becomes the last of three.
    expect(dropIndex(0, 2, true)).toBe(2);
    expect(dropIndex(0, 2, false)).toBe(1);
    // Slide 2 dropped into the upper half of slide 0 → first.
    expect(dropIndex(2, 0, false)).toBe(0);
    expect(dropIndex(2, 0, true)).toBe(1);
    expect(dropIndex(1, 1, false)).toBe(1);
  });

  it('keep a slide just added selected until the live list draws it, and move on from a deleted one', () => {
    const seen = new Set(['a', 'b']);
    // "c" was just added: the list still shows a and b, the selection stays on c.
    expect(selectionAfter(['a', 'b'], 'c', seen)).toBe('c');
    expect(selectionAfter(['a', 'b', 'c'], 'c', seen)).toBe('c');
    // "b" was deleted: the first slide is selected.
    expect(selectionAfter(['a', 'c'], 'b', seen)).toBe('a');
    // Nothing selected yet: the first; an empty deck: none.
    expect(selectionAfter(['a', 'b'], null, seen)).toBe('a');
    expect(selectionAfter([], null, seen)).toBeNull();
    expect(selectionAfter([], 'a', seen)).toBeNull();
  });
});
