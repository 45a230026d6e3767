import type { ChartConfiguration } from 'chart.js';
import { SELF_ID, fiveForceKeys } from '../../domain/analyses';
import { formatDecimal, formatMoney } from '../../money';
import { bcgQuadrant, fiveForces, marketSize } from '..';
import { analysisChartConfig, matrixRanking, participantName } from './configs';
import type { AnalysisChartOptions, ChartAnalysis } from './configs';
import { positioningFit } from './fit';
import { analysisLabels } from './labels';
import type { AnalysisLabels } from './labels';

/** One slide of the presentation module: what an analysis says, with its chart. */
export type AnalysisSlide = {
  title: string;
  subtitle?: string;
  bullets: string[];
  chart: ChartConfiguration | null;
  /** Rows of cells, the first row the header. */
  table?: string[][];
};

type Context = {
  analysis: ChartAnalysis;
  options: AnalysisChartOptions;
  labels: AnalysisLabels;
  number: (value: string, decimals?: number) => string;
};

function swotSlide({ analysis, labels }: Context): Omit<AnalysisSlide, 'title' | 'chart'> {
  const strategies = analysis.strategies;
  const bullets = strategies
    ? (['so', 'st', 'wo', 'wt'] as const).flatMap((key) =>
        strategies[key].map((item) => `${key.toUpperCase()}: ${item}`),
      )
    : [];
  const quadrants = [
    [labels.swot.strengths, analysis.strengths ?? []],
    [labels.swot.weaknesses, analysis.weaknesses ?? []],
    [labels.swot.opportunities, analysis.opportunities ?? []],
    [labels.swot.threats, analysis.threats ?? []],
  ] as const;
  // Without strategies the slide says what the quadrants hold.
  const fallback = quadrants.map(([title, items]) => `${title}: ${items.join('; ')}`);
  return { subtitle: labels.kind.swot, bullets: bullets.length > 0 ? bullets : fallback };
}

function fiveForcesSlide({ analysis, labels, number }: Context) {
  const forces = analysis.forces;
  let subtitle = labels.kind['five-forces'];
  if (forces) {
    try {
      const result = fiveForces(forces);
      subtitle = labels.forcesSummary(
        number(result.average, 2),
        labels.attractivenessValue[result.attractiveness],
      );
    } catch {
      // Incomplete ratings: the kind is subtitle enough.
    }
  }
  const bullets = fiveForceKeys.flatMap((key) => {
    const force = forces?.[key];
    if (!force) return [];
    const reason = force.reason.trim();
    return [`${labels.forces[key]}: ${force.rating}/5${reason === '' ? '' : ` – ${reason}`}`];
  });
  return { subtitle, bullets };
}

function matrixSlide({ analysis, options, labels, number }: Context) {
  const ranking = matrixRanking(analysis);
  if (ranking === null) return { subtitle: labels.matrixInvalid, bullets: [] };
  const criteria = analysis.criteria ?? [];
  const participants = ranking.map((row) => row.id);
  const self = ranking.find((row) => row.id === SELF_ID);
  const header = [
    labels.criterion,
    labels.weight,
    ...participants.map((id) => participantName(id, options)),
  ];
  const rows = criteria.map((criterion) => [
    criterion.name,
    number(criterion.weightPct),
    ...participants.map((id) => String(analysis.scores?.[id]?.[criterion.id] ?? '')),
  ]);
  return {
    subtitle: self
      ? labels.matrixSummary(
          participantName(SELF_ID, options),
          self.rank,
          number(self.score, 2),
          ranking.length,
        )
      : labels.kind['competitor-matrix'],
    bullets: ranking.map(
      (row) => `${row.rank}. ${participantName(row.id, options)}: ${number(row.score, 2)}`,
    ),
    table: [
      header,
      ...rows,
      [labels.weightedScore, '', ...ranking.map((row) => number(row.score, 2))],
      [labels.rank, '', ...ranking.map((row) => String(row.rank))],
    ],
  };
}

