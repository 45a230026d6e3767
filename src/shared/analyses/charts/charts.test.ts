import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { analysisInputSchema, analysisKinds, SELF_ID } from '../../domain/analyses';
import type { AnalysisInput } from '../../domain/analyses';
import {
  sampleAnalyses,
  sampleFiveForces,
  sampleMarketSize,
  sampleMatrix,
  sampleNames,
  samplePortfolio,
  samplePositioning,
  sampleSwot,
} from '#test/analysis-samples';
import { analysisChartConfig, registerAnalysisCharts, winLossChartConfig } from '.';
import { analysisChartPng } from './png';
import { renderChartPng } from '../../documents/chart';
import { Chart } from '../../documents/chart/register';

const de = { names: sampleNames, language: 'de', companyName: 'Brandt IT GmbH' } as const;
const en = { ...de, language: 'en' } as const;

type AnyOptions = {
  plugins?: Record<string, unknown> & {
    subtitle?: { text?: unknown };
    title?: { text?: unknown };
  };
  scales?: Record<string, Record<string, unknown>>;
  animation?: unknown;
  responsive?: boolean;
  devicePixelRatio?: number;
  indexAxis?: string;
};
const optionsOf = (config: { options?: unknown }) => config.options as AnyOptions;

/** A title's or subtitle's text as a chart this wide would draw it (lines wrap to fit). */
const textAt = (text: unknown, width = 100_000) =>
  (text as (context: unknown) => string | string[])({
    chart: { width, ctx: createCanvas(10, 10).getContext('2d') },
  });
/** The subtitle of a configuration, on one line. */
const subtitleOf = (config: { options?: unknown }) =>
  textAt(optionsOf(config).plugins?.subtitle?.text);

/** Mean and variance of the PNG's luminance: a blank (one-colour) image has none. */
async function pixelStats(png: Uint8Array) {
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  let sum = 0;
  let squares = 0;
  let coloured = 0;
  const pixels = data.length / 4;
  for (let i = 0; i < data.length; i += 4) {
    const luminance = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
    sum += luminance;
    squares += luminance * luminance;
    if (
      Math.max(data[i]!, data[i + 1]!, data[i + 2]!) -
        Math.min(data[i]!, data[i + 1]!, data[i + 2]!) >
      15
    )
      coloured += 1;
  }
  const mean = sum / pixels;
  return {
    width: image.width,
    height: image.height,
    variance: squares / pixels - mean * mean,
    colouredShare: coloured / pixels,
    corner: [...ctx.getImageData(1, 1, 1, 1).data],
  };
}

describe('the sample analyses', () => {
  it('are valid analyses', () => {
    for (const analysis of sampleAnalyses()) {
      expect(analysisInputSchema.safeParse(analysis).success, analysis.kind).toBe(true);
    }
  });
});

