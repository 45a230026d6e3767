import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnalysisError, matrixWeightSum, scoreCompetitorMatrix } from './index';

const criteria = [
  { id: 'price', weightPct: 50 },
  { id: 'quality', weightPct: '30' },
  { id: 'service', weightPct: '20.00' },
];

describe('scoreCompetitorMatrix', () => {
  it('weights the scores, sorts by score then id and lets equal scores share a rank', () => {
    expect(
      scoreCompetitorMatrix({
        criteria,
        scores: {
          zeta: { price: 5, quality: 5, service: 5 },
          beta: { price: 3, quality: 4, service: 2 }, // 1.5 + 1.2 + 0.4 = 3.1
          alpha: { price: 4, quality: 2, service: 3 }, // 2 + 0.6 + 0.6 = 3.2
          gamma: { price: '4', quality: '2', service: '3' }, // 3.2 as well
          self: { price: 1, quality: 1, service: 1 },
        },
      }),
    ).toEqual({
      ranking: [
        { id: 'zeta', score: '5.00', rank: 1 },
        { id: 'alpha', score: '3.20', rank: 2 },
        { id: 'gamma', score: '3.20', rank: 2 },
        { id: 'beta', score: '3.10', rank: 4 },
        { id: 'self', score: '1.00', rank: 5 },
      ],
    });
  });

  it('rounds a score half away from zero, and ties and order follow the rounded score', () => {
    const thirds = [
      { id: 'a', weightPct: '33.33' },
      { id: 'b', weightPct: '33.33' },
      { id: 'c', weightPct: '33.34' },
    ];
    expect(
      scoreCompetitorMatrix({
        criteria: thirds,
        scores: { x: { a: 4, b: 4, c: 5 }, w: { a: 4, b: 5, c: 4 } },
      }),
    ).toEqual({
      ranking: [
        // exact 4.3334 (x) and 4.3333 (w) both read 4.33: they share rank 1 and sort by id
        { id: 'w', score: '4.33', rank: 1 },
        { id: 'x', score: '4.33', rank: 1 },
      ],
    });
    // 12.5 % × 3 + 12.5 % × 4 + 75 % × 1 = 1.625 → 1.63 (a half goes up)
    const halves = [
      { id: 'a', weightPct: '12.5' },
      { id: 'b', weightPct: '12.5' },
      { id: 'c', weightPct: '75' },
    ];
    expect(
      scoreCompetitorMatrix({ criteria: halves, scores: { q: { a: 3, b: 4, c: 1 } } }).ranking,
    ).toEqual([{ id: 'q', score: '1.63', rank: 1 }]);
    // 0.5 % × 2 + 99.5 % × 1 = 1.005 → 1.01 (a binary float would give 1.00)
    expect(
      scoreCompetitorMatrix({
        criteria: [
          { id: 'a', weightPct: '0.5' },
          { id: 'b', weightPct: '99.5' },
        ],
        scores: { q: { a: 2, b: 1 } },
      }).ranking,
    ).toEqual([{ id: 'q', score: '1.01', rank: 1 }]);
  });

  it('gives an empty ranking for no competitors, and ranks 1, 1, 1 for three equal ones', () => {
    expect(scoreCompetitorMatrix({ criteria, scores: {} })).toEqual({ ranking: [] });
    const same = { price: 2, quality: 2, service: 2 };
    expect(
      scoreCompetitorMatrix({ criteria, scores: { c: same, a: same, b: same } }).ranking,
    ).toEqual([
      { id: 'a', score: '2.00', rank: 1 },
      { id: 'b', score: '2.00', rank: 1 },
      { id: 'c', score: '2.00', rank: 1 },
    ]);
  });

  it('ignores scores for criteria that are not in the list', () => {
    expect(
      scoreCompetitorMatrix({
        criteria: [{ id: 'price', weightPct: 100 }],
        scores: { a: { price: 3, removed: 5 } },
      }).ranking,
    ).toEqual([{ id: 'a', score: '3.00', rank: 1 }]);
  });

  it.each([
    [
      [{ id: 'a', weightPct: 90 }],
      'criteria.weightPct: the weights must sum to exactly 100 (now 90)',
    ],
    [
      [
        { id: 'a', weightPct: '60' },
        { id: 'b', weightPct: '40.01' },
      ],
      'criteria.weightPct: the weights must sum to exactly 100 (now 100.01)',
    ],
    [[], 'criteria.weightPct: the weights must sum to exactly 100 (now 0)'],
    [
      [
        { id: 'a', weightPct: 120 },
        { id: 'b', weightPct: -20 },
      ],
      'criteria[0].weightPct: must be from 0 to 100 (now 120)',
    ],
    [[{ id: 'a', weightPct: 'abc' }], 'criteria[0].weightPct: "abc" is not a number'],
    [[{ id: 'a', weightPct: '' }], 'criteria[0].weightPct: a value is required'],
    [[{ id: 'a', weightPct: Number.NaN }], 'criteria[0].weightPct: NaN is not a number'],
    [[{ id: '', weightPct: 100 }], 'criteria[0].id: an id is required'],
    [
      [
        { id: 'a', weightPct: 50 },
        { id: 'a', weightPct: 50 },
      ],
      'criteria[1].id: "a" appears twice',
    ],
  ])('refuses bad criteria %#', (bad, message) => {
    expect(() => scoreCompetitorMatrix({ criteria: bad, scores: {} })).toThrow(AnalysisError);
    expect(() => scoreCompetitorMatrix({ criteria: bad, scores: {} })).toThrow(message);
  });

  it.each([
    [{ acme: { price: 3, quality: 4 } }, 'scores.acme.service: every competitor needs a score 1–5'],
    [
      { acme: { price: 6, quality: 4, service: 1 } },
      'scores.acme.price: must be a whole number from 1 to 5 (now 6)',
    ],
    [
      { acme: { price: 0, quality: 4, service: 1 } },
      'scores.acme.price: must be a whole number from 1 to 5 (now 0)',
    ],
    [
      { acme: { price: 2.5, quality: 4, service: 1 } },
      'scores.acme.price: must be a whole number from 1 to 5 (now 2.5)',
    ],
    [{ acme: { price: 'x', quality: 4, service: 1 } }, 'scores.acme.price: "x" is not a number'],
    [{ acme: null }, 'scores.acme: an object is required'],
  ])('refuses bad scores %#', (scores, message) => {
    expect(() => scoreCompetitorMatrix({ criteria, scores: scores as never })).toThrow(message);
  });

  it('names a missing criteria list or scores object', () => {
    expect(() => scoreCompetitorMatrix({ scores: {} } as never)).toThrow(
      'criteria: a list is required',
    );
    expect(() => scoreCompetitorMatrix({ criteria } as never)).toThrow(
      'scores: an object is required',
    );
  });

  it('carries the field on the error', () => {
    try {
      scoreCompetitorMatrix({ criteria: [{ id: 'a', weightPct: 99 }], scores: {} });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AnalysisError);
      expect((error as AnalysisError).field).toBe('criteria.weightPct');
    }
  });
});

