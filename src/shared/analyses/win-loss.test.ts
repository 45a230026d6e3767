import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { winLossByCompetitor, winLossReport } from './index';
import type { WinLossReportInput } from './index';

const opportunities = [
  { id: 'o1', stage: 'won', value: '10000.50', competitorIds: ['acme', 'bolt'] },
  { id: 'o2', stage: 'lost', value: 2500, competitorIds: ['acme'], lostToCompetitorId: 'acme' },
  {
    id: 'o3',
    stage: 'lost',
    value: '1000',
    competitorIds: ['acme', 'bolt'],
    lostToCompetitorId: 'bolt',
  },
  { id: 'o4', stage: 'proposal', value: '7000', competitorIds: ['bolt'] },
  { id: 'o5', stage: 'lead', value: '0', competitorIds: [] },
  { id: 'o6', stage: 'won', value: '0.005', competitorIds: ['acme'] },
];

describe('winLossByCompetitor', () => {
  it('counts won, lost and open per competitor in play, with win rate and values', () => {
    expect(winLossByCompetitor(opportunities)).toEqual({
      acme: {
        won: 2,
        lost: 2,
        winRatePct: '50.00',
        lostToThem: 1,
        wonValue: '10000.51', // 10000.50 + 0.005 = 10000.505 → half away from zero
        lostValue: '3500.00',
        open: 0,
      },
      bolt: {
        won: 1,
        lost: 1,
        winRatePct: '50.00',
        lostToThem: 1,
        wonValue: '10000.50',
        lostValue: '1000.00',
        open: 1,
      },
    });
  });

  it('rounds the win rate half away from zero and gives 0.00 while nothing is closed', () => {
    const result = winLossByCompetitor([
      { id: '1', stage: 'won', value: 1, competitorIds: ['a'] },
      { id: '2', stage: 'lost', value: 1, competitorIds: ['a'] },
      { id: '3', stage: 'lost', value: 1, competitorIds: ['a'] },
      { id: '4', stage: 'negotiation', value: 1, competitorIds: ['b'] },
      ...Array.from({ length: 7 }, (_, index) => ({
        id: `c${index}`,
        stage: index === 0 ? 'won' : 'lost',
        value: 1,
        competitorIds: ['c'],
      })),
      ...Array.from({ length: 8 }, (_, index) => ({
        id: `d${index}`,
        stage: index === 0 ? 'lost' : 'won',
        value: 1,
        competitorIds: ['d'],
      })),
    ]);
    expect([
      result.a?.winRatePct, // 33.333…
      result.b?.winRatePct, // only open
      result.c?.winRatePct, // 14.2857…
      result.d?.winRatePct, // 87.5
    ]).toEqual(['33.33', '0.00', '14.29', '87.50']);
    expect(result.b).toMatchObject({ won: 0, lost: 0, open: 1 });
  });

  it('counts an opportunity once per competitor and the competitor it was lost to as in play', () => {
    expect(
      winLossByCompetitor([
        { id: '1', stage: 'lost', value: '5', competitorIds: ['a', 'a'], lostToCompetitorId: 'x' },
        { id: '2', stage: 'lost', value: '5', competitorIds: ['a'], lostToCompetitorId: '' },
      ]),
    ).toEqual({
      a: {
        won: 0,
        lost: 2,
        winRatePct: '0.00',
        lostToThem: 0,
        wonValue: '0.00',
        lostValue: '10.00',
        open: 0,
      },
      x: {
        won: 0,
        lost: 1,
        winRatePct: '0.00',
        lostToThem: 1,
        wonValue: '0.00',
        lostValue: '5.00',
        open: 0,
      },
    });
  });

  it('gives an empty result for no opportunities', () => {
    expect(winLossByCompetitor([])).toEqual({});
  });

  it.each([
    [
      { stage: 'closed' },
      'opportunities[0].stage: must be one of lead, qualified, proposal, negotiation, won, lost',
    ],
    [{ value: '-1' }, 'opportunities[0].value: must not be negative (now -1)'],
    [{ value: 'ten' }, 'opportunities[0].value: "ten" is not a number'],
    [{ value: undefined }, 'opportunities[0].value: a value is required'],
    [{ competitorIds: 'acme' }, 'opportunities[0].competitorIds: a list is required'],
    [{ competitorIds: ['acme', ''] }, 'opportunities[0].competitorIds[1]: an id is required'],
    [{ id: '' }, 'opportunities[0].id: an id is required'],
    [{ lostToCompetitorId: 7 }, 'opportunities[0].lostToCompetitorId: a text is required'],
  ])('names the bad field %#', (patch, message) => {
    const good = { id: 'o', stage: 'lost', value: '1', competitorIds: ['acme'] };
    expect(() => winLossByCompetitor([{ ...good, ...patch } as never])).toThrow(message);
  });
});

