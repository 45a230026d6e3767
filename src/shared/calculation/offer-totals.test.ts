import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalculationError, calculateOfferTotals, lineMargin } from './index';
import type { Billing, OfferTotals, OfferTotalsInput, OfferTotalsLine } from './index';

import fs from 'node:fs';

// A copy of ../shared/fixtures, the bundle tests outside the project also use.
const fixtures = new URL('../../../test/fixtures/', import.meta.url);
const readJson = (name: string): unknown =>
  JSON.parse(fs.readFileSync(new URL(name, fixtures), 'utf8'));

type BundleLine = OfferTotalsLine & { name: string; unit: string };
type Bundle = {
  offer: {
    discountPct: string;
    termMonths: number;
    sections: { title: string; lines: BundleLine[] }[];
  };
};

const zero = { net: '0.00', vat: '0.00', gross: '0.00' };
const line = (overrides: Partial<OfferTotalsLine>): OfferTotalsLine => ({
  quantity: '1',
  unitPrice: '100.00',
  vatPct: '19',
  billing: 'one-time',
  ...overrides,
});

describe('calculateOfferTotals', () => {
  it('reproduces the offer bundle example', () => {
    const bundle = readJson('offer-bundle-example.json') as Bundle;
    const totals = calculateOfferTotals({
      lines: bundle.offer.sections.flatMap((section) =>
        section.lines.map(({ name: _name, unit: _unit, ...rest }) => rest),
      ),
      discountPct: bundle.offer.discountPct,
      termMonths: bundle.offer.termMonths,
      reverseCharge: false,
    });
    expect({
      contractValue: totals.contractValue,
      gross: totals.oneTime.gross,
      monthly: totals.monthly.net,
      net: totals.oneTime.net,
      vat: totals.oneTime.vat,
      yearly: totals.yearly.net,
    }).toEqual(readJson('offer-bundle-example.expected.json'));
  });

  // By hand: 4 × 2190 × 0.92 = 8059.20; 12 × 489 = 5868; 6.5 × 1040 = 6760; Σ 20687.20
  // × 0.98 = 20273.456 → 20273.46; VAT 3851.9574 → 3851.96; monthly 289 × 0.98 = 283.22;
  // contract 20273.46 + 24 × 283.22 = 27070.74.
  it('returns lines, groups, billing totals and margins', () => {
    const totals = calculateOfferTotals({
      lines: [
        line({ quantity: '4', unitPrice: '2190.00', discountPct: '8', unitCost: '1650.00' }),
        line({ quantity: '12', unitPrice: '489.00', unitCost: '301.50' }),
        line({ unitPrice: '2190.00', kind: 'optional', unitCost: '1650.00' }),
        line({ quantity: '6.5', unitPrice: '1040.00', unitCost: '620' }),
        line({ unitPrice: '289.00', billing: 'monthly' }),
      ],
      discountPct: '2',
      termMonths: 24,
    });
    expect(totals).toEqual({
      lines: [
        { net: '8059.20', cost: '6600.00', counted: true },
        { net: '5868.00', cost: '3618.00', counted: true },
        { net: '2190.00', cost: '1650.00', counted: false },
        { net: '6760.00', cost: '4030.00', counted: true },
        { net: '289.00', cost: null, counted: true },
      ],
      groups: [
        { billing: 'one-time', vatPct: '19', net: '20273.46', vat: '3851.96' },
        { billing: 'monthly', vatPct: '19', net: '283.22', vat: '53.81' },
      ],
      oneTime: { net: '20273.46', vat: '3851.96', gross: '24125.42' },
      monthly: { net: '283.22', vat: '53.81', gross: '337.03' },
      yearly: zero,
      contractValue: '27070.74',
      margin: {
        // 20273.46 − (6600 + 3618 + 4030) = 6025.46; / 20273.46 = 29.72 %.
        oneTime: {
          net: '20273.46',
          marginNet: '20273.46',
          uncostedNet: '0.00',
          cost: '14248.00',
          margin: '6025.46',
          marginPct: '29.72',
          complete: true,
        },
        // The monthly line has no cost: left out of the margin, not counted as 100 %.
        monthly: {
          net: '283.22',
          marginNet: '0.00',
          uncostedNet: '283.22',
          cost: '0.00',
          margin: '0.00',
          marginPct: null,
          complete: false,
        },
        yearly: {
          net: '0.00',
          marginNet: '0.00',
          uncostedNet: '0.00',
          cost: '0.00',
          margin: '0.00',
          marginPct: null,
          complete: true,
        },
        // Over the term: 27070.74 − 24 × 283.22 = 20273.46 with a cost; 6025.46 → 29.72 %.
        contract: {
          net: '27070.74',
          marginNet: '20273.46',
          uncostedNet: '6797.28',
          cost: '14248.00',
          margin: '6025.46',
          marginPct: '29.72',
          complete: false,
        },
      },
      reverseCharge: false,
      vatNote: null,
    });
  });

  it('groups by billing and VAT rate and rounds per group', () => {
    // 7 %: 3 × 0.335 = 1.005 → 1.01 per line, Σ 2.02, × 0.9 = 1.818 → 1.82, VAT 0.1274 → 0.13.
    // 19 % yearly: 1200 × 0.9 = 1080, VAT 205.20; over 13 months: 2 years.
    const totals = calculateOfferTotals({
      lines: [
        line({ quantity: '3', unitPrice: '0.335', vatPct: '7' }),
        line({ quantity: '1200', unitPrice: '1', billing: 'yearly' }),
        line({ quantity: '3', unitPrice: '0.335', vatPct: '7.0' }),
        line({ quantity: '1', unitPrice: '50', kind: 'alternative' }),
        line({ quantity: '2', unitPrice: '10', vatPct: '0' }),
      ],
      discountPct: '10',
      termMonths: 13,
    });
    expect(totals.groups).toEqual([
      { billing: 'one-time', vatPct: '7', net: '1.82', vat: '0.13' },
      { billing: 'one-time', vatPct: '0', net: '18.00', vat: '0.00' },
      { billing: 'yearly', vatPct: '19', net: '1080.00', vat: '205.20' },
    ]);
    expect([totals.oneTime, totals.yearly, totals.contractValue]).toEqual([
      { net: '19.82', vat: '0.13', gross: '19.95' },
      { net: '1080.00', vat: '205.20', gross: '1285.20' },
      '2179.82',
    ]);
  });

  it('gives a line margin for the internal view', () => {
    // 1459.20 / 8059.20 = 18.106 % → 18.11; −10 / 0 has no percentage.
    expect([
      lineMargin({ net: '8059.20', cost: '6600.00' }),
      lineMargin({ net: '289.00', cost: null }),
      lineMargin({ net: '0.00', cost: '10.00' }),
      lineMargin({ net: '-100.00', cost: '50.00' }),
    ]).toEqual([
      { margin: '1459.20', marginPct: '18.11' },
      { margin: null, marginPct: null },
      { margin: '-10.00', marginPct: null },
      // Was 150 %: a negative line is a loss, never a high margin.
      { margin: '-150.00', marginPct: null },
    ]);
  });

  it('leaves lines without a cost out of the margin and keeps credits in it', () => {
    const totals = calculateOfferTotals({
      lines: [
        line({ quantity: '1', unitPrice: '1000.00', unitCost: '800.00' }),
        line({ quantity: '1', unitPrice: '500.00' }),
        line({ quantity: '-1', unitPrice: '100.00' }),
      ],
      discountPct: '10',
      termMonths: 0,
    });
    // Net 1400 × 0.9 = 1260; with a cost or a credit (1000 − 100) × 0.9 = 810 at 800 → 1.23 %.
    expect(totals.margin.oneTime).toEqual({
      net: '1260.00',
      marginNet: '810.00',
      uncostedNet: '450.00',
      cost: '800.00',
      margin: '10.00',
      marginPct: '1.23',
      complete: false,
    });
  });

  it('shows no margin % when the credits outweigh the lines with a cost', () => {
    const totals = calculateOfferTotals({
      lines: [
        line({ quantity: '1', unitPrice: '100.00', unitCost: '90.00' }),
        line({ quantity: '-1', unitPrice: '300.00' }),
      ],
      termMonths: 0,
    });
    expect([totals.margin.oneTime.margin, totals.margin.oneTime.marginPct]).toEqual([
      '-290.00',
      null,
    ]);
  });

  it('rounds negative credit lines away from zero', () => {
    const totals = calculateOfferTotals({
      lines: [line({ quantity: '-1', unitPrice: '2.465', vatPct: '0' })],
      termMonths: 0,
    });
    expect(totals.lines[0]?.net).toBe('-2.47');
  });

  it('applies reverse charge: no VAT and the legal note', () => {
    const totals = calculateOfferTotals({
      lines: [line({ vatPct: '19' }), line({ vatPct: '7', unitPrice: '50' })],
      termMonths: 12,
      reverseCharge: true,
    });
    expect([totals.groups, totals.oneTime, totals.vatNote]).toEqual([
      [{ billing: 'one-time', vatPct: '0', net: '150.00', vat: '0.00' }],
      { net: '150.00', vat: '0.00', gross: '150.00' },
      { de: 'Steuerschuldnerschaft des Leistungsempfängers', en: 'Reverse charge' },
    ]);
  });

  it('gives zero totals for an empty offer', () => {
    const totals = calculateOfferTotals({ lines: [], termMonths: 24 });
    expect([totals.oneTime, totals.monthly, totals.yearly, totals.contractValue]).toEqual([
      zero,
      zero,
      zero,
      '0.00',
    ]);
  });

  it.each([
    [{ lines: [line({ quantity: 'x' })], termMonths: 1 }, 'lines[0].quantity', 'decimal'],
    [
      { lines: [line({}), line({ unitPrice: '1,5' })], termMonths: 1 },
      'lines[1].unitPrice',
      'decimal',
    ],
    [{ lines: [line({ discountPct: '101' })], termMonths: 1 }, 'lines[0].discountPct', 'range'],
    [{ lines: [line({ vatPct: '-7' })], termMonths: 1 }, 'lines[0].vatPct', 'negative'],
    [{ lines: [line({ vatPct: '' })], termMonths: 1 }, 'lines[0].vatPct', 'required'],
    [{ lines: [line({ unitCost: '-1' })], termMonths: 1 }, 'lines[0].unitCost', 'negative'],
    [
      { lines: [line({ billing: 'weekly' as Billing })], termMonths: 1 },
      'lines[0].billing',
      'range',
    ],
    [{ lines: [line({ kind: 'maybe' as 'normal' })], termMonths: 1 }, 'lines[0].kind', 'range'],
    [{ lines: [], discountPct: '100.5', termMonths: 1 }, 'discountPct', 'range'],
    [{ lines: [], termMonths: 1.5 }, 'termMonths', 'range'],
    [{ lines: [], termMonths: -1 }, 'termMonths', 'range'],
  ] as [OfferTotalsInput, string, string][])('refuses bad input at %#', (input, field, code) => {
    let caught: unknown;
    try {
      calculateOfferTotals(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CalculationError);
    expect({
      field: (caught as CalculationError).field,
      code: (caught as CalculationError).code,
    }).toEqual({
      field,
      code,
    });
  });
});

const decimal = (maxCents: number) =>
  fc.integer({ min: 0, max: maxCents }).map((cents) => (cents / 100).toFixed(2));
const arbitraryLine: fc.Arbitrary<OfferTotalsLine> = fc.record({
  quantity: fc.integer({ min: -5, max: 500 }).map((quarters) => String(quarters / 4)),
  unitPrice: fc.integer({ min: 0, max: 5_000_000 }).map((tenthCents) => String(tenthCents / 1000)),
  discountPct: decimal(10_000),
  vatPct: fc.constantFrom('0', '7', '19'),
  billing: fc.constantFrom<Billing>('one-time', 'monthly', 'yearly'),
  kind: fc.constantFrom<'normal' | 'optional' | 'alternative'>(
    'normal',
    'normal',
    'optional',
    'alternative',
  ),
  unitCost: fc.option(decimal(100_000), { nil: undefined }),
});
const arbitraryOffer = fc.record({
  lines: fc.array(arbitraryLine, { maxLength: 30 }),
  discountPct: decimal(5_000),
  termMonths: fc.integer({ min: 0, max: 60 }),
  reverseCharge: fc.boolean(),
});

const withoutLines = (input: OfferTotalsInput) =>
  (({ lines: _lines, ...rest }: OfferTotals) => rest)(calculateOfferTotals(input));

describe('offer totals properties', () => {
  it('reordering lines never changes the totals', () => {
    fc.assert(
      fc.property(
        arbitraryOffer.chain((offer) =>
          fc.tuple(
            fc.constant(offer),
            fc.shuffledSubarray(offer.lines, { minLength: offer.lines.length }),
          ),
        ),
        ([offer, shuffled]) => {
          expect(withoutLines({ ...offer, lines: shuffled })).toEqual(withoutLines(offer));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gross is net plus VAT and the contract value follows the rule', () => {
    fc.assert(
      fc.property(arbitraryOffer, (offer) => {
        const totals = calculateOfferTotals(offer);
        const cents = (value: string) => Math.round(Number(value) * 100);
        for (const billing of [totals.oneTime, totals.monthly, totals.yearly]) {
          expect(cents(billing.gross)).toBe(cents(billing.net) + cents(billing.vat));
        }
        expect(cents(totals.contractValue)).toBe(
          cents(totals.oneTime.net) +
            cents(totals.monthly.net) * offer.termMonths +
            cents(totals.yearly.net) * Math.ceil(offer.termMonths / 12),
        );
        if (offer.reverseCharge)
          expect(totals.groups.every((group) => group.vat === '0.00')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