describe('analysisChartConfig', () => {
  it('is static for PNG by default and responsive on screen', () => {
    const options = optionsOf(analysisChartConfig(sampleMatrix(), de));
    expect([options.animation, options.responsive, options.devicePixelRatio]).toEqual([
      false,
      false,
      2,
    ]);
    const screen = optionsOf(analysisChartConfig(sampleMatrix(), { ...de, screen: true }));
    expect([screen.responsive, screen.devicePixelRatio]).toEqual([true, undefined]);
  });

  it('SWOT: no data sets, the quadrant plugin holds the four lists in the chart language', () => {
    const config = analysisChartConfig(sampleSwot(), en);
    expect(config.type).toBe('scatter');
    expect(config.data.datasets).toEqual([]);
    expect(optionsOf(config).plugins?.quotientSwot).toEqual({
      quadrants: [
        { title: 'Strengths', items: sampleSwot().strengths, color: expect.any(String) },
        { title: 'Weaknesses', items: sampleSwot().weaknesses, color: expect.any(String) },
        { title: 'Opportunities', items: sampleSwot().opportunities, color: expect.any(String) },
        { title: 'Threats', items: sampleSwot().threats, color: expect.any(String) },
      ],
    });
  });

  it('five forces: a radar 1–5 with the ratings and the average and attractiveness', () => {
    const config = analysisChartConfig(sampleFiveForces(), de);
    expect(config.type).toBe('radar');
    expect(config.data.datasets[0]?.data).toEqual([4, 2, 3, 4, 2]);
    expect(config.data.labels?.[0]).toBe('Wettbewerbsintensität');
    const options = optionsOf(config);
    expect([options.scales?.r?.min, options.scales?.r?.max]).toEqual([0, 5]);
    expect(textAt(options.plugins?.subtitle?.text)).toBe(
      'Durchschnitt 3,00, Attraktivität der Branche: mittel',
    );
  });

  it('competitor matrix: horizontal bars of weighted scores by rank, ours highlighted', () => {
    const config = analysisChartConfig(sampleMatrix(), de);
    expect(config.type).toBe('bar');
    expect(optionsOf(config).indexAxis).toBe('y');
    expect(config.data.labels).toEqual([
      '1. Brandt IT GmbH',
      '2. Kontor Consulting',
      '3. Nordlicht IT',
      '4. Datawerk Systems',
    ]);
    const dataset = config.data.datasets[0] as { data: number[]; backgroundColor: string[] };
    expect(dataset.data).toEqual([3.95, 3.85, 3.55, 3.35]);
    expect(new Set(dataset.backgroundColor.slice(1)).size).toBe(1);
    expect(dataset.backgroundColor[0]).not.toBe(dataset.backgroundColor[1]);
    expect(optionsOf(config).plugins?.quotientValueLabels).toEqual({
      texts: [['3,95', '3,85', '3,55', '3,35']],
      position: 'end',
    });
    expect(subtitleOf(config)).toBe('Brandt IT GmbH: Rang 1 von 4 mit 3,95 Punkten');
  });

  it('competitor matrix whose weights do not sum to 100: no bars and the reason', () => {
    const analysis = sampleMatrix();
    analysis.criteria = analysis.criteria!.map((criterion, index) =>
      index === 0 ? { ...criterion, weightPct: '20' } : criterion,
    );
    const config = analysisChartConfig(analysis, en);
    expect(config.data.datasets[0]?.data).toEqual([]);
    expect(subtitleOf(config)).toBe('The weights do not sum to 100 % or scores are missing');
  });

  it('competitor matrix leaves out scores of someone no longer a participant', () => {
    const analysis = sampleMatrix();
    analysis.participants = [SELF_ID, 'comp-kontor'];
    expect(analysisChartConfig(analysis, de).data.labels).toEqual([
      '1. Brandt IT GmbH',
      '2. Kontor Consulting',
    ]);
  });

  it('positioning: bubbles performance × price index sized by market share', () => {
    const config = analysisChartConfig(samplePositioning(), de);
    expect(config.type).toBe('bubble');
    const bubbles = config.data.datasets[0] as {
      data: { x: number; y: number }[];
      radius: (context: { chart: { width: number }; dataIndex: number }) => number;
    };
    expect(bubbles.data.map(({ x, y }) => [x, y])).toEqual([
      [78, 105],
      [62, 95],
      [48, 80],
      [85, 125],
    ]);
    // The largest share (30 %) is the largest bubble; a smaller share a smaller one.
    const radiiAt = (width: number) =>
      bubbles.data.map((_, dataIndex) => bubbles.radius({ chart: { width }, dataIndex }));
    const radii = radiiAt(720);
    expect(Math.max(...radii)).toBe(radii[2]);
    expect(radii[2]).toBe(28);
    expect(radii[3]!).toBeLessThan(radii[0]!);
    // In a narrow editor chart the bubbles shrink, to two thirds at most.
    radiiAt(480).forEach((r, index) => expect(r).toBeCloseTo((radii[index]! * 2) / 3, 9));
    expect(radiiAt(1200)).toEqual(radii);
    expect(optionsOf(config).plugins?.quotientValueLabels).toEqual({
      texts: [['Brandt IT GmbH', 'Nordlicht IT', 'Datawerk Systems', 'Kontor Consulting']],
      position: 'around',
    });
    // Least squares by hand: slope 3615 / 3299 = 1.0958, intercept (405 − slope × 273) / 4.
    const line = config.data.datasets[1] as { type: string; data: { x: number; y: number }[] };
    expect(line.type).toBe('line');
    expect(line.data).toEqual([
      { x: 48, y: 79.06 },
      { x: 85, y: 119.6 },
    ]);
    expect(subtitleOf(config)).toBe('Fair-Value-Linie: Preisindex = 26,46 + 1,10 × Leistung');
  });

  it('positioning with one point has no fair-value line', () => {
    const analysis = samplePositioning();
    analysis.positions = analysis.positions!.slice(0, 1);
    const config = analysisChartConfig(analysis, de);
    expect(config.data.datasets.map((dataset) => dataset.type)).toEqual(['bubble']);
  });

  it('market size: a funnel of centred bars TAM ⊃ SAM ⊃ SOM with the amounts', () => {
    const config = analysisChartConfig(sampleMarketSize(), de);
    expect(config.data.labels).toEqual([
      ['TAM (Gesamtmarkt)', '88.916.650,50 €'],
      ['SAM (bedienbarer Markt)', '33.343.743,94 €'],
      ['SOM (erreichbarer Markt)', '2.083.984,00 €'],
    ]);
    expect(config.data.datasets[0]?.data).toEqual([
      [-88916650.5 / 2, 88916650.5 / 2],
      [-33343743.94 / 2, 33343743.94 / 2],
      [-2083984 / 2, 2083984 / 2],
    ]);
  });

  it('portfolio: bubbles with the quadrant lines at 10 % and 1.0 and the labels in the language', () => {
    const config = analysisChartConfig(samplePortfolio(), en);
    const options = optionsOf(config);
    expect(options.plugins?.quotientQuadrants).toEqual({
      lines: { x: 1, y: 10 },
      labels: {
        topLeft: 'Stars',
        topRight: 'Question Marks',
        bottomLeft: 'Cash Cows',
        bottomRight: 'Poor Dogs',
      },
    });
    expect(options.scales?.x?.reverse).toBe(true);
    const german = optionsOf(analysisChartConfig(samplePortfolio(), de)).plugins
      ?.quotientQuadrants as { labels: Record<string, string> };
    expect(german.labels.topRight).toBe('Fragezeichen');
    const dataset = config.data.datasets[0] as {
      data: { x: number; y: number }[];
      backgroundColor: string[];
    };
    expect(dataset.data.map(({ x, y }) => [x, y])).toEqual([
      [1.4, 14],
      [1.8, 4.5],
      [0.4, 22],
      [0.6, -3],
    ]);
    // One colour per quadrant: star, cash cow, question mark, poor dog are four colours.
    expect(new Set(dataset.backgroundColor).size).toBe(4);
  });

  it('draws an editor draft that is empty or half typed without throwing', () => {
    for (const kind of analysisKinds) {
      expect(() => analysisChartConfig({ kind, title: '' }, de), kind).not.toThrow();
    }
    const positioning = analysisChartConfig(
      {
        kind: 'positioning',
        title: 'Entwurf',
        positions: [
          { competitorId: SELF_ID, priceIndex: '', performanceScore: '70', marketSharePct: '' },
          {
            competitorId: 'comp-kontor',
            priceIndex: '110',
            performanceScore: '',
            marketSharePct: '5',
          },
        ],
      },
      de,
    );
    // No fair-value line from unreadable points; the bubbles are still there.
    expect(positioning.data.datasets.map((dataset) => dataset.type)).toEqual(['bubble']);
    const market = analysisChartConfig(
      {
        kind: 'market-size',
        title: 'Entwurf',
        market: {
          customers: '100',
          revenuePerCustomer: '',
          samPct: '120',
          somPct: '5',
          currency: 'EUR',
        },
      },
      de,
    );
    expect(market.data.datasets[0]?.data).toEqual([]);
    const portfolio = analysisChartConfig(
      {
        kind: 'portfolio',
        title: 'Entwurf',
        portfolio: [
          { ...samplePortfolio().portfolio![0]!, marketGrowthPct: '' },
          samplePortfolio().portfolio![1]!,
        ],
      },
      en,
    );
    expect(portfolio.data.datasets[0]?.data).toHaveLength(1);
  });

  it('win/loss: won and lost bars per competitor', () => {
    const config = winLossChartConfig(
      {
        competitors: [
          { competitorId: 'comp-nordlicht', won: 3, lost: 5 },
          { competitorId: 'comp-gone', won: 1, lost: 0 },
        ] as never,
      },
      { ...de, names: { ...sampleNames, 'comp-gone': 'Altanbieter (gelöscht)' } },
    );
    expect(config.data.labels).toEqual(['Nordlicht IT', ['Altanbieter', '(gelöscht)']]);
    expect(config.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Gewonnen', [3, 1]],
      ['Verloren', [5, 0]],
    ]);
  });
});