const row = (patch: Partial<WinLossReportInput> & { id: string }): WinLossReportInput => ({
  stage: 'lost',
  value: '100',
  competitorIds: ['acme'],
  closeDate: '2026-03-15',
  industry: 'Maschinenbau',
  owner: 'anna',
  ...patch,
});

const rows: WinLossReportInput[] = [
  row({ id: '1', lostToCompetitorId: 'acme', lossReason: 'price', lostPriceGapPct: '-10' }),
  row({ id: '2', lostToCompetitorId: 'acme', lossReason: 'price', lostPriceGapPct: '-15.25' }),
  row({ id: '3', lostToCompetitorId: 'acme', lossReason: 'functionality' }),
  row({
    id: '4',
    competitorIds: ['acme', 'bolt'],
    lostToCompetitorId: 'bolt',
    lossReason: 'relationship',
    lostPriceGapPct: '5',
  }),
  row({ id: '5', competitorIds: ['bolt'] }), // form skipped
  row({
    id: '6',
    stage: 'won',
    value: '300',
    competitorIds: ['bolt'],
    closeDate: '2026-04-01',
    owner: 'ben',
  }),
  row({
    id: '7',
    stage: 'qualified',
    value: '50',
    competitorIds: ['acme'],
    closeDate: '',
    industry: 'Handel',
  }),
  row({ id: '8', stage: 'won', value: '1000', competitorIds: [], closeDate: '2025-12-31' }),
];

