import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import type { ChartItem } from 'chart.js';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analysisChartConfig, matrixRanking, participantName, registerAnalysisCharts } from '.';
import type { ChartAnalysis } from '.';
import { Chart } from '../../documents/chart/register';
import { boxHitsBubble, boxesOverlap, labelVariants, placeBubbleLabels } from './placement';
import type { Box, Bubble, PlacedLabel } from './placement';
import { cssFont, placedBubbleLabels } from './plugins';
import { dropLegalForm, fitLabel, fitLines, splitInTwo, truncateText, wrapWords } from './text';

// Labels that are never clipped or squeezed, and bubble names that never overlap: the pure
// rules with a fixed-width measure, then the demo workspace's charts drawn as the editor
// (about 400 px wide) and the Word/Excel PNG (720 × 440) draw them.

/** 7 px per character: easy to reckon with. */
const mono: (text: string) => number = (text) => [...text].length * 7;

describe('dropLegalForm', () => {
  it.each([
    ['Südwerk IT-Systeme GmbH & Co. KG', 'Südwerk IT-Systeme'],
    ['Brightwater Consulting Deutschland GmbH', 'Brightwater Consulting Deutschland'],
    ['Rheinknie Pharma Services AG', 'Rheinknie Pharma Services'],
    ['Elbe Data UG (haftungsbeschränkt)', 'Elbe Data'],
    ['Hansen Technik e. K.', 'Hansen Technik'],
    ['Northwind Traders Ltd.', 'Northwind Traders'],
    ['Kontor Consulting', 'Kontor Consulting'],
    // Only a separate legal form at the end, and never the whole name.
    ['Stage', 'Stage'],
    ['Backstage AG', 'Backstage'],
    ['GmbH', 'GmbH'],
  ])('%s → %s', (name, short) => {
    expect(dropLegalForm(name)).toBe(short);
  });
});

describe('fitLines', () => {
  it('keeps a label that fits on one line', () => {
    expect(fitLines('1. Kontor Consulting', 200, mono)).toEqual(['1. Kontor Consulting']);
    expect(fitLabel('1. Kontor Consulting', 200, mono)).toBe('1. Kontor Consulting');
  });

  it('wraps a long label into two lines of about equal width, legal form kept', () => {
    const label = '6. Brightwater Consulting Deutschland GmbH';
    expect(fitLines(label, 200, mono)).toEqual(['6. Brightwater Consulting', 'Deutschland GmbH']);
    expect(fitLabel(label, 200, mono)).toEqual(['6. Brightwater Consulting', 'Deutschland GmbH']);
    // Greedy wrapping would leave "GmbH & Co. KG" alone on the second line only by luck.
    expect(fitLines('5. Südwerk IT-Systeme GmbH & Co. KG', 180, mono)).toEqual([
      '5. Südwerk IT-Systeme',
      'GmbH & Co. KG',
    ]);
  });

  it('drops the legal form only when two lines are still too narrow', () => {
    // In 15 characters a line the full name needs three lines, without "GmbH & Co. KG" two.
    expect(fitLines('5. Südwerk IT-Systeme GmbH & Co. KG', 105, mono)).toEqual([
      '5. Südwerk',
      'IT-Systeme',
    ]);
  });

  it('cuts the last line with an ellipsis when even that is not enough', () => {
    const lines = fitLines('6. Brightwater Consulting Deutschland GmbH', 130, mono);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('6. Brightwater');
    expect(lines[1]).toMatch(/^Consulting .*…$/);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(130);
    // One word longer than the line is cut as well.
    expect(fitLines('Donaudampfschifffahrtsgesellschaft', 70, mono)).toEqual(['Donaudamp…']);
  });

  it('gives a title up to three lines', () => {
    const title = 'Fünf Kräfte: IT-Dienstleistungen für den Mittelstand in Norddeutschland';
    const lines = fitLines(title, 250, mono, 3);
    expect(lines.join(' ')).toBe(title);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(250);
  });

  it('helpers: wrapWords, splitInTwo, truncateText', () => {
    expect(wrapWords('a bb ccc dddd', 35, mono)).toEqual(['a bb', 'ccc', 'dddd']);
    expect(splitInTwo('Managed Microsoft 365', mono)).toEqual(['Managed', 'Microsoft 365']);
    expect(splitInTwo('Einwort', mono)).toEqual(['Einwort']);
    expect(truncateText('Kaveri Digital Services', 63, mono)).toBe('Kaveri D…');
    expect(truncateText('Kaveri', 70, mono)).toBe('Kaveri');
  });
});

