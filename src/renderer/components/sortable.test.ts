import { describe, expect, it } from 'vitest';
import { dropIndex, keyboardMoveTarget } from './sortable';

describe('reordering a list', () => {
  it('moves by keyboard within the list and refuses to leave it', () => {
    expect(keyboardMoveTarget(0, 3, 'up')).toBeNull();
    expect(keyboardMoveTarget(0, 3, 'down')).toBe(1);
    expect(keyboardMoveTarget(2, 3, 'up')).toBe(1);
    expect(keyboardMoveTarget(2, 3, 'down')).toBeNull();
    expect(keyboardMoveTarget(0, 1, 'down')).toBeNull();
  });

  it('drops a dragged row before or after the row under the pointer', () => {
    // Row 0 dropped into the lower half of row 2 → it becomes the last of three.
    expect(dropIndex(0, 2, true)).toBe(2);
    expect(dropIndex(0, 2, false)).toBe(1);
    // Row 2 or 3 dropped into the upper half of row 0 → first.
    expect(dropIndex(2, 0, false)).toBe(0);
    expect(dropIndex(2, 0, true)).toBe(1);
    expect(dropIndex(3, 1, true)).toBe(2);
    // Onto itself: stays.
    expect(dropIndex(1, 1, false)).toBe(1);
    expect(dropIndex(1, 1, true)).toBe(1);
  });
});
