import { matrixWeightSum } from '#shared/analyses';
import type { ChartAnalysis } from '#shared/analyses/charts';
import {
  analysisDataFields,
  analysisInputSchema,
  fiveForceKeys,
  type Analysis,
  type AnalysisInput,
  type AnalysisKind,
  type FiveForceKey,
  type MarketSizeData,
  type SwotStrategies,
} from '#shared/domain/analyses';
import type { Currency, Language } from '#shared/domain';
import { formatDecimal } from '#shared/money';
import { displayDecimal, normalizeDecimalInput } from '../../../components/decimal-input';

// What an analysis editor holds while someone types: every number as typed (German "12,5"), so
// the chart can follow each keystroke and a half-typed value is never saved. `readDraft` turns
// it into the analysis fields when every field is valid, else into messages at the fields.

export type SwotListKey = 'strengths' | 'weaknesses' | 'opportunities' | 'threats';
export const swotListKeys: readonly SwotListKey[] = [
  'strengths',
  'weaknesses',
  'opportunities',
  'threats',
];
export const strategyKeys = ['so', 'st', 'wo', 'wt'] as const;
export type StrategyKey = (typeof strategyKeys)[number];

export type SwotDraft = Record<SwotListKey, string[]> & {
  strategies: Record<StrategyKey, string[]>;
};
export type ForcesDraft = Record<FiveForceKey, { rating: string; reason: string }>;
export type CriterionDraft = { id: string; name: string; weightPct: string };
export type MatrixDraft = {
  criteria: CriterionDraft[];
  participants: string[];
  /** Per participant, per criterion id: the score as typed. */
  scores: Record<string, Record<string, string>>;
};
export type PositionDraft = {
  competitorId: string;
  priceIndex: string;
  performanceScore: string;
  marketSharePct: string;
};
export type MarketDraft = {
  customers: string;
  revenuePerCustomer: string;
  samPct: string;
  somPct: string;
  currency: Currency;
};
export type PortfolioEntryDraft = {
  id: string;
  catalogItemId: string;
  name: string;
  marketGrowthPct: string;
  relativeMarketShare: string;
  revenue: string;
};

export type AnalysisDraft = {
  kind: AnalysisKind;
  title: string;
  notes: string;
  swot: SwotDraft;
  forces: ForcesDraft;
  matrix: MatrixDraft;
  positions: PositionDraft[];
  market: MarketDraft;
  portfolio: PortfolioEntryDraft[];
};

/** A message at a field: an i18n key below `analysisEditors.errors` and its values. */
export type FieldError = { key: string; values?: Record<string, string> };
/** Field path (`criteria.0.weightPct`, `scores.1.2`, `swot.strengths.3`) → its message. */
export type DraftErrors = Record<string, FieldError>;

export type DraftResult = {
  /** The analysis fields to save, or null while any field is invalid. */
  patch: Partial<AnalysisInput> | null;
  errors: DraftErrors;
};

const emptyStrategies = (): Record<StrategyKey, string[]> => ({ so: [], st: [], wo: [], wt: [] });

/** The data a new analysis of a kind starts with (valid as it is). */
export function initialAnalysisData(kind: AnalysisKind, selfId: string): Partial<AnalysisInput> {
  switch (kind) {
    case 'swot':
      return {
        strengths: [],
        weaknesses: [],
        opportunities: [],
        threats: [],
        strategies: emptyStrategies(),
      };
    case 'five-forces':
      return {
        forces: Object.fromEntries(
          fiveForceKeys.map((key) => [key, { rating: 3, reason: '' }]),
        ) as AnalysisInput['forces'],
      };
    case 'competitor-matrix':
      return { criteria: [], participants: [selfId], scores: { [selfId]: {} } };
    case 'positioning':
      return {
        positions: [
          { competitorId: selfId, priceIndex: '100', performanceScore: '50', marketSharePct: '0' },
        ],
      };
    case 'market-size':
      return {
        market: {
          customers: '0',
          revenuePerCustomer: '0',
          samPct: '0',
          somPct: '0',
          currency: 'EUR',
        },
      };
    case 'portfolio':
      return { portfolio: [] };
  }
}

