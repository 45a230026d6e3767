import type {
  ChartConfiguration,
  ChartDataset,
  ChartOptions,
  Scale,
  ScriptableChartContext,
  ScriptableContext,
} from 'chart.js';
import type { AnalysisInput, FiveForceKey } from '../../domain/analyses';
import { SELF_ID, fiveForceKeys } from '../../domain/analyses';
import { formatDecimal, formatMoney } from '../../money';
import {
  HIGH_GROWTH_PCT,
  HIGH_RELATIVE_SHARE,
  bcgQuadrant,
  fiveForces,
  marketSize,
  scoreCompetitorMatrix,
} from '..';
import type { MatrixRankingEntry, WinLossReport } from '..';
import { positioningFit } from './fit';
import { analysisLabels } from './labels';
import type { AnalysisLabels, ChartLanguage } from './labels';
import {
  ACCENT,
  BRAND,
  FONT_FAMILY,
  MUTED,
  TEXT,
  analysisBackground,
  cssFont,
  fittedLabel,
} from './plugins';

/** An analysis as stored or as an editor holds it: the fields of its kind. */
export type ChartAnalysis = Pick<AnalysisInput, 'kind' | 'title'> &
  Partial<Omit<AnalysisInput, 'kind' | 'title'>>;

export type AnalysisChartOptions = {
  /** Competitor names by id; SELF_ID is printed as companyName. */
  names: Record<string, string>;
  language: ChartLanguage;
  companyName: string;
  /**
   * Drawn on screen (react-chartjs-2): responsive, tooltips on. Off (the default) the
   * configuration is static for PNG: no animation, fixed size, device pixel ratio 2.
   */
  screen?: boolean;
  /** Without title and subtitle: a document prints them above the chart itself. */
  bare?: boolean;
};

export type AnalysisChartConfig = ChartConfiguration;

const font = (size: number, weight?: 'bold') => ({
  family: FONT_FAMILY,
  size,
  ...(weight ? { weight } : {}),
});

/** The name a participant is printed with. */
export function participantName(
  id: string,
  options: Pick<AnalysisChartOptions, 'names' | 'companyName' | 'language'>,
): string {
  if (id === SELF_ID) {
    return options.companyName.trim() || analysisLabels(options.language).us;
  }
  return options.names[id] ?? id;
}

/** The chart's layout padding on each side. */
const PADDING = 8;

/**
 * A title or subtitle that chart.js draws in lines fitting the chart's width (it would squeeze
 * one long line to fit): a scriptable option, so it follows the width on screen and in the PNG.
 */
export function wrappedText(
  text: string,
  size: number,
  bold: boolean,
  maxLines = 3,
): (context: ScriptableChartContext) => string | string[] {
  return ({ chart }) => {
    const width = chart.width - 2 * PADDING;
    if (!(width > 0)) return text;
    return fittedLabel(chart.ctx, cssFont(size, bold), text, width, maxLines);
  };
}

/**
 * Category labels of a vertical axis in at most two lines no wider than 40 % of the chart (and
 * never wider than chart.js gives the axis, so it does not clip them on the left).
 */
function fittedCategoryLabel(this: Scale, value: string | number): string | string[] {
  const label = this.getLabelForValue(Number(value));
  const maxWidth = Math.min(this.maxWidth ?? Infinity, this.chart.width * 0.4) - 12;
  if (typeof label !== 'string' || !(maxWidth > 0)) return label;
  return fittedLabel(this.ctx, cssFont(CATEGORY_FONT_SIZE), label, maxWidth, 2);
}
const CATEGORY_FONT_SIZE = 12;

function baseOptions(
  options: AnalysisChartOptions,
  title: string,
  subtitle: string | undefined,
): ChartOptions {
  return {
    animation: false,
    responsive: options.screen === true,
    maintainAspectRatio: false,
    ...(options.screen === true ? {} : { devicePixelRatio: 2 }),
    layout: { padding: PADDING },
    plugins: {
      title: {
        display: title !== '' && options.bare !== true,
        // Scriptable at run time (the title plugin's descriptors), typed as text only.
        text: wrappedText(title, 15, true) as unknown as string,
        font: font(15, 'bold'),
        color: TEXT,
      },
      subtitle: {
        display: subtitle !== undefined && subtitle !== '' && options.bare !== true,
        text: wrappedText(subtitle ?? '', 12, false) as unknown as string,
        font: font(12),
        color: '#52606d',
        padding: { bottom: 8 },
      },
      legend: { display: false },
      tooltip: { enabled: options.screen === true },
    },
  };
}