function positioningSlide({ analysis, options, labels, number }: Context) {
  const points = analysis.positions ?? [];
  const fit = positioningFit(points);
  const fair = new Map(fit?.points.map((point) => [point.competitorId, point]) ?? []);
  return {
    subtitle: fit
      ? labels.positioningSummary(number(fit.slope, 2), number(fit.intercept, 2))
      : labels.kind.positioning,
    bullets: points.map((point) => {
      const deviation = fair.get(point.competitorId)?.deviation;
      return `${participantName(point.competitorId, options)}: ${labels.performanceShort} ${number(point.performanceScore)}, ${labels.priceIndexShort} ${number(point.priceIndex)}${deviation === undefined ? '' : `, ${labels.deviation} ${number(deviation, 2)}`}`;
    }),
    table: [
      [
        labels.participant,
        labels.performance,
        labels.priceIndex,
        labels.marketShare,
        ...(fit ? [labels.fairPrice, labels.deviation] : []),
      ],
      ...points.map((point) => {
        const fitted = fair.get(point.competitorId);
        return [
          participantName(point.competitorId, options),
          number(point.performanceScore),
          number(point.priceIndex),
          number(point.marketSharePct),
          ...(fit && fitted ? [number(fitted.fairPriceIndex, 2), number(fitted.deviation, 2)] : []),
        ];
      }),
    ],
  };
}

function marketSizeSlide({ analysis, options, labels, number }: Context) {
  const market = analysis.market;
  if (!market) return { subtitle: labels.kind['market-size'], bullets: [] };
  let sizes: { tam: string; sam: string; som: string };
  try {
    sizes = marketSize(market);
  } catch {
    return { subtitle: labels.kind['market-size'], bullets: [] };
  }
  const money = (amount: string) => formatMoney(amount, market.currency, options.language);
  return {
    subtitle: labels.kind['market-size'],
    bullets: [
      `${labels.tam}: ${number(market.customers)} × ${money(market.revenuePerCustomer)} = ${money(sizes.tam)}`,
      `${labels.sam}: ${number(market.samPct)} % × TAM = ${money(sizes.sam)}`,
      `${labels.som}: ${number(market.somPct)} % × SAM = ${money(sizes.som)}`,
    ],
    table: [
      [labels.measure, labels.value],
      [labels.customers, number(market.customers)],
      [labels.revenuePerCustomer, money(market.revenuePerCustomer)],
      [labels.tam, money(sizes.tam)],
      [labels.samShare, number(market.samPct)],
      [labels.sam, money(sizes.sam)],
      [labels.somShare, number(market.somPct)],
      [labels.som, money(sizes.som)],
    ],
  };
}

function portfolioSlide({ analysis, labels, number }: Context) {
  const entries = analysis.portfolio ?? [];
  const quadrant = (entry: (typeof entries)[number]) => {
    try {
      return labels.bcg[bcgQuadrant(entry)];
    } catch {
      return '';
    }
  };
  return {
    subtitle: labels.kind.portfolio,
    bullets: entries.map((entry) => `${entry.name}: ${quadrant(entry)}`),
    table: [
      [labels.solution, labels.marketGrowth, labels.relativeShare, labels.revenue, labels.quadrant],
      ...entries.map((entry) => [
        entry.name,
        number(entry.marketGrowthPct),
        number(entry.relativeMarketShare),
        number(entry.revenue, 2),
        quadrant(entry),
      ]),
    ],
  };
}

const SLIDES = {
  swot: swotSlide,
  'five-forces': fiveForcesSlide,
  'competitor-matrix': matrixSlide,
  positioning: positioningSlide,
  'market-size': marketSizeSlide,
  portfolio: portfolioSlide,
} as const;

/**
 * An analysis as one slide for the presentation module: title, a one-line summary, bullets,
 * its chart and (where it has one) its table. Only what a customer may see: the notes stay out.
 */
export function analysisSlide(
  analysis: ChartAnalysis,
  options: AnalysisChartOptions,
): AnalysisSlide {
  const labels = analysisLabels(options.language);
  const number = (value: string, decimals?: number) => {
    try {
      return formatDecimal(value, options.language, decimals);
    } catch {
      return value;
    }
  };
  const part = SLIDES[analysis.kind]({ analysis, options, labels, number });
  return {
    title: analysis.title,
    ...part,
    chart: analysisChartConfig(analysis, options),
  };
}