/** The editor's draft of a stored analysis, numbers written in the UI language. */
export function toDraft(analysis: AnalysisInput, language: Language): AnalysisDraft {
  const show = (value: string | number) => displayDecimal(String(value), language);
  const market: MarketSizeData = analysis.market ?? {
    customers: '0',
    revenuePerCustomer: '0',
    samPct: '0',
    somPct: '0',
    currency: 'EUR',
  };
  const strategies: SwotStrategies = analysis.strategies ?? emptyStrategies();
  return {
    kind: analysis.kind,
    title: analysis.title,
    notes: analysis.notes,
    swot: {
      strengths: [...(analysis.strengths ?? [])],
      weaknesses: [...(analysis.weaknesses ?? [])],
      opportunities: [...(analysis.opportunities ?? [])],
      threats: [...(analysis.threats ?? [])],
      strategies: {
        so: [...strategies.so],
        st: [...strategies.st],
        wo: [...strategies.wo],
        wt: [...strategies.wt],
      },
    },
    forces: Object.fromEntries(
      fiveForceKeys.map((key) => {
        const force = analysis.forces?.[key];
        return [key, { rating: force ? String(force.rating) : '', reason: force?.reason ?? '' }];
      }),
    ) as ForcesDraft,
    matrix: {
      criteria: (analysis.criteria ?? []).map((criterion) => ({
        id: criterion.id,
        name: criterion.name,
        weightPct: show(criterion.weightPct),
      })),
      participants: [...(analysis.participants ?? [])],
      scores: Object.fromEntries(
        (analysis.participants ?? []).map((participant) => [
          participant,
          Object.fromEntries(
            Object.entries(analysis.scores?.[participant] ?? {}).map(([id, score]) => [
              id,
              String(score),
            ]),
          ),
        ]),
      ),
    },
    positions: (analysis.positions ?? []).map((point) => ({
      competitorId: point.competitorId,
      priceIndex: show(point.priceIndex),
      performanceScore: show(point.performanceScore),
      marketSharePct: show(point.marketSharePct),
    })),
    market: {
      customers: show(market.customers),
      revenuePerCustomer: show(market.revenuePerCustomer),
      samPct: show(market.samPct),
      somPct: show(market.somPct),
      currency: market.currency,
    },
    portfolio: (analysis.portfolio ?? []).map((entry) => ({
      ...entry,
      marketGrowthPct: show(entry.marketGrowthPct),
      relativeMarketShare: show(entry.relativeMarketShare),
      revenue: show(entry.revenue),
    })),
  };
}

type NumberRule = 'rating' | 'percent' | 'decimal' | 'growth';

/**
 * A typed number as stored (a plain decimal string, as precise as typed: "85000,00" stays
 * "85000.00", so opening an analysis never rewrites it), or the error key of its rule.
 */
export function readNumber(
  text: string,
  rule: NumberRule,
  language: Language,
): { value: string } | { error: string } {
  const value = normalizeDecimalInput(text, language);
  if (rule === 'rating') return /^[1-5]$/.test(value) ? { value } : { error: 'rating' };
  // The domain's patterns: growth may be negative with two decimals, the rest as money.
  if (rule === 'growth') {
    return /^-?\d{1,4}(\.\d{1,2})?$/.test(value) ? { value } : { error: 'growth' };
  }
  if (!/^\d{1,13}(\.\d{1,6})?$/.test(value)) return { error: rule };
  if (rule === 'percent' && Number(value) > 100) return { error: 'percent' };
  return { value };
}

/** A sum of percentages as the editor shows it: "90" or "99,50". */
export function percentText(sum: string, language: Language): string {
  return formatDecimal(sum, language, Number.isInteger(Number(sum)) ? 0 : 2);
}

const TEXT_MAX = { title: 200, item: 500, reason: 2_000, name: 200, notes: 10_000 } as const;

function readText(
  errors: DraftErrors,
  path: string,
  text: string,
  max: number,
  required: boolean,
): string {
  const value = text.trim();
  if (required && value === '') errors[path] = { key: 'required' };
  else if (value.length > max) errors[path] = { key: 'tooLong', values: { max: String(max) } };
  return value;
}

function readSwot(draft: SwotDraft, errors: DraftErrors): Partial<AnalysisInput> {
  const list = (path: string, items: string[]) =>
    items.map((item, index) => readText(errors, `${path}.${index}`, item, TEXT_MAX.item, true));
  return {
    strengths: list('swot.strengths', draft.strengths),
    weaknesses: list('swot.weaknesses', draft.weaknesses),
    opportunities: list('swot.opportunities', draft.opportunities),
    threats: list('swot.threats', draft.threats),
    strategies: {
      so: list('swot.strategies.so', draft.strategies.so),
      st: list('swot.strategies.st', draft.strategies.st),
      wo: list('swot.strategies.wo', draft.strategies.wo),
      wt: list('swot.strategies.wt', draft.strategies.wt),
    },
  };
}