const area: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const inside = (box: Box, within: Box) =>
  box.left >= within.left &&
  box.right <= within.right &&
  box.top >= within.top &&
  box.bottom <= within.bottom;

/** Every placed label inside the area, clear of each other and of every bubble. */
function expectClear(placed: PlacedLabel[], bubbles: readonly Bubble[], within: Box) {
  for (const label of placed) {
    expect(label.free, label.lines.join(' ')).toBe(true);
    expect(inside(label.box, within), label.lines.join(' ')).toBe(true);
    for (const bubble of bubbles) expect(boxHitsBubble(label.box, bubble)).toBe(false);
  }
  for (const [i, a] of placed.entries()) {
    for (const b of placed.slice(i + 1)) {
      expect(boxesOverlap(a.box, b.box), `${a.lines} / ${b.lines}`).toBe(false);
    }
  }
}

describe('placeBubbleLabels', () => {
  const options = { area, measure: mono, lineHeight: 13 };

  it('puts a name right of its bubble, and left of it at the right edge of the area', () => {
    const bubbles = [
      { x: 50, y: 100, r: 10 },
      { x: 380, y: 200, r: 10 },
    ];
    const placed = placeBubbleLabels(bubbles, ['Nordkap', 'Kaveri'], options);
    expect(placed.map((label) => [label.lines, label.position])).toEqual([
      [['Nordkap'], 'right'],
      [['Kaveri'], 'left'],
    ]);
    expect(placed[0]!.box).toEqual({ left: 63, top: 93.5, right: 112, bottom: 106.5 });
    expectClear(placed, bubbles, area);
  });

  it('tries left, above and below when the right is taken, and keeps names apart', () => {
    // Three bubbles in a row: the middle one's right is the next bubble.
    const bubbles = [
      { x: 100, y: 150, r: 12 },
      { x: 130, y: 150, r: 12 },
      { x: 160, y: 150, r: 12 },
    ];
    const placed = placeBubbleLabels(bubbles, ['Alpha', 'Beta', 'Gamma'], options);
    expect(placed.map((label) => label.position)).toEqual(['left', 'above', 'right']);
    expectClear(placed, bubbles, area);
  });

  it('drops the legal form, then wraps, before moving a name away from its bubble', () => {
    const bubbles = [{ x: 200, y: 150, r: 10 }];
    // No room above or below; 167 px right of the bubble: "Brightwater Consulting
    // Deutschland" (238 px) does not fit there, in two lines (at most 154 px) it does.
    const flat = { ...options, area: { left: 20, top: 135, right: 380, bottom: 165 } };
    const [label] = placeBubbleLabels(bubbles, ['Brightwater Consulting Deutschland GmbH'], flat);
    expect(label!.lines).toEqual(['Brightwater', 'Consulting Deutschland']);
    expect([label!.position, label!.distance, label!.free]).toEqual(['right', 0, true]);
    // With room below, the whole name goes there on one line.
    const [below] = placeBubbleLabels(bubbles, ['Brightwater Consulting Deutschland GmbH'], {
      ...flat,
      area: { ...flat.area, bottom: 200 },
    });
    expect([below!.lines, below!.position]).toEqual([
      ['Brightwater Consulting Deutschland GmbH'],
      'below',
    ]);
    expect(
      labelVariants('Brightwater Consulting Deutschland GmbH', mono, 60).map((lines) =>
        lines.join(' / '),
      ),
    ).toEqual([
      'Brightwater Consulting Deutschland GmbH',
      'Brightwater Consulting Deutschland',
      'Brightwater / Consulting Deutschland',
      'Brightwater',
      'Brightw…',
    ]);
  });

  it('moves a name away (with a leader line) where the bubbles leave no room beside it', () => {
    // A ring of bubbles around the middle one.
    const bubbles = [
      { x: 200, y: 150, r: 8 },
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((step) => ({
        x: 200 + 26 * Math.cos((step * Math.PI) / 4),
        y: 150 + 26 * Math.sin((step * Math.PI) / 4),
        r: 12,
      })),
    ];
    const names = ['Mitte', ...'ABCDEFGH'.split('').map((letter) => `Ring ${letter}`)];
    const placed = placeBubbleLabels(bubbles, names, options);
    expect(placed).toHaveLength(9);
    expect(placed[0]!.distance).toBeGreaterThan(0);
    expectClear(placed, bubbles, area);
  });

  it('keeps every name inside the area even where nothing is free, and says so', () => {
    const tiny = { left: 0, top: 0, right: 120, bottom: 40 };
    const bubbles = [0, 1, 2, 3].map((step) => ({ x: 20 + step * 25, y: 20, r: 14 }));
    const placed = placeBubbleLabels(
      bubbles,
      ['Nordkap Systemhaus', 'Kaveri Digital', 'Stratos Cloud', 'Havelland IT'],
      { ...options, area: tiny },
    );
    expect(placed).toHaveLength(4);
    expect(placed.some((label) => !label.free)).toBe(true);
    for (const label of placed) expect(inside(label.box, tiny)).toBe(true);
  });

  it('is deterministic and leaves out empty names', () => {
    const bubbles = [
      { x: 100, y: 100, r: 20 },
      { x: 130, y: 110, r: 15 },
      { x: 300, y: 50, r: 5 },
    ];
    const names = ['Nordlicht IT-Beratung GmbH', '', 'Wolkenwerk Software GmbH'];
    const first = placeBubbleLabels(bubbles, names, options);
    expect(placeBubbleLabels(bubbles, names, options)).toEqual(first);
    expect(first.map((label) => label.index)).toEqual([0, 2]);
  });
});