describe('matrixWeightSum', () => {
  it('sums the weights to two decimals while someone types', () => {
    expect(matrixWeightSum([])).toBe('0.00');
    expect(
      matrixWeightSum([{ weightPct: '33.33' }, { weightPct: 33.33 }, { weightPct: '33.3' }]),
    ).toBe('99.96');
    expect(matrixWeightSum([{ weightPct: '60' }, { weightPct: '' }, { weightPct: '4x' }])).toBe(
      '60.00',
    );
    expect(matrixWeightSum([{ weightPct: ' 70 ' }, { weightPct: '30.005' }])).toBe('100.01');
  });
});

describe('scoreCompetitorMatrix (property)', () => {
  // Weights in hundredths that sum to 100.00, and whole scores 1–5 per competitor.
  const matrix = fc
    .array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 })
    .chain((parts) => {
      const total = parts.reduce((sum, part) => sum + part, 0);
      const hundredths = parts.map((part) => Math.floor((part * 10_000) / total));
      hundredths[0]! += 10_000 - hundredths.reduce((sum, part) => sum + part, 0);
      return fc.record({
        hundredths: fc.constant(hundredths),
        rows: fc.array(
          fc.array(fc.integer({ min: 1, max: 5 }), {
            minLength: parts.length,
            maxLength: parts.length,
          }),
          {
            maxLength: 8,
          },
        ),
      });
    });

  it('scores in integer arithmetic and ranks as one, two, two, four', () => {
    fc.assert(
      fc.property(matrix, ({ hundredths, rows }) => {
        const criteria = hundredths.map((h, i) => ({
          id: `c${i}`,
          weightPct: (h / 100).toFixed(2),
        }));
        const scores = Object.fromEntries(
          rows.map((row, r) => [`p${r}`, Object.fromEntries(row.map((s, i) => [`c${i}`, s]))]),
        );
        const { ranking } = scoreCompetitorMatrix({ criteria, scores });
        // Σ hundredths × score is the score in 1/10,000; round half up (all positive) to cents.
        const expected = rows.map((row, r) => {
          const units = row.reduce((sum, s, i) => sum + hundredths[i]! * s, 0);
          const cents = Math.floor((units + 50) / 100);
          return { id: `p${r}`, cents };
        });
        expect(ranking.map((entry) => entry.id).sort()).toEqual(expected.map((e) => e.id).sort());
        for (const entry of ranking) {
          const cents = expected.find((e) => e.id === entry.id)!.cents;
          expect(entry.score).toBe((cents / 100).toFixed(2));
          expect(entry.rank).toBe(1 + expected.filter((e) => e.cents > cents).length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
