import { describe, expect, it } from 'vitest';
import { byPosition } from './ordering';

describe('byPosition', () => {
  it('orders by position, then by id for equal positions', () => {
    const rows = [
      { id: 'b', position: 'a1' },
      { id: 'c', position: 'a0' },
      { id: 'a', position: 'a1' },
    ];
    expect([...rows].sort(byPosition).map((row) => row.id)).toEqual(['c', 'a', 'b']);
  });
});