// The demo workspace as the app imports it: competitors by key, the own company as SELF.
type DemoWorkspace = {
  company: { name: string };
  competitors: { key: string; name: string }[];
  analyses: (ChartAnalysis & { kind: string })[];
};
const demo = JSON.parse(
  readFileSync(new URL('../../../../resources/demo/workspace.de.json', import.meta.url), 'utf8'),
) as DemoWorkspace;
const names = Object.fromEntries(demo.competitors.map(({ key, name }) => [key, name]));
const demoAnalyses = (kind: string) => demo.analyses.filter((analysis) => analysis.kind === kind);
const chartOptions = (language: 'de' | 'en') => ({
  names,
  language,
  companyName: demo.company.name,
});

let charts: Chart[] = [];
beforeAll(() => registerAnalysisCharts(Chart));
afterEach(() => {
  for (const chart of charts) chart.destroy();
  charts = [];
});

/** The analysis's chart drawn on a Node canvas of this size, as the PNG export draws it. */
function draw(analysis: ChartAnalysis, language: 'de' | 'en', width: number, height: number) {
  const canvas = createCanvas(width, height);
  const chart = new Chart(
    canvas as unknown as ChartItem,
    analysisChartConfig(analysis, chartOptions(language)),
  );
  charts.push(chart);
  return { chart, ctx: canvas.getContext('2d') };
}

// The editor's chart at 1280 × 720 (about 400 px wide, 420 high) and the document PNG.
const SIZES = [
  [390, 420],
  [430, 420],
  [720, 440],
] as const;

describe('the demo positioning and portfolio charts: names beside their bubbles', () => {
  const cases = ['positioning', 'portfolio'].flatMap((kind) =>
    demoAnalyses(kind).flatMap((analysis) =>
      (['de', 'en'] as const).flatMap((language) =>
        SIZES.map(([width, height]) => [kind, language, width, height, analysis] as const),
      ),
    ),
  );

  it('the demo has a positioning and a portfolio', () => {
    expect(cases.map(([kind]) => kind)).toEqual(
      expect.arrayContaining(['positioning', 'portfolio']),
    );
  });

  it.each(cases)(
    '%s (%s) at %i × %i: every name placed, inside the area, overlapping nothing',
    (kind, language, width, height, analysis) => {
      const { chart } = draw(analysis, language, width, height);
      const bubbles = chart.getDatasetMeta(0).data.map((element) => {
        const { x, y, options } = element as unknown as {
          x: number;
          y: number;
          options: { radius: number };
        };
        return { x, y, r: options.radius };
      });
      const expected =
        kind === 'positioning'
          ? (analysis.positions ?? []).map((point) =>
              point.competitorId === 'self' ? demo.company.name : names[point.competitorId],
            )
          : (analysis.portfolio ?? []).map((entry) => entry.name);
      const placed = placedBubbleLabels(chart)!;
      expect(placed.map((label) => label.index)).toEqual(expected.map((_, index) => index));
      expectClear(placed, bubbles, chart.chartArea);
      for (const label of placed) {
        // Each label is its bubble's name, whole or shortened from its end, never another's.
        const text = label.lines.join(' ').replace(/…$/, '');
        expect(expected[label.index]!.startsWith(text), `${text}`).toBe(true);
      }
      if (kind === 'portfolio') {
        // Clear of the quadrant names in the corners as well.
        const { ctx } = chart;
        ctx.font = cssFont(13, true);
        const corner = ctx.measureText(language === 'de' ? 'Fragezeichen' : 'Question Marks');
        const topRight: Box = {
          left: chart.chartArea.right - 6 - corner.width,
          right: chart.chartArea.right - 6,
          top: chart.chartArea.top + 6,
          bottom: chart.chartArea.top + 21,
        };
        for (const label of placed) expect(boxesOverlap(label.box, topRight)).toBe(false);
      }
      // At the document's size every name is shown whole or without its legal form only.
      if (width === 720) {
        for (const label of placed) {
          const name = expected[label.index]!;
          expect([name, dropLegalForm(name)]).toContain(label.lines.join(' '));
        }
      }
    },
  );
});

