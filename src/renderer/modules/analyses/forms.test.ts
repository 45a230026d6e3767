import { describe, expect, it } from 'vitest';
import type { Battlecard, Competitor } from '#shared/domain/analyses';
import type { Opportunity } from '#shared/domain';
import { battlecardDraftErrors, toBattlecardDraft } from './battlecard-form';
import { competitorFormSchema, toCompetitorFormValues } from './competitor-form';
import { filterCompetitors } from './competitor-list';
import { initialLossForm, lossFieldOf, readLossForm } from './loss-form';
import type { LossFormState } from './loss-form';
import {
  categoryTarget,
  itemTarget,
  priceFormSchema,
  readTarget,
  toPriceFormValues,
} from './price-form';
import { competitionTabAt } from './CompetitionTabs';
import { formatSize, mimeTypeOf } from './attachment-file';

const meta = {
  createdAt: '2026-11-28T09:00:00Z',
  updatedAt: '2026-11-28T09:00:00Z',
  createdBy: 'Max Mustermann',
  updatedBy: 'Max Mustermann',
  deleted: false,
};

const competitor = (overrides: Partial<Competitor>): Competitor => ({
  id: 'c1',
  ...toCompetitorFormValues(null, 'en'),
  name: 'Nordlicht IT',
  ...meta,
  ...overrides,
});

/** The field → message of a failed parse. */
const errorsOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.map(String).join('.'), issue.message]),
  );

describe('competitor form', () => {
  it('reads percentages typed in German notation and keeps the rest as typed', () => {
    const values = {
      ...toCompetitorFormValues(null, 'de'),
      name: ' Nordlicht IT ',
      typicalDiscountPct: '12,5',
      marketSharePct: '7',
    };
    const parsed = competitorFormSchema.parse(values);
    expect(parsed.typicalDiscountPct).toBe('12.5');
    expect(parsed.marketSharePct).toBe('7');
    expect(parsed.name).toBe('Nordlicht IT');
  });

  it('names each bad field: empty name, a website that is no URL, a share over 100 %, an unknown size', () => {
    const values = {
      ...toCompetitorFormValues(null, 'de'),
      name: '  ',
      website: 'nordlicht.de',
      marketSharePct: '140',
      size: 'huge',
    };
    const result = competitorFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    expect(Object.keys(errorsOf(result)).sort()).toEqual([
      'marketSharePct',
      'name',
      'size',
      'website',
    ]);
    expect(errorsOf(result).website).toBe('validation.url');
  });

  it('shows a stored competitor with its percentages in the UI language', () => {
    const values = toCompetitorFormValues(competitor({ typicalDiscountPct: '12.5' }), 'de');
    expect(values.typicalDiscountPct).toBe('12,5');
    expect(values.name).toBe('Nordlicht IT');
    expect(Object.keys(values)).not.toContain('id');
  });

  it('searches name, segment and headquarters by every word', () => {
    const list = [
      competitor({
        id: 'a',
        name: 'Nordlicht IT',
        segment: 'Mittelstand',
        headquarters: 'Hamburg',
      }),
      competitor({
        id: 'b',
        name: 'Rheinwerk Consulting',
        segment: 'Konzerne',
        headquarters: 'Köln',
      }),
    ];
    expect(filterCompetitors(list, 'köln').map((c) => c.id)).toEqual(['b']);
    expect(filterCompetitors(list, 'nord hamburg').map((c) => c.id)).toEqual(['a']);
    expect(filterCompetitors(list, 'nord köln')).toEqual([]);
    expect(filterCompetitors(list, '  ').map((c) => c.id)).toEqual(['a', 'b']);
  });
});

describe('battlecard draft', () => {
  it('is valid when empty and reports an objection without answer at its path', () => {
    const draft = toBattlecardDraft(null);
    expect(battlecardDraftErrors('c1', draft)).toEqual({});
    const errors = battlecardDraftErrors('c1', {
      ...draft,
      objections: [
        { objection: 'Zu teuer', answer: 'TCO über drei Jahre' },
        { objection: 'Kein Partner vor Ort', answer: ' ' },
      ],
      lastVerified: '2026-02-30',
    });
    expect(Object.keys(errors).sort()).toEqual(['lastVerified', 'objections.1.answer']);
    expect(errors['objections.1.answer']).toBe('validation.required');
  });

  it('copies a stored card without its meta fields', () => {
    const card: Battlecard = {
      id: 'b1',
      competitorId: 'c1',
      objections: [{ objection: 'A', answer: 'B' }],
      differentiators: '- schneller',
      traps: '',
      landmines: '',
      proofPoints: '',
      lastVerified: '2026-11-01',
      ...meta,
    };
    const draft = toBattlecardDraft(card);
    expect(draft).toEqual({
      objections: [{ objection: 'A', answer: 'B' }],
      differentiators: '- schneller',
      traps: '',
      landmines: '',
      proofPoints: '',
      lastVerified: '2026-11-01',
    });
    draft.objections[0]!.answer = 'C';
    expect(card.objections[0]!.answer).toBe('B');
  });
});

