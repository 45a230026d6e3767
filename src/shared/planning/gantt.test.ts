import { writeFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { itProjectAnalysis, largeAnalysis, sampleAnalysis } from '#test/plan-view-samples';
import { planRows } from '#test/planning-fixtures';
import { analysePlan } from './analyse';
import { ganttLayout, paintGantt } from './gantt';
import type { GanttContext, GanttLayout, GanttTheme } from './gantt';

const theme: GanttTheme = {
  critical: '#e03131',
  bar: '#4c6ef5',
  phase: '#343a40',
  milestone: '#f08c00',
  today: '#2f9e44',
  grid: '#dee2e6',
  text: '#212529',
  font: '12px sans-serif',
  weekend: '#f1f3f5',
};
const rgb = (hex: string) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/** Paints the whole layout on a Node canvas; the pixel reader answers [r, g, b] at (x, y). */
function paintPng(layout: GanttLayout, options: Partial<Parameters<typeof paintGantt>[2]> = {}) {
  const width = options.width ?? layout.width;
  const height = options.height ?? layout.height;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  paintGantt(ctx, layout, { theme, language: 'de', ...options });
  const { data } = ctx.getImageData(0, 0, width, height);
  const pixel = (x: number, y: number) => {
    const at = (Math.floor(y) * width + Math.floor(x)) * 4;
    return [data[at]!, data[at + 1]!, data[at + 2]!];
  };
  return { canvas, pixel };
}

/** A context that records the texts and filled rectangles painted on it. */
function recordingContext() {
  const texts: string[] = [];
  const rects: { y: number; style: unknown }[] = [];
  const recorder: GanttContext = {
    font: '',
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    textBaseline: '',
    textAlign: '',
    fillRect(_x, y) {
      rects.push({ y, style: this.fillStyle });
    },
    strokeRect() {},
    beginPath() {},
    moveTo() {},
    lineTo() {},
    closePath() {},
    stroke() {},
    fill() {},
    fillText(text) {
      texts.push(text);
    },
    measureText: (text) => ({ width: text.length * 6 }),
    save() {},
    restore() {},
  };
  return { recorder, texts, rects };
}

describe('ganttLayout', () => {
  const layout = ganttLayout(itProjectAnalysis(), { today: '2027-05-12', language: 'de' });
  // 16 px a day from Monday 03.05.2027 (x = 280); rows 24 px below a 40 px header.
  const x = (dayOfMay: number) => 280 + (dayOfMay - 3) * 16;

  it('lays out phases, packages and milestones in WBS order with their bars', () => {
    const bar = (
      index: number,
      fields: { id: string; wbs: string; name: string; depth: number; kind: string },
      [x0, x1]: [number, number],
      critical: boolean,
      [start, finish]: [string, string],
    ) => ({ ...fields, y: 40 + index * 24, x0, x1, critical, start, finish });
    expect(layout.rows).toEqual([
      bar(
        0,
        { id: 'p1', wbs: '1', name: 'Konzeption', depth: 0, kind: 'phase' },
        [x(3), x(14)],
        true,
        ['2027-05-03', '2027-05-13'],
      ),
      bar(
        1,
        { id: 'a', wbs: '1.1', name: 'Anforderungsanalyse', depth: 1, kind: 'package' },
        [x(3), x(11)], // 03.–10.05. around Christi Himmelfahrt: 5 working days
        true,
        ['2027-05-03', '2027-05-10'],
      ),
      bar(
        2,
        { id: 'b', wbs: '1.2', name: 'Architektur & Design', depth: 1, kind: 'package' },
        [x(11), x(14)],
        true,
        ['2027-05-11', '2027-05-13'],
      ),
      bar(
        3,
        { id: 'm1', wbs: '', name: 'Konzept abgenommen', depth: 2, kind: 'milestone' },
        [x(14), x(14)], // at the end of its package's last day
        true,
        ['2027-05-13', '2027-05-13'],
      ),
      bar(
        4,
        { id: 'p2', wbs: '2', name: 'Umsetzung', depth: 0, kind: 'phase' },
        [x(14), x(34)],
        true,
        ['2027-05-14', '2027-06-02'],
      ),
      bar(
        5,
        { id: 'c', wbs: '2.1', name: 'Entwicklung', depth: 1, kind: 'package' },
        [x(14), x(32)],
        true,
        ['2027-05-14', '2027-05-31'],
      ),
      bar(
        6,
        { id: 'd', wbs: '2.2', name: 'Testkonzept', depth: 1, kind: 'package' },
        [x(14), x(21)],
        false,
        ['2027-05-14', '2027-05-20'],
      ),
      bar(
        7,
        { id: 'e', wbs: '2.3', name: 'Abnahme', depth: 1, kind: 'package' },
        [x(32), x(34)],
        true,
        ['2027-06-01', '2027-06-02'],
      ),
      bar(
        8, // a phase's milestone follows the phase's last package
        { id: 'm2', wbs: '', name: 'Go-live', depth: 1, kind: 'milestone' },
        [x(34), x(34)],
        true,
        ['2027-06-02', '2027-06-02'],
      ),
    ]);
  });

  it('has a week axis with ISO weeks, today in the middle of its day and the full size', () => {
    expect(layout.ticks).toEqual([
      { x: x(3), label: 'KW 18', weekStart: '2027-05-03' },
      { x: x(10), label: 'KW 19', weekStart: '2027-05-10' },
      { x: x(17), label: 'KW 20', weekStart: '2027-05-17' },
      { x: x(24), label: 'KW 21', weekStart: '2027-05-24' },
      { x: x(31), label: 'KW 22', weekStart: '2027-05-31' },
      { x: x(38), label: 'KW 23', weekStart: '2027-06-07' },
    ]);
    expect(layout.todayX).toBe(x(12) + 8);
    expect(layout.holidays).toEqual([
      { x: x(6), date: '2027-05-06', name: 'Christi Himmelfahrt' },
      { x: x(17), date: '2027-05-17', name: 'Pfingstmontag' },
      { x: x(27), date: '2027-05-27', name: 'Fronleichnam' },
    ]);
    expect([layout.width, layout.height, layout.axisStart]).toEqual([
      280 + 42 * 16,
      40 + 9 * 24,
      '2027-05-03',
    ]);
    const english = ganttLayout(itProjectAnalysis(), { today: '2027-05-12', language: 'en' });
    expect(english.ticks[0]!.label).toBe('CW 18');
  });

  it('routes each link from the predecessor end onto the successor bar; driving critical links are critical', () => {
    const top = (row: number) => 40 + row * 24 + 24 * 0.22;
    const arrow = (from: string, to: string) =>
      layout.arrows.find((candidate) => candidate.from === from && candidate.to === to);
    expect(arrow('a', 'b')).toEqual({
      from: 'a',
      to: 'b',
      points: [
        [x(11), 40 + 24 + 12],
        [x(11) + 6, 40 + 24 + 12],
        [x(11) + 6, top(2)],
      ],
      critical: true,
      span: [1, 2],
    });
    expect(arrow('d', 'e')).toEqual({
      from: 'd',
      to: 'e',
      points: [
        [x(21), 40 + 6 * 24 + 12],
        [x(32) + 6, 40 + 6 * 24 + 12],
        [x(32) + 6, top(7)],
      ],
      critical: false,
      span: [6, 7],
    });
    expect(layout.arrows.map((entry) => [entry.from, entry.to, entry.critical])).toEqual([
      ['a', 'b', true],
      ['b', 'c', true],
      ['b', 'd', false],
      ['c', 'e', true],
      ['d', 'e', false],
    ]);
  });

  it('widens the axis to a nearby today and leaves a distant one off (null)', () => {
    const early = ganttLayout(itProjectAnalysis(), { today: '2027-04-20', language: 'de' });
    expect(early.axisStart).toBe('2027-04-19');
    expect(early.todayX).toBe(280 + 1 * 16 + 8);
    const far = ganttLayout(itProjectAnalysis(), { today: '2026-12-08', language: 'de' });
    expect([far.axisStart, far.todayX]).toEqual(['2027-05-03', null]);
  });

  it('gives a package without effort no length, nor its phase a day more', () => {
    const analysis = sampleAnalysis({
      startDate: '2027-05-03',
      calendar: { state: 'BY' },
      phases: [
        {
          id: 'p',
          name: 'Phase',
          children: [
            { id: 'a', name: 'A', effort: 2 },
            { id: 'z', name: 'Freigabe', effort: 0, predecessors: ['a'] },
          ],
        },
      ],
    });
    // The phase's finish as the analysis may give it: the date of its last child, without effort.
    analysis.dates.p = { ...analysis.dates.p!, finish: '2027-05-05' };
    const rows = ganttLayout(analysis, { today: '2027-05-03', language: 'de' }).rows;
    expect(rows.map((row) => [row.id, row.x0, row.x1])).toEqual([
      ['p', 280, 280 + 2 * 16],
      ['a', 280, 280 + 2 * 16],
      ['z', 280 + 2 * 16, 280 + 2 * 16],
    ]);
  });

  it('keeps rows without bars on a plan without dates (a cycle)', () => {
    const analysis = { ...itProjectAnalysis(), dates: {}, criticalPath: [], duration: null };
    const empty = ganttLayout(analysis, { today: '2027-05-12', language: 'de' });
    expect(empty.rows).toHaveLength(9);
    expect(
      empty.rows.filter((row) => row.kind !== 'milestone').every((row) => row.start === ''),
    ).toBe(true);
    expect(empty.arrows).toEqual([]);
  });
});

describe('paintGantt', () => {
  it('draws critical bars and milestones in the critical colour, others in the bar colour, and a dashed today line', async () => {
    const layout = ganttLayout(itProjectAnalysis(), { today: '2027-05-12', language: 'de' });
    const { canvas, pixel } = paintPng(layout);
    const middle = (row: number) => layout.rows[row]!.y + 12;
    const centre = (row: number) => (layout.rows[row]!.x0 + layout.rows[row]!.x1) / 2;
    expect(pixel(centre(5), middle(5))).toEqual(rgb(theme.critical)); // 2.1 Entwicklung
    expect(pixel(centre(1), middle(1))).toEqual(rgb(theme.critical)); // 1.1
    expect(pixel(centre(6), middle(6))).toEqual(rgb(theme.bar)); // 2.2 Testkonzept has float
    expect(pixel(layout.rows[3]!.x0, middle(3))).toEqual(rgb(theme.critical)); // diamond
    expect(pixel(layout.rows[3]!.x0 + 20, middle(3))).not.toEqual(rgb(theme.critical));
    // Today's line: dashed, below the header only.
    const todayColumn = Array.from({ length: layout.height - 40 }, (_, i) =>
      pixel(layout.todayX!, 40 + i),
    );
    const onLine = todayColumn.filter((colour) => colour.join() === rgb(theme.today).join());
    expect(onLine.length).toBeGreaterThan(todayColumn.length / 3);
    expect(onLine.length).toBeLessThan(todayColumn.length);
    expect(pixel(layout.todayX!, 20)).not.toEqual(rgb(theme.today));
    // Holidays shaded like weekends: Fronleichnam (27.05.) in the empty row of 1.1.
    expect(pixel(layout.holidays[2]!.x + 8, middle(1))).toEqual(rgb(theme.weekend!));
    expect(pixel(layout.holidays[2]!.x - 8, middle(1))).toEqual([255, 255, 255]);
    // Labels and header are painted (text pixels in the label column and the header).
    const dark = (x0: number, y0: number, w: number, h: number) => {
      let count = 0;
      for (let y = y0; y < y0 + h; y += 1)
        for (let x = x0; x < x0 + w; x += 1) if (pixel(x, y)[0]! < 100) count += 1;
      return count;
    };
    expect(dark(0, 40 + 24, 280, 24)).toBeGreaterThan(20); // "1.1 Anforderungsanalyse"
    expect(dark(280, 0, 112, 40)).toBeGreaterThan(20); // "KW 18" / "03.05."
    if (process.env.GANTT_PNG) writeFileSync(process.env.GANTT_PNG, await canvas.encode('png'));
  });

  it('draws 1,000 packages, and only the rows fromRow..toRow when asked', async () => {
    const analysis = largeAnalysis(1_000);
    const layout = ganttLayout(analysis, {
      today: '2027-01-04',
      language: 'en',
      dayWidth: 3,
      rowHeight: 12,
    });
    expect(layout.rows).toHaveLength(1_100); // 100 phases + 1,000 packages
    const { pixel } = paintPng(layout);
    const last = layout.rows.at(-1)!;
    expect(pixel((last.x0 + last.x1) / 2, last.y + 6)).not.toEqual([255, 255, 255]);

    // A recording context: which labels and bars a window of 20 rows paints.
    const { recorder, texts, rects } = recordingContext();
    const scrollY = layout.rows[500]!.y - layout.headerHeight;
    paintGantt(recorder, layout, {
      theme,
      language: 'en',
      fromRow: 500,
      toRow: 520,
      scrollY,
      height: layout.headerHeight + 20 * 12,
    });
    const window = layout.rows.slice(500, 520);
    const labels = texts.filter((text) => /^\d/.test(text) && !/^\w{3} \d/.test(text));
    expect(labels).toEqual(window.map((row) => `${row.wbs} ${row.name}`));
    const barStyles = new Set([theme.bar, theme.critical]);
    const bars = rects.filter((rect) => barStyles.has(rect.style as string));
    expect(bars.map((rect) => rect.y)).toEqual(
      window.filter((row) => row.kind === 'package').map((row) => row.y - scrollY + 12 * 0.22),
    );

    // The same window on a real canvas: row 510's bar at its scrolled place, the header on top.
    const row = layout.rows[510]!;
    const { pixel: windowPixel } = paintPng(layout, {
      fromRow: 500,
      toRow: 520,
      scrollY,
      height: layout.headerHeight + 20 * 12,
    });
    const colour = row.critical ? theme.critical : theme.bar;
    expect(windowPixel((row.x0 + row.x1) / 2, row.y - scrollY + 6)).toEqual(rgb(colour));
  });

  it('keeps the label column and header in place when the chart scrolls sideways', () => {
    const layout = ganttLayout(itProjectAnalysis(), { today: '2027-05-12', language: 'de' });
    const row = layout.rows[7]!; // 2.3 Abnahme, critical, right end of the chart
    const scrollX = 400;
    const { pixel } = paintPng(layout, { scrollX, width: 600 });
    expect(pixel((row.x0 + row.x1) / 2 - scrollX, row.y + 12)).toEqual(rgb(theme.critical));
    // 1.1's bar scrolled under the label column: not drawn over the labels.
    const hidden = layout.rows[1]!;
    expect(hidden.x0 - scrollX).toBeLessThan(4);
    expect(pixel(4, hidden.y + 12)).not.toEqual(rgb(theme.critical));
  });

  it('hides a week label scrolled under the label column instead of cutting it', () => {
    const layout = ganttLayout(itProjectAnalysis(), { today: '2027-05-12', language: 'de' });
    const { recorder, texts } = recordingContext();
    paintGantt(recorder, layout, { theme, language: 'de', scrollX: 20, width: 600 });
    expect(texts.filter((text) => text.startsWith('KW'))).toEqual(['KW 19', 'KW 20', 'KW 21']);
    expect(texts).toContain('Vorgang');
  });
});

describe('the Gantt of the textbook plan (planRows through analysePlan)', () => {
  // Hillier & Lieberman's network A–H: critical path A B C D G H, E and F with float.
  const analysis = analysePlan(planRows());
  const layout = ganttLayout(analysis, { today: '2027-04-14', language: 'de' });

  it('has a row per node and milestone in WBS order and marks the critical path', () => {
    expect(layout.rows.map((row) => [row.wbs || row.name, row.kind, row.critical])).toEqual([
      ['1', 'phase', true],
      ['1.1', 'package', true],
      ['1.2', 'package', true],
      ['1.3', 'package', true],
      ['Abnahme Konzept', 'milestone', true],
      ['2', 'phase', true],
      ['2.1', 'package', true],
      ['2.2', 'package', false],
      ['2.3', 'package', false],
      ['2.4', 'package', true],
      ['2.5', 'package', true],
      ['Abnahme System', 'milestone', true],
    ]);
    // 38 working days from Monday 22.03.2027 in Bavaria end on Tuesday 18.05.2027.
    expect(layout.rows.at(-1)!.start).toBe('2027-05-18');
    expect(
      layout.arrows.filter((arrow) => arrow.critical).map((arrow) => arrow.from + arrow.to),
    ).toEqual(['AB', 'BC', 'CD', 'DG', 'GH']);
  });

  it('paints it: critical bars red, the float packages in the bar colour, today dashed', async () => {
    const { canvas, pixel } = paintPng(layout);
    const centre = (wbs: string) => {
      const row = layout.rows.find((candidate) => candidate.wbs === wbs)!;
      return [(row.x0 + row.x1) / 2, row.y + 12] as const;
    };
    expect(pixel(...centre('2.5'))).toEqual(rgb(theme.critical));
    expect(pixel(...centre('2.3'))).toEqual(rgb(theme.bar));
    const todayPixels = Array.from({ length: layout.height - 40 }, (_, i) =>
      pixel(layout.todayX!, 40 + i).join(),
    ).filter((colour) => colour === rgb(theme.today).join());
    expect(todayPixels.length).toBeGreaterThan(0);
    if (process.env.GANTT_PNG) {
      writeFileSync(
        process.env.GANTT_PNG.replace(/\.png$/, '-textbook.png'),
        await canvas.encode('png'),
      );
    }
  });
});
