import { describe, expect, it } from 'vitest';
import { SELF_ID, analysisKinds, type AnalysisInput } from '#shared/domain/analyses';
import { makeAnalysisInput } from '../../../../../test/factories/analyses';
import {
  chartAnalysis,
  initialAnalysisData,
  patchIsStored,
  readDraft,
  readNumber,
  toDraft,
  type AnalysisDraft,
} from './draft';

const newAnalysis = (kind: AnalysisInput['kind']): AnalysisInput =>
  ({
    kind,
    title: 'Analyse',
    subject: 'company',
    clientId: '',
    opportunityId: '',
    notes: '',
    ...initialAnalysisData(kind, SELF_ID),
  }) as AnalysisInput;

const matrix = (): AnalysisInput =>
  ({
    ...newAnalysis('competitor-matrix'),
    criteria: [
      { id: 'c1', name: 'Preis', weightPct: '40' },
      { id: 'c2', name: 'Service', weightPct: '60' },
    ],
    participants: [SELF_ID, 'k1'],
    scores: { [SELF_ID]: { c1: 3, c2: 5 }, k1: { c1: 4, c2: 2 } },
  }) as AnalysisInput;

/** The draft of `base` changed by `change`, read back in German. */
const edit = (base: AnalysisInput, change: (draft: AnalysisDraft) => void, language = 'de') => {
  const draft = toDraft(base, language as 'de');
  change(draft);
  return readDraft(draft, base, language as 'de');
};

describe('readNumber', () => {
  it('reads German and English notation and checks the rule', () => {
    expect(readNumber('12,5', 'percent', 'de')).toEqual({ value: '12.5' });
    expect(readNumber('12.50', 'percent', 'en')).toEqual({ value: '12.50' });
    expect(readNumber('100', 'percent', 'de')).toEqual({ value: '100' });
    expect(readNumber('100,01', 'percent', 'de')).toEqual({ error: 'percent' });
    expect(readNumber('-1', 'decimal', 'de')).toEqual({ error: 'decimal' });
    expect(readNumber('1.250,5', 'decimal', 'de')).toEqual({ value: '1250.5' });
    expect(readNumber('-3,5', 'growth', 'de')).toEqual({ value: '-3.5' });
    expect(readNumber('abc', 'growth', 'de')).toEqual({ error: 'growth' });
    expect(readNumber('5', 'rating', 'de')).toEqual({ value: '5' });
    for (const bad of ['0', '6', '2,5', '', 'x']) {
      expect(readNumber(bad, 'rating', 'de'), bad).toEqual({ error: 'rating' });
    }
  });
});

describe('a draft of a stored analysis', () => {
  it('reads back to what is stored, for every kind (a new one and a factory one)', () => {
    for (const kind of analysisKinds) {
      for (const base of [newAnalysis(kind), makeAnalysisInput(kind, {}, ['k1'])]) {
        for (const language of ['de', 'en'] as const) {
          const result = readDraft(toDraft(base, language), base, language);
          expect(result.errors, `${kind} ${language}`).toEqual({});
          expect(patchIsStored(result.patch!, base), `${kind} ${language}`).toBe(true);
        }
      }
    }
  });
});

describe('the matrix draft', () => {
  it('saves nothing while the weights do not sum to 100 and says the current sum', () => {
    const result = edit(matrix(), (draft) => {
      draft.matrix.criteria[1]!.weightPct = '50';
    });
    expect(result).toEqual({
      patch: null,
      errors: { 'criteria.sum': { key: 'weightsSum', values: { sum: '90' } } },
    });
    const decimals = edit(matrix(), (draft) => {
      draft.matrix.criteria[1]!.weightPct = '59,5';
    });
    expect(decimals.errors['criteria.sum']).toEqual({
      key: 'weightsSum',
      values: { sum: '99,50' },
    });
  });

  it('marks a score outside 1–5 at its participant and criterion', () => {
    const result = edit(matrix(), (draft) => {
      draft.matrix.scores.k1!.c2 = '6';
      draft.matrix.scores[SELF_ID]!.c1 = '';
    });
    expect(result).toEqual({
      patch: null,
      errors: { 'scores.1.1': { key: 'rating' }, 'scores.0.0': { key: 'rating' } },
    });
  });

  it('marks an empty criterion name and a weight over 100', () => {
    const result = edit(matrix(), (draft) => {
      draft.matrix.criteria[0]!.name = '  ';
      draft.matrix.criteria[1]!.weightPct = '160';
    });
    expect(result.patch).toBeNull();
    expect(result.errors['criteria.0.name']).toEqual({ key: 'required' });
    expect(result.errors['criteria.1.weightPct']).toEqual({ key: 'percent' });
  });

  it('gives the stored fields of a valid edit, German decimals as plain strings', () => {
    const result = edit(matrix(), (draft) => {
      draft.matrix.criteria[0]!.weightPct = '40,5';
      draft.matrix.criteria[1]!.weightPct = '59,5';
      draft.matrix.scores.k1!.c1 = '5';
    });
    expect(result.errors).toEqual({});
    expect(result.patch).toMatchObject({
      criteria: [
        { id: 'c1', name: 'Preis', weightPct: '40.5' },
        { id: 'c2', name: 'Service', weightPct: '59.5' },
      ],
      participants: [SELF_ID, 'k1'],
      scores: { [SELF_ID]: { c1: 3, c2: 5 }, k1: { c1: 5, c2: 2 } },
    });
  });

  it('draws what is readable: a blank weight as 0, an invalid score left out', () => {
    const draft = toDraft(matrix(), 'de');
    draft.matrix.criteria[0]!.weightPct = '';
    draft.matrix.scores.k1!.c2 = '9';
    const chart = chartAnalysis(draft, 'de');
    expect(chart.criteria?.map((criterion) => criterion.weightPct)).toEqual(['0', '60']);
    expect(chart.scores).toEqual({ [SELF_ID]: { c1: 3, c2: 5 }, k1: { c1: 4 } });
  });
});