describe('analysis charts drawn to PNG in Node', () => {
  it.each(sampleAnalyses().map((analysis) => [analysis.kind, analysis] as const))(
    '%s is drawn, not blank, at twice its size on white',
    async (_kind, analysis: AnalysisInput) => {
      const png = await analysisChartPng(analysis, {
        ...de,
        createCanvas,
        width: 360,
        height: 220,
      });
      const stats = await pixelStats(png);
      expect([stats.width, stats.height, stats.corner]).toEqual([720, 440, [255, 255, 255, 255]]);
      expect(stats.variance).toBeGreaterThan(200);
      // Something in colour was drawn, not only the title text.
      expect(stats.colouredShare).toBeGreaterThan(0.01);
    },
  );

  it('draws the win/loss bars', async () => {
    registerAnalysisCharts(Chart);
    const config = winLossChartConfig(
      {
        competitors: [
          { competitorId: 'comp-nordlicht', won: 3, lost: 5 },
          { competitorId: 'comp-kontor', won: 2, lost: 1 },
        ] as never,
      },
      de,
    );
    const stats = await pixelStats(
      await renderChartPng(config, { width: 360, height: 220, createCanvas }),
    );
    expect(stats.colouredShare).toBeGreaterThan(0.01);
  });

  it('draws an empty matrix without failing, and with less colour than the full one', async () => {
    const analysis = { ...sampleMatrix(), participants: [] };
    const empty = await pixelStats(
      await analysisChartPng(analysis, { ...de, createCanvas, width: 360, height: 220 }),
    );
    const full = await pixelStats(
      await analysisChartPng(sampleMatrix(), { ...de, createCanvas, width: 360, height: 220 }),
    );
    expect(empty.colouredShare).toBeLessThan(full.colouredShare / 2);
  });
});
