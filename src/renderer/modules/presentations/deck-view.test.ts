import { describe, expect, it } from 'vitest';
import { formatDuration, selectionAfter, totalSeconds } from './deck-view';

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
