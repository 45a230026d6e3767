import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalculationError, calculateOfferTotals } from '../calculation';
import { makeLine, makeOffer } from '#test/offer-fixtures';
import { marginWarnings, offerTotals } from './totals';

const lines = [
  makeLine({ id: 'a', quantity: '4', unitPrice: '2190.00', discountPct: '8', unitCost: '1650.00' }),
  makeLine({
    id: 'b',
    sectionId: 'section-2',
    quantity: '12',
    unitPrice: '489.00',
    unitCost: '450',
  }),
  makeLine({ id: 'c', kind: 'optional', unitPrice: '2190.00', unitCost: '1650.00' }),
  makeLine({ id: 'd', sectionId: 'section-2', quantity: '6.5', unitPrice: '1040.00' }),
  makeLine({ id: 'e', billing: 'monthly', unitPrice: '289.00', vatPct: '7' }),
  makeLine({ id: 'f', deleted: true, unitPrice: '99999.00' }),
];

describe('offerTotals', () => {
  it('maps offer and lines to the engine and adds per-line and per-section totals', () => {
    const offer = makeOffer({ discountPct: '2', termMonths: 24 });
    const result = offerTotals({
      offer,
      lines,
      sections: [{ id: 'section-1' }, { id: 'section-2' }, { id: 'empty' }],
    });
    const engine = calculateOfferTotals({
      lines: [
        {
          quantity: '4',
          unitPrice: '2190.00',
          discountPct: '8',
          vatPct: '19',
          billing: 'one-time',
          kind: 'normal',
          unitCost: '1650.00',
        },
        {
          quantity: '12',
          unitPrice: '489.00',
          vatPct: '19',
          billing: 'one-time',
          kind: 'normal',
          unitCost: '450',
        },
        {
          quantity: '1',
          unitPrice: '2190.00',
          vatPct: '19',
          billing: 'one-time',
          kind: 'optional',
          unitCost: '1650.00',
        },
        {
          quantity: '6.5',
          unitPrice: '1040.00',
          vatPct: '19',
          billing: 'one-time',
          kind: 'normal',
        },
        { quantity: '1', unitPrice: '289.00', vatPct: '7', billing: 'monthly', kind: 'normal' },
      ],
      discountPct: '2',
      termMonths: 24,
    });
    expect(result).toEqual({
      ...engine,
      byLineId: new Map([
        ['a', { net: '8059.20', cost: '6600.00', counted: true }],
        ['b', { net: '5868.00', cost: '5400.00', counted: true }],
        ['c', { net: '2190.00', cost: '1650.00', counted: false }],
        ['d', { net: '6760.00', cost: null, counted: true }],
        ['e', { net: '289.00', cost: null, counted: true }],
      ]),
      bySection: new Map([
        // 8059.20 + 289.00; the optional line does not count.
        ['section-1', { net: '8348.20' }],
        ['section-2', { net: '12628.00' }],
        ['empty', { net: '0.00' }],
      ]),
    });
    expect(result.oneTime).toEqual({ net: '20273.46', vat: '3851.96', gross: '24125.42' });
  });

  it('treats empty discounts and costs as absent and applies reverse charge', () => {
    const result = offerTotals({
      offer: makeOffer({ discountPct: '', reverseCharge: true, termMonths: 12 }),
      lines: [makeLine({ discountPct: '', unitCost: '' })],
    });
    expect([result.oneTime, result.lines, result.vatNote !== null]).toEqual([
      { net: '100.00', vat: '0.00', gross: '100.00' },
      [{ net: '100.00', cost: null, counted: true }],
      true,
    ]);
  });

  it('does not depend on line order (property)', () => {
    const offer = makeOffer({ discountPct: '3.5', termMonths: 13 });
    const line = fc.record({
      id: fc.uuid(),
      quantity: fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 4).toString()),
      unitPrice: fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 100).toFixed(2)),
      discountPct: fc.constantFrom('', '5', '12.5'),
      vatPct: fc.constantFrom('19' as const, '7' as const, '0' as const),
      billing: fc.constantFrom('one-time' as const, 'monthly' as const, 'yearly' as const),
      kind: fc.constantFrom('normal' as const, 'optional' as const),
      sectionId: fc.constantFrom('s1', 's2'),
    });
    fc.assert(
      fc.property(
        fc
          .array(line, { maxLength: 30 })
          .chain((specs) =>
            fc.tuple(fc.constant(specs), fc.shuffledSubarray(specs, { minLength: specs.length })),
          ),
        ([specs, shuffledSpecs]) => {
          const one = offerTotals({ offer, lines: specs.map((spec) => makeLine(spec)) });
          const two = offerTotals({ offer, lines: shuffledSpecs.map((spec) => makeLine(spec)) });
          expect({ ...two, lines: [] }).toEqual({ ...one, lines: [] });
        },
      ),
    );
  });

  it('refuses bad input with a CalculationError', () => {
    expect(() =>
      offerTotals({ offer: makeOffer(), lines: [makeLine({ quantity: '1,5' })] }),
    ).toThrow(CalculationError);
    expect(() =>
      offerTotals({ offer: makeOffer({ discountPct: '120' }), lines: [makeLine()] }),
    ).toThrow(CalculationError);
  });
});

describe('marginWarnings', () => {
  const warningLines = [
    makeLine({ id: 'low', unitPrice: '100.00', unitCost: '85.00' }), // 15 %
    makeLine({ id: 'ok', unitPrice: '100.00', unitCost: '80.00' }), // 20 %: not below
    makeLine({ id: 'nocost', unitPrice: '100.00', unitCost: '' }),
    makeLine({ id: 'optional', kind: 'optional', unitPrice: '100.00', unitCost: '99.00' }),
    makeLine({ id: 'free', unitPrice: '0.00', unitCost: '10.00' }), // loss without a margin %
  ];

  it('flags counted lines with cost below the minimum, and the offer', () => {
    const totals = offerTotals({ offer: makeOffer(), lines: warningLines });
    // Contract: the lines with a cost, net 200 at cost 175 → 12.50 % ("nocost" is left out).
    expect(marginWarnings({ totals, lines: warningLines, minMarginPct: '10' })).toEqual({
      lineIds: ['free'],
      offer: false,
    });
    expect(marginWarnings({ totals, lines: warningLines, minMarginPct: '20' })).toEqual({
      lineIds: ['low', 'free'],
      offer: true,
    });
    expect(marginWarnings({ totals, lines: warningLines, minMarginPct: '50' })).toEqual({
      lineIds: ['low', 'ok', 'free'],
      offer: true,
    });
  });

  it('warns about the offer after the offer discount', () => {
    const rows = [makeLine({ id: 'x', unitPrice: '100.00', unitCost: '75.00' })];
    const totals = offerTotals({ offer: makeOffer({ discountPct: '10' }), lines: rows });
    // Line margin 25 %, offer margin (90 − 75) / 90 = 16.67 %.
    expect(marginWarnings({ totals, lines: rows, minMarginPct: '20' })).toEqual({
      lineIds: [],
      offer: true,
    });
  });

  it('warns about nothing when no minimum is set', () => {
    const totals = offerTotals({ offer: makeOffer(), lines: warningLines });
    expect(marginWarnings({ totals, lines: warningLines, minMarginPct: '' })).toEqual({
      lineIds: [],
      offer: false,
    });
  });
});