function config(
  type: ChartConfiguration['type'],
  data: ChartConfiguration['data'],
  options: ChartOptions,
): AnalysisChartConfig {
  return { type, data, options, plugins: [analysisBackground] } as AnalysisChartConfig;
}

/** Splits a long axis label into two lines at the space nearest its middle. */
function twoLines(label: string): string | string[] {
  if (label.length <= 18) return label;
  const middle = label.length / 2;
  let best = -1;
  for (let i = 0; i < label.length; i += 1) {
    if (label[i] === ' ' && (best === -1 || Math.abs(i - middle) < Math.abs(best - middle)))
      best = i;
  }
  return best === -1 ? label : [label.slice(0, best), label.slice(best + 1)];
}

/** The weighted ranking of a matrix's participants, or null while it is incomplete or invalid. */
export function matrixRanking(analysis: ChartAnalysis): MatrixRankingEntry[] | null {
  const participants = analysis.participants ?? [];
  const criteria = analysis.criteria ?? [];
  if (participants.length === 0 || criteria.length === 0) return null;
  const scores: Record<string, Record<string, number>> = {};
  for (const id of participants) scores[id] = analysis.scores?.[id] ?? {};
  try {
    return scoreCompetitorMatrix({ criteria, scores }).ranking;
  } catch {
    return null;
  }
}

function swotConfig(
  analysis: ChartAnalysis,
  options: AnalysisChartOptions,
  labels: AnalysisLabels,
) {
  const chartOptions = baseOptions(options, analysis.title, labels.kind.swot);
  chartOptions.scales = { x: { display: false }, y: { display: false } };
  chartOptions.plugins = {
    ...chartOptions.plugins,
    quotientSwot: {
      quadrants: [
        { title: labels.swot.strengths, items: analysis.strengths ?? [], color: '#dcefe0' },
        { title: labels.swot.weaknesses, items: analysis.weaknesses ?? [], color: '#fbe6d6' },
        { title: labels.swot.opportunities, items: analysis.opportunities ?? [], color: '#dce8f5' },
        { title: labels.swot.threats, items: analysis.threats ?? [], color: '#f6dcdf' },
      ],
    },
  };
  return config('scatter', { datasets: [] }, chartOptions);
}

function fiveForcesConfig(
  analysis: ChartAnalysis,
  options: AnalysisChartOptions,
  labels: AnalysisLabels,
) {
  const forces = analysis.forces;
  let subtitle: string | undefined;
  if (forces) {
    try {
      const result = fiveForces(forces);
      subtitle = labels.forcesSummary(
        formatDecimal(result.average, options.language, 2),
        labels.attractivenessValue[result.attractiveness],
      );
    } catch {
      subtitle = undefined;
    }
  }
  const chartOptions = baseOptions(options, analysis.title, subtitle);
  chartOptions.scales = {
    r: {
      min: 0,
      max: 5,
      ticks: { stepSize: 1, font: font(11), backdropColor: 'rgba(255,255,255,0.8)' },
      pointLabels: { font: font(12), color: TEXT },
      grid: { color: '#d9dee3' },
      angleLines: { color: '#d9dee3' },
    },
  };
  const data = fiveForceKeys.map((key: FiveForceKey) => forces?.[key]?.rating ?? 0);
  return config(
    'radar',
    {
      labels: fiveForceKeys.map((key) => twoLines(labels.forces[key])),
      datasets: [
        {
          label: analysis.title,
          data,
          borderColor: BRAND,
          backgroundColor: 'rgba(28, 93, 153, 0.25)',
          borderWidth: 2,
          pointBackgroundColor: BRAND,
          pointRadius: 4,
        },
      ],
    },
    chartOptions,
  );
}

