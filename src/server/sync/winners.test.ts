import { describe, expect, it } from 'vitest';
import type { Mutation } from '#shared/sync/protocol';
import { planPush } from './winners';

const hlc = (second: number) =>
  `2026-11-28T10:00:${String(second).padStart(2, '0')}.000Z-0000-00000000000000aa`;
const change = (id: string, field: string, value: unknown, second: number) => ({
  table: 'offers',
  id,
  field,
  value,
  hlc: hlc(second),
});

describe('planPush', () => {
  it('skips mutations up to lastMid and keeps the highest stamp per field in push order', () => {
    const mutations: Mutation[] = [
      { mid: 3, changes: [change('o1', 'title', 'seen', 1)] },
      { mid: 4, changes: [change('o1', 'title', 'late', 9), change('o2', 'title', 'other', 2)] },
      {
        mid: 5,
        changes: [change('o1', 'title', 'early', 5), change('o1', 'total', { net: '1.00' }, 5)],
      },
    ];
    expect(planPush(mutations, 3)).toEqual({
      lastMid: 5,
      candidates: {
        tables: ['offers', 'offers', 'offers'],
        ids: ['o1', 'o2', 'o1'],
        fields: ['title', 'title', 'total'],
        hlcs: [hlc(9), hlc(2), hlc(5)],
        values: ['"late"', '"other"', '{"net":"1.00"}'],
      },
    });
  });

  it('keeps the first of two equal stamps and moves a later winner to its own position', () => {
    const plan = planPush(
      [
        {
          mid: 1,
          changes: [
            change('o1', 'a', 'first', 1),
            change('o2', 'a', 'x', 1),
            change('o1', 'a', 'same', 1),
            change('o2', 'a', 'y', 2),
          ],
        },
      ],
      0,
    );
    expect([plan.candidates.ids, plan.candidates.values]).toEqual([
      ['o1', 'o2'],
      ['"first"', '"y"'],
    ]);
  });

  it('returns no candidates and the old lastMid when every mutation was seen', () => {
    expect(planPush([{ mid: 2, changes: [change('o1', 'a', 1, 1)] }], 7)).toEqual({
      lastMid: 7,
      candidates: { tables: [], ids: [], fields: [], hlcs: [], values: [] },
    });
  });
});