describe('the other kinds reject bad input at the field', () => {
  it('five forces: a rating outside 1–5', () => {
    const result = edit(newAnalysis('five-forces'), (draft) => {
      draft.forces.buyerPower.rating = '7';
    });
    expect(result).toEqual({
      patch: null,
      errors: { 'forces.buyerPower.rating': { key: 'rating' } },
    });
  });

  it('positioning: a share over 100, shares summing past 100, a participant twice', () => {
    const base = newAnalysis('positioning');
    const result = edit(base, (draft) => {
      draft.positions[0]!.marketSharePct = '101';
      draft.positions.push({
        competitorId: SELF_ID,
        priceIndex: '90',
        performanceScore: '40',
        marketSharePct: '10',
      });
    });
    expect(result.patch).toBeNull();
    expect(result.errors).toEqual({
      'positions.0.marketSharePct': { key: 'percent' },
      'positions.1.competitorId': { key: 'duplicate' },
    });
    const sum = edit(base, (draft) => {
      draft.positions[0]!.marketSharePct = '70';
      draft.positions.push({
        competitorId: 'k1',
        priceIndex: '90',
        performanceScore: '40',
        marketSharePct: '40,5',
      });
    });
    expect(sum.errors).toEqual({
      'positions.shares': { key: 'sharesSum', values: { sum: '110,5' } },
    });
  });

  it('market size: a share over 100 and a negative number of customers', () => {
    const result = edit(newAnalysis('market-size'), (draft) => {
      draft.market.samPct = '120';
      draft.market.customers = '-5';
    });
    expect(result).toEqual({
      patch: null,
      errors: { 'market.samPct': { key: 'percent' }, 'market.customers': { key: 'decimal' } },
    });
  });

  it('portfolio: an empty name and an unreadable growth; a negative growth is fine', () => {
    const base = {
      ...newAnalysis('portfolio'),
      portfolio: [
        {
          id: 'p1',
          catalogItemId: '',
          name: 'Managed Services',
          marketGrowthPct: '12',
          relativeMarketShare: '1.4',
          revenue: '250000',
        },
      ],
    } as AnalysisInput;
    const bad = edit(base, (draft) => {
      draft.portfolio[0]!.name = '';
      draft.portfolio[0]!.marketGrowthPct = '12 Prozent';
    });
    expect(bad).toEqual({
      patch: null,
      errors: {
        'portfolio.0.name': { key: 'required' },
        'portfolio.0.marketGrowthPct': { key: 'growth' },
      },
    });
    const good = edit(base, (draft) => {
      draft.portfolio[0]!.marketGrowthPct = '-3,5';
    });
    expect(good.patch?.portfolio?.[0]?.marketGrowthPct).toBe('-3.5');
  });

  it('SWOT: an item emptied, and a title left empty', () => {
    const base = { ...newAnalysis('swot'), strengths: ['Starke Marke'] } as AnalysisInput;
    const result = edit(base, (draft) => {
      draft.swot.strengths[0] = ' ';
      draft.title = '';
    });
    expect(result).toEqual({
      patch: null,
      errors: { 'swot.strengths.0': { key: 'required' }, title: { key: 'required' } },
    });
  });
});