function matrixConfig(
  analysis: ChartAnalysis,
  options: AnalysisChartOptions,
  labels: AnalysisLabels,
) {
  const ranking = matrixRanking(analysis);
  const rows = ranking ?? [];
  const self = rows.find((row) => row.id === SELF_ID);
  const subtitle =
    ranking === null
      ? labels.matrixInvalid
      : self
        ? labels.matrixSummary(
            participantName(SELF_ID, options),
            self.rank,
            formatDecimal(self.score, options.language, 2),
            rows.length,
          )
        : labels.weightedScore;
  const chartOptions = baseOptions(options, analysis.title, subtitle);
  chartOptions.indexAxis = 'y';
  // Room right of a full bar (5,00) for its value.
  chartOptions.layout = { padding: { top: 8, bottom: 8, left: 8, right: 44 } };
  chartOptions.scales = {
    x: {
      min: 0,
      max: 5,
      ticks: { stepSize: 1, font: font(11) },
      title: { display: true, text: labels.weightedScore, font: font(11) },
    },
    y: {
      ticks: { font: font(CATEGORY_FONT_SIZE), color: TEXT, callback: fittedCategoryLabel },
      grid: { display: false },
    },
  };
  chartOptions.plugins = {
    ...chartOptions.plugins,
    quotientValueLabels: {
      texts: [rows.map((row) => formatDecimal(row.score, options.language, 2))],
      position: 'end',
    },
  };
  return config(
    'bar',
    {
      labels: rows.map((row) => `${row.rank}. ${participantName(row.id, options)}`),
      datasets: [
        {
          label: labels.weightedScore,
          data: rows.map((row) => Number(row.score)),
          backgroundColor: rows.map((row) => (row.id === SELF_ID ? BRAND : MUTED)),
          borderRadius: 3,
          barPercentage: 0.7,
        },
      ],
    },
    chartOptions,
  );
}

/** Bubble radius in pixels for a share of the largest value: area grows with the value. */
function radius(value: number, largest: number, min = 6, max = 28): number {
  if (!(largest > 0) || !(value > 0)) return min;
  return min + (max - min) * Math.sqrt(value / largest);
}

/** The chart width at which bubbles have their full radius; narrower charts shrink them. */
const FULL_BUBBLES_WIDTH = 720;

/**
 * Bubble radii as a scriptable option: full size in the document PNG, down to two thirds in a
 * narrow editor chart, so the names find room between the bubbles. (A radius in the data, `r`,
 * would be fixed.)
 */
function bubbleRadii(radii: readonly number[]) {
  return ({ chart, dataIndex }: ScriptableContext<'bubble'>) =>
    (radii[dataIndex] ?? 0) * Math.min(1, Math.max(2 / 3, chart.width / FULL_BUBBLES_WIDTH));
}

function positioningConfig(
  analysis: ChartAnalysis,
  options: AnalysisChartOptions,
  labels: AnalysisLabels,
) {
  const points = analysis.positions ?? [];
  const fit = positioningFit(points);
  const subtitle =
    fit === null
      ? undefined
      : labels.positioningSummary(
          formatDecimal(fit.slope, options.language, 2),
          formatDecimal(fit.intercept, options.language, 2),
        );
  const chartOptions = baseOptions(options, analysis.title, subtitle);
  const largestShare = Math.max(0, ...points.map((point) => Number(point.marketSharePct)));
  const prices = points.map((point) => Number(point.priceIndex));
  const lineYs = fit ? fit.line.map((point) => point.y) : [];
  const yMax = Math.max(150, ...prices, ...lineYs) * 1.1;
  const yMin = Math.min(50, ...prices, ...lineYs) * 0.9;
  chartOptions.scales = {
    x: {
      type: 'linear',
      min: 0,
      max: 100,
      title: { display: true, text: labels.performance, font: font(11) },
      ticks: { font: font(11) },
    },
    y: {
      type: 'linear',
      min: Math.floor(yMin / 20) * 20,
      max: Math.ceil(yMax / 20) * 20,
      title: { display: true, text: labels.priceIndex, font: font(11) },
      ticks: { font: font(11) },
    },
  };
  chartOptions.plugins = {
    ...chartOptions.plugins,
    legend: {
      display: fit !== null,
      position: 'bottom',
      labels: { font: font(11), usePointStyle: true },
    },
    quotientValueLabels: {
      texts: [points.map((point) => participantName(point.competitorId, options))],
      position: 'around',
    },
  };
  const datasets: ChartDataset[] = [
    {
      type: 'bubble',
      label: labels.bubbleShare,
      pointStyle: 'circle',
      data: points.map((point) => ({
        x: Number(point.performanceScore),
        y: Number(point.priceIndex),
      })),
      radius: bubbleRadii(
        points.map((point) => radius(Number(point.marketSharePct), largestShare)),
      ),
      backgroundColor: points.map((point) =>
        point.competitorId === SELF_ID ? 'rgba(28, 93, 153, 0.75)' : 'rgba(154, 165, 177, 0.6)',
      ),
      borderColor: points.map((point) => (point.competitorId === SELF_ID ? BRAND : '#7b8794')),
      borderWidth: 1,
    },
  ];
  if (fit !== null) {
    datasets.push({
      type: 'line',
      label: labels.fairValue,
      data: fit.line,
      borderColor: ACCENT,
      backgroundColor: ACCENT,
      borderWidth: 2,
      borderDash: [6, 4],
      pointRadius: 0,
      pointStyle: 'line',
      fill: false,
    });
  }
  return config('bubble', { datasets }, chartOptions);
}

