import { describe, expect, it } from 'vitest';
import { winLossReport } from '#shared/analyses';
import type { Offer, OfferLine, Opportunity } from '#shared/domain';
import { competitorsInPlayFor } from './aside-view';
import { lineCategory, priceFilterFor, pricedLine } from './price-intel-view';
import { choices, winLossRows } from './win-loss-view';

const opportunity = (overrides: Partial<Opportunity>): Opportunity =>
  ({
    id: 'o1',
    clientId: 'k1',
    title: 'Chance',
    stage: 'proposal',
    estimatedValue: '10000',
    probability: 50,
    expectedCloseDate: '2026-10-01',
    lostReason: '',
    position: 'a0',
    createdAt: '',
    updatedAt: '',
    createdBy: 'Max Mustermann',
    updatedBy: '',
    deleted: false,
    ...overrides,
  }) as Opportunity;

const items = [
  { id: 'i1', kind: 'service' as const },
  { id: 'i2', kind: 'hardware' as const },
];

describe('the offer editor panel’s competitors', () => {
  const list = [
    opportunity({ id: 'o1', competitorIds: ['a', 'b'], incumbentId: 'b' }),
    opportunity({ id: 'o2', competitorIds: ['b', 'c'], stage: 'negotiation' }),
    opportunity({ id: 'o3', competitorIds: ['d'], stage: 'lost' }),
    opportunity({ id: 'o4', competitorIds: ['e'], deleted: true }),
  ];

  it('are those of the offer’s opportunity', () => {
    const result = competitorsInPlayFor({ opportunityId: 'o2', clientId: 'k1' }, list);
    expect(result.opportunity?.id).toBe('o2');
    expect(result.competitorIds).toEqual(['b', 'c']);
    expect(result.incumbentIds).toEqual([]);
  });

  it('without one, those of the client’s open opportunities, each once', () => {
    const result = competitorsInPlayFor({ opportunityId: '', clientId: 'k1' }, list);
    expect(result.opportunity).toBeNull();
    expect(result.competitorIds).toEqual(['a', 'b', 'c']);
    expect(result.incumbentIds).toEqual(['b']);
  });
});

describe('price matching of offer lines', () => {
  it('takes the item’s kind as the category and converts our price to euros', () => {
    expect(lineCategory({ catalogItemId: 'i2' }, items)).toBe('hardware');
    expect(lineCategory({ catalogItemId: '' }, items)).toBe('');
    expect(lineCategory({ catalogItemId: 'gone' }, items)).toBe('');
    expect(
      pricedLine({ catalogItemId: 'i1', unitPrice: '1100' }, items, {
        currency: 'CHF',
        exchangeRate: '1.1',
      } as Offer),
    ).toEqual({
      catalogItemId: 'i1',
      kind: 'service',
      unitPrice: '1000.00',
    });
    expect(
      pricedLine({ catalogItemId: '', unitPrice: '-50' }, items, {
        currency: 'EUR',
        exchangeRate: '',
      } as Offer).unitPrice,
    ).toBe('');
  });

  it('asks for the lines’ items and their kinds', () => {
    const lines = [
      { catalogItemId: 'i1' },
      { catalogItemId: '' },
      { catalogItemId: 'i2' },
      { catalogItemId: 'i1' },
    ] as OfferLine[];
    expect(priceFilterFor(lines, items)).toEqual({
      catalogItemIds: ['i1', 'i2'],
      categories: ['hardware', 'service'],
    });
  });
});

describe('win/loss rows', () => {
  it('read value, close date, owner and the loss form from the opportunities', () => {
    const rows = winLossRows([
      {
        opportunity: opportunity({
          id: 'o1',
          stage: 'lost',
          competitorIds: ['a'],
          lostToCompetitorId: 'a',
          lossReason: 'price',
          lostPriceGapPct: '-10',
          expectedCloseDate: '2026-09-30',
        }),
        industry: 'Logistik',
      },
      {
        opportunity: opportunity({ id: 'o2', stage: 'won', estimatedValue: '5000' }),
        industry: '',
      },
      {
        opportunity: opportunity({ id: 'o3', stage: 'lost', competitorIds: ['a'] }),
        industry: 'Handel',
      },
    ]);
    expect(rows[0]).toEqual({
      id: 'o1',
      stage: 'lost',
      value: '10000',
      competitorIds: ['a'],
      lostToCompetitorId: 'a',
      lossReason: 'price',
      lostPriceGapPct: '-10',
      closeDate: '2026-09-30',
      industry: 'Logistik',
      owner: 'Max Mustermann',
    });
    expect(rows[1]!.competitorIds).toEqual([]);
    const report = winLossReport(rows);
    expect(report.skippedLossForms).toBe(1);
    expect(report.competitors).toEqual([
      expect.objectContaining({
        competitorId: 'a',
        encounters: 2,
        lost: 2,
        lostToThem: 1,
        averagePriceGapPct: '-10.00',
      }),
    ]);
    expect(choices(rows.map((row) => row.industry))).toEqual(['Handel', 'Logistik']);
  });
});
