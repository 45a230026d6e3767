import { describe, expect, it } from 'vitest';
import type { OfferLine } from '#shared/domain';
import { planLinesPrice } from './plan-price';

const line = (id: string, extra: Partial<OfferLine>): OfferLine =>
  ({
    id,
    sectionId: 's1',
    quantity: '1',
    unitPrice: '0',
    discountPct: '',
    vatPct: '19',
    billing: 'one-time',
    kind: 'normal',
    unitCost: '',
    deleted: false,
    ...extra,
  }) as OfferLine;

describe('the price of the plan lines', () => {
  it('sums the net and cost of the lines the plan generated, without the others, deleted or optional ones', () => {
    const lines = [
      line('a', { planPackageId: 'p1', quantity: '4', unitPrice: '1180', unitCost: '690' }),
      line('b', {
        planPackageId: 'contingency',
        quantity: '1.5',
        unitPrice: '1199.05',
        unitCost: '700',
      }),
      line('c', { quantity: '10', unitPrice: '99' }),
      line('d', { planPackageId: 'p2', quantity: '2', unitPrice: '1000', deleted: true }),
      line('e', { planPackageId: 'p3', quantity: '1', unitPrice: '500', kind: 'optional' }),
    ];
    // 4 × 1180 + 1.5 × 1199.05 = 4720 + 1798.575 → 1798.58; cost 2760 + 1050.
    expect(planLinesPrice({ termMonths: 0 }, lines)).toEqual({
      net: '6518.58',
      cost: '3810.00',
      margin: '2708.58',
      count: 3,
    });
  });
});