function readForces(
  draft: ForcesDraft,
  errors: DraftErrors,
  language: Language,
): Partial<AnalysisInput> {
  const forces = Object.fromEntries(
    fiveForceKeys.map((key) => {
      const rating = readNumber(draft[key].rating, 'rating', language);
      if ('error' in rating) errors[`forces.${key}.rating`] = { key: rating.error };
      const reason = readText(
        errors,
        `forces.${key}.reason`,
        draft[key].reason,
        TEXT_MAX.reason,
        false,
      );
      return [key, { rating: 'value' in rating ? Number(rating.value) : 0, reason }];
    }),
  );
  return { forces: forces as AnalysisInput['forces'] };
}

function readMatrix(
  draft: MatrixDraft,
  errors: DraftErrors,
  language: Language,
): Partial<AnalysisInput> {
  const criteria = draft.criteria.map((criterion, index) => {
    const name = readText(errors, `criteria.${index}.name`, criterion.name, TEXT_MAX.name, true);
    const weight = readNumber(criterion.weightPct, 'percent', language);
    if ('error' in weight) errors[`criteria.${index}.weightPct`] = { key: weight.error };
    return { id: criterion.id, name, weightPct: 'value' in weight ? weight.value : '' };
  });
  const sum = matrixWeightSum(criteria);
  if (criteria.length > 0 && Number(sum) !== 100) {
    errors['criteria.sum'] = { key: 'weightsSum', values: { sum: percentText(sum, language) } };
  }
  const seen = new Set<string>();
  const scores: Record<string, Record<string, number>> = {};
  draft.participants.forEach((participant, participantIndex) => {
    if (seen.has(participant)) errors[`participants.${participantIndex}`] = { key: 'duplicate' };
    seen.add(participant);
    const row: Record<string, number> = {};
    draft.criteria.forEach((criterion, criterionIndex) => {
      const score = readNumber(draft.scores[participant]?.[criterion.id] ?? '', 'rating', language);
      if ('error' in score) {
        errors[`scores.${participantIndex}.${criterionIndex}`] = { key: score.error };
      } else row[criterion.id] = Number(score.value);
    });
    scores[participant] = row;
  });
  return { criteria, participants: [...draft.participants], scores };
}

function readPositions(
  draft: PositionDraft[],
  errors: DraftErrors,
  language: Language,
): Partial<AnalysisInput> {
  const seen = new Set<string>();
  const positions = draft.map((point, index) => {
    if (seen.has(point.competitorId))
      errors[`positions.${index}.competitorId`] = { key: 'duplicate' };
    seen.add(point.competitorId);
    const field = (
      name: 'priceIndex' | 'performanceScore' | 'marketSharePct',
      rule: NumberRule,
    ) => {
      const read = readNumber(point[name], rule, language);
      if ('error' in read) errors[`positions.${index}.${name}`] = { key: read.error };
      return 'value' in read ? read.value : '';
    };
    return {
      competitorId: point.competitorId,
      priceIndex: field('priceIndex', 'decimal'),
      performanceScore: field('performanceScore', 'percent'),
      marketSharePct: field('marketSharePct', 'percent'),
    };
  });
  const shares = positions.reduce((sum, point) => sum + Number(point.marketSharePct || 0), 0);
  if (Math.round(shares * 100) > 100_00) {
    errors['positions.shares'] = {
      key: 'sharesSum',
      values: { sum: displayDecimal(String(Math.round(shares * 100) / 100), language) },
    };
  }
  return { positions };
}

function readMarket(
  draft: MarketDraft,
  errors: DraftErrors,
  language: Language,
): Partial<AnalysisInput> {
  const field = (
    name: 'customers' | 'revenuePerCustomer' | 'samPct' | 'somPct',
    rule: NumberRule,
  ) => {
    const read = readNumber(draft[name], rule, language);
    if ('error' in read) errors[`market.${name}`] = { key: read.error };
    return 'value' in read ? read.value : '';
  };
  return {
    market: {
      customers: field('customers', 'decimal'),
      revenuePerCustomer: field('revenuePerCustomer', 'decimal'),
      samPct: field('samPct', 'percent'),
      somPct: field('somPct', 'percent'),
      currency: draft.currency,
    },
  };
}