function marketSizeConfig(
  analysis: ChartAnalysis,
  options: AnalysisChartOptions,
  labels: AnalysisLabels,
) {
  const market = analysis.market;
  let sizes: { tam: string; sam: string; som: string } | null = null;
  if (market) {
    try {
      sizes = marketSize(market);
    } catch {
      sizes = null;
    }
  }
  const currency = market?.currency ?? 'EUR';
  const money = (amount: string) => formatMoney(amount, currency, options.language);
  const values = sizes ? [sizes.tam, sizes.sam, sizes.som] : [];
  const chartOptions = baseOptions(options, analysis.title, labels.kind['market-size']);
  const half = sizes ? Number(sizes.tam) / 2 : 1;
  chartOptions.indexAxis = 'y';
  chartOptions.scales = {
    // A funnel: each bar centred on zero, so SOM sits inside SAM inside TAM.
    x: { display: false, min: -half * 1.02 || -1, max: half * 1.02 || 1 },
    y: {
      ticks: { font: font(12, 'bold'), color: TEXT },
      grid: { display: false },
      border: { display: false },
    },
  };
  return config(
    'bar',
    {
      // The amounts under the names: a small SOM bar has no room for its own.
      labels: sizes
        ? [labels.tam, labels.sam, labels.som].map((label, index) => [
            label,
            money(values[index] as string),
          ])
        : [],
      datasets: [
        {
          label: labels.kind['market-size'],
          data: values.map((value) => [-Number(value) / 2, Number(value) / 2]),
          backgroundColor: ['#c6d9ec', '#7fa8d1', BRAND],
          // A share of a share can be tiny: it stays visible.
          minBarLength: 4,
          borderSkipped: false,
          borderRadius: 3,
          barPercentage: 0.9,
          categoryPercentage: 0.9,
        },
      ],
    },
    chartOptions,
  );
}

const QUADRANT_COLORS = {
  star: 'rgba(28, 93, 153, 0.7)',
  'cash-cow': 'rgba(46, 139, 87, 0.7)',
  'question-mark': 'rgba(224, 123, 0, 0.7)',
  'poor-dog': 'rgba(154, 165, 177, 0.7)',
} as const;

