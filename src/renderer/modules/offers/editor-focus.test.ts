import { describe, expect, it } from 'vitest';
import { lineAfterDelete } from './editor-focus';

describe('lineAfterDelete', () => {
  it('takes the next line, else the previous, else none', () => {
    const order = ['a', 'b', 'c'];
    expect([
      lineAfterDelete(order, 'a'),
      lineAfterDelete(order, 'b'),
      lineAfterDelete(order, 'c'),
      lineAfterDelete(['only'], 'only'),
      lineAfterDelete(order, 'unknown'),
    ]).toEqual(['b', 'c', 'b', null, null]);
  });
});