describe('winLossReport', () => {
  it('reports per competitor and in total, with loss reasons, price gaps and skipped forms', () => {
    expect(winLossReport(rows)).toEqual({
      competitors: [
        {
          competitorId: 'acme',
          encounters: 5,
          won: 0,
          lost: 4,
          open: 1,
          winRatePct: '0.00',
          lostToThem: 3,
          wonValue: '0.00',
          lostValue: '400.00',
          topLossReasons: [
            { reason: 'price', count: 2 },
            { reason: 'functionality', count: 1 },
            { reason: 'relationship', count: 1 },
          ],
          averagePriceGapPct: '-12.63', // (−10 − 15.25) / 2 = −12.625 → away from zero
        },
        {
          competitorId: 'bolt',
          encounters: 3,
          won: 1,
          lost: 2,
          open: 0,
          winRatePct: '33.33',
          lostToThem: 1,
          wonValue: '300.00',
          lostValue: '200.00',
          topLossReasons: [{ reason: 'relationship', count: 1 }],
          averagePriceGapPct: '5.00',
        },
      ],
      totals: {
        opportunities: 8,
        won: 2,
        lost: 5,
        open: 1,
        winRatePct: '28.57',
        wonValue: '1300.00',
        lostValue: '500.00',
        topLossReasons: [
          { reason: 'price', count: 2 },
          { reason: 'functionality', count: 1 },
          { reason: 'relationship', count: 1 },
        ],
      },
      skippedLossForms: 1,
    });
  });

  it('filters by period on the close date (inclusive), by industry and by owner', () => {
    const ids = (filter: Parameters<typeof winLossReport>[1]) => {
      const report = winLossReport(rows, filter);
      return [report.totals.opportunities, report.competitors.map((entry) => entry.competitorId)];
    };
    expect(ids({ from: '2026-01-01', to: '2026-03-15' })).toEqual([5, ['acme', 'bolt']]);
    expect(ids({ from: '2026-03-16' })).toEqual([1, ['bolt']]);
    expect(ids({ to: '2025-12-31' })).toEqual([1, []]);
    expect(ids({ industry: 'Handel' })).toEqual([1, ['acme']]);
    expect(ids({ owner: 'ben' })).toEqual([1, ['bolt']]);
    expect(ids({ from: '', to: '', industry: '', owner: '' })).toEqual([8, ['acme', 'bolt']]);
    expect(winLossReport(rows, { owner: 'ben' }).skippedLossForms).toBe(0);
  });

  it('sorts competitors by encounters, then id; an empty list gives zeros', () => {
    const report = winLossReport([
      row({ id: '1', competitorIds: ['b'] }),
      row({ id: '2', competitorIds: ['c', 'a'] }),
      row({ id: '3', competitorIds: ['c'] }),
    ]);
    expect(
      report.competitors.map((entry) => [entry.competitorId, entry.averagePriceGapPct]),
    ).toEqual([
      ['c', ''],
      ['a', ''],
      ['b', ''],
    ]);
    expect(winLossReport([])).toEqual({
      competitors: [],
      totals: {
        opportunities: 0,
        won: 0,
        lost: 0,
        open: 0,
        winRatePct: '0.00',
        wonValue: '0.00',
        lostValue: '0.00',
        topLossReasons: [],
      },
      skippedLossForms: 0,
    });
  });

  it.each([
    [
      [row({ id: '1', lossReason: 'cheaper' as never })],
      {},
      'rows[0].lossReason: must be one of price, functionality',
    ],
    [[row({ id: '1', lostPriceGapPct: 'x' })], {}, 'rows[0].lostPriceGapPct: "x" is not a number'],
    [[row({ id: '1', stage: 'gone' })], {}, 'rows[0].stage: must be one of'],
    [[row({ id: '1', closeDate: 3 as never })], {}, 'rows[0].closeDate: a text is required'],
    [
      [row({ id: '1', closeDate: '15.03.2026' })],
      {},
      'rows[0].closeDate: must be a date YYYY-MM-DD (now "15.03.2026")',
    ],
    [rows, { from: '15.03.2026' }, 'filter.from: must be a date YYYY-MM-DD (now "15.03.2026")'],
    [rows, { to: '2026-02-30' }, 'filter.to: "2026-02-30" is not a calendar date'],
    [
      rows,
      { from: '2026-04-01', to: '2026-03-01' },
      'filter.to: must not be before filter.from (2026-04-01)',
    ],
  ])('names the bad field %#', (input, filter, message) => {
    expect(() => winLossReport(input, filter)).toThrow(message);
  });
});

describe('winLossByCompetitor (property)', () => {
  const stages = ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const;
  const opportunity = fc.record({
    stage: fc.constantFrom(...stages),
    cents: fc.integer({ min: 0, max: 10_000_000 }),
    competitorIds: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }),
  });

  it('counts every opportunity once per competitor in play and sums values exactly', () => {
    fc.assert(
      fc.property(fc.array(opportunity, { maxLength: 40 }), (list) => {
        const input = list.map((o, i) => ({
          id: `o${i}`,
          stage: o.stage,
          value: (o.cents / 100).toFixed(2),
          competitorIds: o.competitorIds,
        }));
        const result = winLossByCompetitor(input);
        for (const id of ['a', 'b', 'c', 'd'] as const) {
          const mine = list.filter((o) => o.competitorIds.includes(id));
          if (mine.length === 0) {
            expect(result[id]).toBeUndefined();
            continue;
          }
          const won = mine.filter((o) => o.stage === 'won');
          const lost = mine.filter((o) => o.stage === 'lost');
          const cents = (os: typeof mine) => os.reduce((sum, o) => sum + o.cents, 0);
          expect(result[id]).toEqual({
            won: won.length,
            lost: lost.length,
            open: mine.length - won.length - lost.length,
            winRatePct:
              won.length + lost.length === 0
                ? '0.00'
                : (Math.round((won.length * 10_000) / (won.length + lost.length)) / 100).toFixed(2),
            lostToThem: 0,
            wonValue: (cents(won) / 100).toFixed(2),
            lostValue: (cents(lost) / 100).toFixed(2),
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});