function portfolioConfig(
  analysis: ChartAnalysis,
  options: AnalysisChartOptions,
  labels: AnalysisLabels,
) {
  const entries = (analysis.portfolio ?? []).filter((entry) => {
    try {
      bcgQuadrant(entry);
      return Number.isFinite(Number(entry.revenue));
    } catch {
      return false;
    }
  });
  const chartOptions = baseOptions(options, analysis.title, labels.kind.portfolio);
  const largest = Math.max(0, ...entries.map((entry) => Number(entry.revenue)));
  const shares = entries.map((entry) => Number(entry.relativeMarketShare));
  const growths = entries.map((entry) => Number(entry.marketGrowthPct));
  const xMax = Math.max(2, ...shares.map((share) => share * 1.15));
  const yMax = Math.max(20, ...growths.map((growth) => growth + 4));
  const yMin = Math.min(0, ...growths.map((growth) => growth - 4));
  chartOptions.scales = {
    x: {
      type: 'linear',
      min: 0,
      max: Math.ceil(xMax * 2) / 2,
      // High relative share on the left, as the BCG matrix is drawn.
      reverse: true,
      title: { display: true, text: labels.relativeShare, font: font(11) },
      ticks: { font: font(11) },
    },
    y: {
      type: 'linear',
      min: Math.floor(yMin / 5) * 5,
      max: Math.ceil(yMax / 5) * 5,
      title: { display: true, text: labels.marketGrowth, font: font(11) },
      ticks: { font: font(11) },
    },
  };
  chartOptions.plugins = {
    ...chartOptions.plugins,
    quotientQuadrants: {
      lines: { x: HIGH_RELATIVE_SHARE, y: HIGH_GROWTH_PCT },
      labels: {
        topLeft: labels.bcg.star,
        topRight: labels.bcg['question-mark'],
        bottomLeft: labels.bcg['cash-cow'],
        bottomRight: labels.bcg['poor-dog'],
      },
    },
    quotientValueLabels: { texts: [entries.map((entry) => entry.name)], position: 'around' },
  };
  return config(
    'bubble',
    {
      datasets: [
        {
          label: labels.revenue,
          data: entries.map((entry) => ({
            x: Number(entry.relativeMarketShare),
            y: Number(entry.marketGrowthPct),
          })),
          radius: bubbleRadii(
            entries.map((entry) => radius(Number(entry.revenue), largest, 6, 30)),
          ),
          backgroundColor: entries.map((entry) => QUADRANT_COLORS[bcgQuadrant(entry)]),
          borderColor: '#ffffff',
          borderWidth: 1,
        },
      ],
    },
    chartOptions,
  );
}

/**
 * The chart of an analysis as a chart.js configuration, the same for the editor's live chart
 * and the documents' PNG. Charts draw what is valid so far: a matrix whose weights do not sum
 * to 100 shows no bars and says why.
 */
export function analysisChartConfig(
  analysis: ChartAnalysis,
  options: AnalysisChartOptions,
): AnalysisChartConfig {
  const labels = analysisLabels(options.language);
  switch (analysis.kind) {
    case 'swot':
      return swotConfig(analysis, options, labels);
    case 'five-forces':
      return fiveForcesConfig(analysis, options, labels);
    case 'competitor-matrix':
      return matrixConfig(analysis, options, labels);
    case 'positioning':
      return positioningConfig(analysis, options, labels);
    case 'market-size':
      return marketSizeConfig(analysis, options, labels);
    case 'portfolio':
      return portfolioConfig(analysis, options, labels);
  }
}

/** Won and lost opportunities per competitor of a win/loss report, as grouped bars. */
export function winLossChartConfig(
  report: Pick<WinLossReport, 'competitors'>,
  options: AnalysisChartOptions,
): AnalysisChartConfig {
  const labels = analysisLabels(options.language);
  const rows = report.competitors;
  const chartOptions = baseOptions(options, labels.winLossTitle, undefined);
  chartOptions.scales = {
    x: { ticks: { font: font(11), color: TEXT }, grid: { display: false } },
    y: { beginAtZero: true, ticks: { stepSize: 1, precision: 0, font: font(11) } },
  };
  chartOptions.plugins = {
    ...chartOptions.plugins,
    legend: { display: true, position: 'bottom', labels: { font: font(11) } },
  };
  return config(
    'bar',
    {
      labels: rows.map((row) => twoLines(participantName(row.competitorId, options))),
      datasets: [
        {
          label: labels.won,
          data: rows.map((row) => row.won),
          backgroundColor: '#2e8b57',
          borderRadius: 3,
        },
        {
          label: labels.lost,
          data: rows.map((row) => row.lost),
          backgroundColor: '#c0392b',
          borderRadius: 3,
        },
      ],
    },
    chartOptions,
  );
}