function readPortfolio(
  draft: PortfolioEntryDraft[],
  errors: DraftErrors,
  language: Language,
): Partial<AnalysisInput> {
  const portfolio = draft.map((entry, index) => {
    const field = (
      name: 'marketGrowthPct' | 'relativeMarketShare' | 'revenue',
      rule: NumberRule,
    ) => {
      const read = readNumber(entry[name], rule, language);
      if ('error' in read) errors[`portfolio.${index}.${name}`] = { key: read.error };
      return 'value' in read ? read.value : '';
    };
    return {
      id: entry.id,
      catalogItemId: entry.catalogItemId,
      name: readText(errors, `portfolio.${index}.name`, entry.name, TEXT_MAX.name, true),
      marketGrowthPct: field('marketGrowthPct', 'growth'),
      relativeMarketShare: field('relativeMarketShare', 'decimal'),
      revenue: field('revenue', 'decimal'),
    };
  });
  return { portfolio };
}

/** The kind's fields as read from the draft (invalid numbers blank), with the errors found. */
function readKind(draft: AnalysisDraft, errors: DraftErrors, language: Language) {
  switch (draft.kind) {
    case 'swot':
      return readSwot(draft.swot, errors);
    case 'five-forces':
      return readForces(draft.forces, errors, language);
    case 'competitor-matrix':
      return readMatrix(draft.matrix, errors, language);
    case 'positioning':
      return readPositions(draft.positions, errors, language);
    case 'market-size':
      return readMarket(draft.market, errors, language);
    case 'portfolio':
      return readPortfolio(draft.portfolio, errors, language);
  }
}

/**
 * The draft as analysis fields (title, notes and the kind's data) when every field is valid,
 * else null and a message at each bad field. The stored analysis (`base`) supplies the rest, so
 * the whole row is checked against the domain schema once more before anything is saved.
 */
export function readDraft(
  draft: AnalysisDraft,
  base: AnalysisInput,
  language: Language,
): DraftResult {
  const errors: DraftErrors = {};
  const title = readText(errors, 'title', draft.title, TEXT_MAX.title, true);
  const notes = readText(errors, 'notes', draft.notes, TEXT_MAX.notes, false);
  const patch = { title, notes, ...readKind(draft, errors, language) };
  if (Object.keys(errors).length > 0) return { patch: null, errors };
  const checked = analysisInputSchema.safeParse({ ...pickInput(base), ...patch });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      errors[issue.path.join('.') || 'root'] = {
        key: 'invalid',
        values: { detail: issue.message },
      };
    }
    return { patch: null, errors };
  }
  return { patch, errors };
}

/** The input fields of a stored analysis (no row metadata). */
export function pickInput(analysis: AnalysisInput | Analysis): AnalysisInput {
  const fields = [
    'kind',
    'title',
    'subject',
    'clientId',
    'opportunityId',
    'notes',
    ...analysisDataFields[analysis.kind],
  ] as const;
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (analysis[field] !== undefined) input[field] = analysis[field];
  }
  return input as AnalysisInput;
}

/** Whether a patch would change nothing in the stored analysis. */
export function patchIsStored(patch: Partial<AnalysisInput>, stored: AnalysisInput): boolean {
  return Object.entries(patch).every(
    ([field, value]) => stableJson(value) === stableJson(stored[field as keyof AnalysisInput]),
  );
}

/** JSON with object keys sorted, so two equal records compare equal whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : inner,
  );
}

/**
 * What the live chart draws from the draft: everything readable so far (an unreadable number is
 * left out or drawn as 0), so the chart follows every keystroke even while a field is invalid.
 */
export function chartAnalysis(draft: AnalysisDraft, language: Language): ChartAnalysis {
  const errors: DraftErrors = {};
  const fields = readKind(draft, errors, language);
  const base: ChartAnalysis = { kind: draft.kind, title: draft.title.trim() };
  switch (draft.kind) {
    case 'positioning':
      return {
        ...base,
        positions: (fields.positions ?? []).filter(
          (point) =>
            point.priceIndex !== '' && point.performanceScore !== '' && point.marketSharePct !== '',
        ),
      };
    case 'portfolio':
      return {
        ...base,
        portfolio: (fields.portfolio ?? []).filter(
          (entry) =>
            entry.marketGrowthPct !== '' &&
            entry.relativeMarketShare !== '' &&
            entry.revenue !== '',
        ),
      };
    case 'market-size': {
      const market = fields.market;
      const complete = market && Object.values(market).every((value) => value !== '');
      return complete ? { ...base, market } : base;
    }
    case 'competitor-matrix':
      return {
        ...base,
        ...fields,
        criteria: (fields.criteria ?? []).map((criterion) => ({
          ...criterion,
          weightPct: criterion.weightPct === '' ? '0' : criterion.weightPct,
        })),
      };
    default:
      return { ...base, ...fields };
  }
}