type CategoryScale = {
  left: number;
  right: number;
  ticks: { label: string | string[] }[];
  options: { ticks: { padding: number } };
};

describe('the demo competitor matrices: participant names never clipped', () => {
  const cases = demoAnalyses('competitor-matrix').flatMap((analysis) =>
    (['de', 'en'] as const).flatMap((language) =>
      [[400, 360] as const, [640, 320] as const, [720, 440] as const].map(
        ([width, height]) => [analysis.title, language, width, height, analysis] as const,
      ),
    ),
  );

  it.each(cases)('%s (%s) at %i × %i', (_title, language, width, height, analysis) => {
    const { chart, ctx } = draw(analysis, language, width, height);
    const scale = chart.scales.y as unknown as CategoryScale;
    ctx.font = cssFont(12);
    const participants = analysis.participants ?? [];
    expect(scale.ticks).toHaveLength(participants.length);
    for (const tick of scale.ticks) {
      const lines = Array.isArray(tick.label) ? tick.label : [tick.label];
      expect(lines.length).toBeLessThanOrEqual(2);
      // Drawn right-aligned at the axis: its left end must not leave the axis's box.
      for (const line of lines) {
        const leftEnd = scale.right - scale.options.ticks.padding - ctx.measureText(line).width;
        expect(leftEnd, line).toBeGreaterThanOrEqual(scale.left);
        expect(scale.left).toBeGreaterThanOrEqual(0);
      }
      // The rank and the whole name (a narrow chart wraps it; it is cut nowhere here).
      const text = lines.join(' ');
      expect(text).toMatch(/^\d\. /);
      const name = text.replace(/^\d\. /, '');
      expect([...Object.values(names), demo.company.name].map(dropLegalForm)).toContain(
        dropLegalForm(name),
      );
    }
  });

  it('wraps the names in the editor, without legal form at most, never cut', () => {
    const analysis = demoAnalyses('competitor-matrix')[0]!;
    const { chart } = draw(analysis, 'de', 400, 360);
    const labels = (chart.scales.y as unknown as CategoryScale).ticks.map((tick) => tick.label);
    const ranked = matrixRanking(analysis)!.map(
      (row) => `${row.rank}. ${participantName(row.id, chartOptions('de'))}`,
    );
    expect(labels).toHaveLength(ranked.length);
    labels.forEach((label, index) => {
      const text = Array.isArray(label) ? label.join(' ') : label;
      expect([ranked[index], dropLegalForm(ranked[index]!)]).toContain(text);
    });
    const brightwater = labels.find((label) => String(label).includes('Brightwater'));
    expect(Array.isArray(brightwater) && brightwater.length).toBe(2);
  });
});

describe('titles wrap instead of being squeezed', () => {
  it.each([
    ['competitor-matrix', 400],
    ['five-forces', 400],
    ['market-size', 400],
    ['positioning', 400],
    ['five-forces', 720],
  ] as const)('%s at %i px', (kind, width) => {
    const analysis = demoAnalyses(kind).at(-1)!;
    const { chart, ctx } = draw(analysis, 'de', width, 400);
    const title = (chart as unknown as { titleBlock: { options: { text: string | string[] } } })
      .titleBlock.options.text;
    const lines = Array.isArray(title) ? title : [title];
    expect(lines.join(' ')).toBe(analysis.title);
    ctx.font = cssFont(15, true);
    for (const line of lines) {
      expect(ctx.measureText(line).width, line).toBeLessThanOrEqual(width - 16);
    }
    if (ctx.measureText(analysis.title).width > width - 16) expect(lines.length).toBeGreaterThan(1);
  });
});
