import { describe, expect, it } from 'vitest';
import type { Opportunity } from '#shared/domain';
import { buildBoard, keyboardTarget, openWeightedTotal } from './pipeline';

const opp = (
  id: string,
  stage: Opportunity['stage'],
  value: string,
  probability: number,
  position: string,
): Opportunity => ({
  id,
  clientId: 'c',
  title: id,
  stage,
  estimatedValue: value,
  probability,
  expectedCloseDate: '',
  lostReason: '',
  position,
  createdAt: '',
  updatedAt: '',
  createdBy: '',
  updatedBy: '',
  deleted: false,
});

describe('buildBoard', () => {
  const items = [
    opp('b', 'lead', '1000.00', 10, 'a1'),
    opp('a', 'lead', '333.33', 15, 'a0'),
    opp('c', 'proposal', '50000', 50, 'a0'),
    opp('w', 'won', '1200', 100, 'a0'),
    { ...opp('x', 'lead', '999', 10, 'a2'), deleted: true },
  ];

  it('orders by position, sums and weights each stage exactly to the cent', () => {
    const board = buildBoard(items);
    expect(
      board.map((column) => [
        column.stage,
        column.items.map((i) => i.id),
        column.total,
        column.weighted,
      ]),
    ).toEqual([
      ['lead', ['a', 'b'], '1333.33', '150.00'],
      ['qualified', [], '0.00', '0.00'],
      ['proposal', ['c'], '50000.00', '25000.00'],
      ['negotiation', [], '0.00', '0.00'],
      ['won', ['w'], '1200.00', '1200.00'],
      ['lost', [], '0.00', '0.00'],
    ]);
    expect(openWeightedTotal(board)).toBe('25150.00');
  });

  it('computes keyboard moves between and within columns', () => {
    const board = buildBoard(items);
    expect(keyboardTarget(board, 'a', 'right')).toEqual({ stage: 'qualified' });
    expect(keyboardTarget(board, 'b', 'up')).toEqual({
      stage: 'lead',
      after: undefined,
      before: 'a',
    });
    expect(keyboardTarget(board, 'a', 'down')).toEqual({
      stage: 'lead',
      after: 'b',
      before: undefined,
    });
    expect(keyboardTarget(board, 'a', 'up')).toBeUndefined();
    expect(keyboardTarget(board, 'a', 'left')).toBeUndefined();
    expect(keyboardTarget(board, 'c', 'left')).toEqual({ stage: 'qualified' });
    expect(keyboardTarget(board, 'w', 'left')).toEqual({ stage: 'negotiation' });
  });
});