describe('price observation form', () => {
  const base = { source: 'manual', currency: 'EUR', opportunityId: '' } as const;

  it('turns the target into an item or a category and reads the price in German notation', () => {
    expect(readTarget(itemTarget('i1'))).toEqual({ catalogItemId: 'i1', category: '' });
    expect(readTarget(categoryTarget('service'))).toEqual({
      catalogItemId: '',
      category: 'service',
    });
    expect(readTarget('')).toEqual({ catalogItemId: '', category: '' });
    const parsed = priceFormSchema(base).parse({
      competitorId: 'c1',
      target: categoryTarget('service'),
      price: '1.234,50',
      observedOn: '2026-11-20',
      sourceNote: 'Ausschreibung Stadtwerke',
    });
    expect(parsed).toEqual({
      competitorId: 'c1',
      catalogItemId: '',
      category: 'service',
      price: '1234.50',
      currency: 'EUR',
      observedOn: '2026-11-20',
      source: 'manual',
      sourceNote: 'Ausschreibung Stadtwerke',
      opportunityId: '',
    });
  });

  it('puts each problem at the form field: no target, no price, no competitor', () => {
    const result = priceFormSchema(base).safeParse({
      competitorId: '',
      target: '',
      price: 'viel',
      observedOn: '2026-11-20',
      sourceNote: '',
    });
    expect(result.success).toBe(false);
    expect(Object.keys(errorsOf(result)).sort()).toEqual(['competitorId', 'price', 'target']);
  });

  it('starts a new observation today for the given competitor', () => {
    expect(toPriceFormValues(null, { competitorId: 'c1', today: '2026-12-07' }, 'de')).toEqual({
      competitorId: 'c1',
      target: '',
      price: '',
      observedOn: '2026-12-07',
      sourceNote: '',
    });
  });
});

describe('loss form', () => {
  const opportunity = {
    id: 'o1',
    title: 'Rechenzentrum',
    competitorIds: ['c1'],
  } as unknown as Opportunity;
  const state = (overrides: Partial<LossFormState>): LossFormState => ({
    ...initialLossForm(opportunity),
    ...overrides,
  });

  it('needs a reason', () => {
    expect(readLossForm(state({}))).toEqual({
      input: null,
      errors: { reason: 'validation.required' },
    });
  });

  it('sends the gap (German notation) without a price, and only the chosen one of the two', () => {
    expect(
      readLossForm(
        state({ reason: 'price', lostTo: 'c1', priceKind: 'gap', gap: '-12,5', price: '900' }),
      ),
    ).toEqual({
      input: {
        lossReason: 'price',
        lostToCompetitorId: 'c1',
        lostToPrice: '',
        lostPriceGapPct: '-12.5',
      },
      errors: null,
    });
  });

  it('needs the competitor and what the price was for when a price is given', () => {
    expect(readLossForm(state({ reason: 'price', price: '48.000' })).errors).toEqual({
      lostTo: 'validation.required',
      target: 'validation.required',
    });
    expect(
      readLossForm(
        state({ reason: 'price', lostTo: 'c1', price: '48.000', target: itemTarget('i1') }),
      ).input,
    ).toEqual({
      lossReason: 'price',
      lostToCompetitorId: 'c1',
      lostToPrice: '48000',
      lostPriceGapPct: '',
      catalogItemId: 'i1',
      category: '',
    });
  });

  it('refuses a price and a gap that are no numbers', () => {
    expect(readLossForm(state({ reason: 'other', price: 'billig' })).errors).toHaveProperty(
      'price',
    );
    expect(
      readLossForm(state({ reason: 'other', priceKind: 'gap', gap: 'zehn' })).errors,
    ).toHaveProperty('gap');
  });

  it('maps the repository’s issue paths to the form’s fields', () => {
    expect(
      ['lossReason', 'lostToCompetitorId', 'lostToPrice', 'lostPriceGapPct', 'category', 'x'].map(
        (p) => lossFieldOf([p]),
      ),
    ).toEqual(['reason', 'lostTo', 'price', 'gap', 'target', undefined]);
  });
});

describe('small helpers', () => {
  it('places every location in its tab', () => {
    expect(
      [
        '/competitors',
        '/competitors/abc',
        '/competitors/win-loss',
        '/competitors/prices',
        '/analyses',
        '/analyses/x',
      ].map(competitionTabAt),
    ).toEqual(['competitors', 'competitors', 'win-loss', 'prices', 'analyses', 'analyses']);
  });

  it('knows common attachment types and writes sizes for people', () => {
    expect(mimeTypeOf('Preisliste 2026.PDF')).toBe('application/pdf');
    expect(mimeTypeOf('daten.xlsx')).toContain('spreadsheetml');
    expect(mimeTypeOf('ohne-endung')).toBe('application/octet-stream');
    expect(formatSize(512, 'de')).toBe('512 B');
    expect(formatSize(1536, 'de')).toBe('1,5 KB');
    expect(formatSize(3 * 1024 * 1024, 'en')).toBe('3 MB');
  });
});
