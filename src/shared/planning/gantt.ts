/**
 * The Gantt chart (issue 15) in two pure steps: `ganttLayout` turns a plan analysis into numbers
 * (rows, bars, week ticks, dependency arrows, today's line), `paintGantt` draws them on any
 * canvas-like context, so the app's canvas, the document worker's OffscreenCanvas and
 * @napi-rs/canvas in Node tests share one drawing. Painting only the rows in view keeps a plan
 * of 1,000 packages cheap to scroll.
 */
import type { Language } from '../domain/common';
import { dayNumber, holidaysBetween, isoDate } from './calendar';
import { isoWeek, mondayIndex } from './resources';
import type { PlanAnalysis } from './types';

export type GanttRow = {
  /** The WBS node's id, or the milestone's. */
  id: string;
  /** "1.2"; '' for milestones. */
  wbs: string;
  name: string;
  depth: number;
  kind: 'phase' | 'package' | 'milestone';
  /** Top of the row. */
  y: number;
  /** The bar from the start of its first day to the end of its last; a milestone's diamond at x0 = x1. */
  x0: number;
  x1: number;
  critical: boolean;
  /** ISO dates; '' when the plan has no schedule (a cycle): no bar. */
  start: string;
  finish: string;
};

export type GanttTick = { x: number; label: string; weekStart: string };

export type GanttArrow = {
  from: string;
  to: string;
  /** An orthogonal polyline from the predecessor's bar end onto the successor's bar start. */
  points: [number, number][];
  /** Both ends critical and the link drives the successor's start (no float on it). */
  critical: boolean;
  /** The first and last row index it passes (for painting only the rows in view). */
  span: [number, number];
};

export type GanttLayout = {
  width: number;
  height: number;
  headerHeight: number;
  labelWidth: number;
  dayWidth: number;
  rowHeight: number;
  /** The first day of the time axis (a Monday). */
  axisStart: string;
  rows: GanttRow[];
  /** One per week (Monday): "KW 19" / "CW 19". */
  ticks: GanttTick[];
  /** Holidays on weekdays (public and company): shaded like weekends. */
  holidays: { x: number; date: string; name: string }[];
  /** The middle of today's column, null when today is off the axis. */
  todayX: number | null;
  arrows: GanttArrow[];
};

export type GanttLayoutOptions = {
  /** ISO date; the caller passes it so the layout never reads the clock. */
  today: string;
  language: Language;
  /** Pixels per calendar day (default 16; 4 gives a week view). */
  dayWidth?: number;
  rowHeight?: number;
  labelWidth?: number;
};

/** How far before the start or after the finish today still widens the axis (in days). */
const TODAY_REACH = 42;
const HEADER_HEIGHT = 40;

/** Rows, bars, ticks and arrows of the plan's Gantt chart, in pixels. */
export function ganttLayout(analysis: PlanAnalysis, options: GanttLayoutOptions): GanttLayout {
  const dayWidth = options.dayWidth ?? 16;
  const rowHeight = options.rowHeight ?? 24;
  const labelWidth = options.labelWidth ?? 280;
  const headerHeight = HEADER_HEIGHT;

  let first = dayNumber(analysis.startDate);
  let last = first;
  for (const dates of Object.values(analysis.dates)) {
    first = Math.min(first, dayNumber(dates.start));
    last = Math.max(last, dayNumber(dates.finish));
  }
  const today = dayNumber(options.today);
  if (today >= first - TODAY_REACH && today <= last + TODAY_REACH) {
    first = Math.min(first, today);
    last = Math.max(last, today);
  }
  const axisFirst = first - mondayIndex(first);
  // Whole weeks, plus one so a milestone on the last day keeps its diamond on the chart.
  const axisDays = (Math.floor((last - axisFirst) / 7) + 2) * 7;
  const xOf = (day: number) => labelWidth + (day - axisFirst) * dayWidth;

  const rows: GanttRow[] = [];
  const milestonesBy = new Map<string, PlanAnalysis['milestones']>();
  for (const milestone of analysis.milestones) {
    const list = milestonesBy.get(milestone.packageId) ?? [];
    list.push(milestone);
    milestonesBy.set(milestone.packageId, list);
  }
  const pushRow = (row: Omit<GanttRow, 'y'>) =>
    rows.push({ ...row, y: headerHeight + rows.length * rowHeight });
  const pushMilestones = (nodeId: string, depth: number) => {
    for (const milestone of milestonesBy.get(nodeId) ?? []) {
      const x = milestone.date === '' ? labelWidth : xOf(dayNumber(milestone.date) + 1);
      pushRow({
        id: milestone.id,
        wbs: '',
        name: milestone.name,
        depth,
        kind: 'milestone',
        x0: x,
        x1: x,
        critical: milestone.critical,
        start: milestone.date,
        finish: milestone.date,
      });
    }
  };
  // A phase's milestones come after its last descendant, a package's right after it.
  const openPhases: { id: string; depth: number }[] = [];
  for (const node of analysis.nodes) {
    while (openPhases.length > 0 && openPhases.at(-1)!.depth >= node.depth) {
      const phase = openPhases.pop()!;
      pushMilestones(phase.id, phase.depth + 1);
    }
    const dates = analysis.dates[node.id];
    pushRow({
      id: node.id,
      wbs: node.wbs,
      name: node.name,
      depth: node.depth,
      kind: node.phase ? 'phase' : 'package',
      x0: dates === undefined ? labelWidth : xOf(dayNumber(dates.start)),
      // A package without effort takes no time: a sliver at its start, not a day.
      x1:
        dates === undefined
          ? labelWidth
          : !node.phase && dates.earliestFinish === dates.earliestStart
            ? xOf(dayNumber(dates.start))
            : xOf(dayNumber(dates.finish) + 1),
      critical: dates?.critical ?? false,
      start: dates?.start ?? '',
      finish: dates?.finish ?? '',
    });
    if (node.phase) openPhases.push({ id: node.id, depth: node.depth });
    else pushMilestones(node.id, node.depth + 1);
  }
  while (openPhases.length > 0) {
    const phase = openPhases.pop()!;
    pushMilestones(phase.id, phase.depth + 1);
  }

  // A phase's bar spans its children's bars (a child without effort adds no day to it).
  rows.forEach((row, index) => {
    if (row.kind !== 'phase' || row.start === '') return;
    let x0 = Infinity;
    let x1 = -Infinity;
    for (let next = index + 1; next < rows.length && rows[next]!.depth > row.depth; next += 1) {
      const child = rows[next]!;
      if (child.kind === 'milestone' || child.start === '') continue;
      x0 = Math.min(x0, child.x0);
      x1 = Math.max(x1, child.x1);
    }
    if (x0 <= x1) Object.assign(row, { x0, x1 });
  });

  const ticks: GanttTick[] = [];
  for (let day = axisFirst; day < axisFirst + axisDays; day += 7) {
    const { week } = isoWeek(day);
    ticks.push({
      x: xOf(day),
      label: `${options.language === 'de' ? 'KW' : 'CW'} ${week}`,
      weekStart: isoDate(day),
    });
  }

  const rowIndex = new Map<string, number>();
  rows.forEach((row, index) => {
    if (row.kind !== 'milestone') rowIndex.set(row.id, index);
  });
  const arrows: GanttArrow[] = [];
  for (const dependency of analysis.dependencies) {
    const fromIndex = rowIndex.get(dependency.predecessorId);
    const toIndex = rowIndex.get(dependency.successorId);
    const from = fromIndex === undefined ? undefined : rows[fromIndex];
    const to = toIndex === undefined ? undefined : rows[toIndex];
    if (from === undefined || to === undefined || from.start === '' || to.start === '') continue;
    const fromDates = analysis.dates[from.id]!;
    const toDates = analysis.dates[to.id]!;
    arrows.push({
      from: from.id,
      to: to.id,
      points: arrowPoints(from, to, rowHeight),
      critical:
        from.critical &&
        to.critical &&
        toDates.earliestStart === fromDates.earliestFinish + dependency.lagDays,
      span: [Math.min(fromIndex!, toIndex!), Math.max(fromIndex!, toIndex!)],
    });
  }

  const holidays = holidaysBetween(
    isoDate(axisFirst),
    isoDate(axisFirst + axisDays - 1),
    analysis.calendar,
  )
    .filter((holiday) => mondayIndex(dayNumber(holiday.date)) < 5)
    .map((holiday) => ({ x: xOf(dayNumber(holiday.date)), ...holiday }));
  const todayX =
    today >= axisFirst && today < axisFirst + axisDays ? xOf(today) + dayWidth / 2 : null;
  return {
    width: labelWidth + axisDays * dayWidth,
    height: headerHeight + rows.length * rowHeight,
    headerHeight,
    labelWidth,
    dayWidth,
    rowHeight,
    axisStart: isoDate(axisFirst),
    rows,
    ticks,
    holidays,
    todayX,
    arrows,
  };
}

/** A package bar's top and bottom inside its row, as fractions of the row height. */
const BAR_TOP = 0.22;
const BAR_BOTTOM = 0.78;

/**
 * As MS Project draws a finish-to-start link: from the predecessor's bar end right to just
 * inside the successor's start, then down (or up) onto the successor's bar.
 */
function arrowPoints(from: GanttRow, to: GanttRow, rowHeight: number): [number, number][] {
  const fromY = from.y + rowHeight / 2;
  const inset = Math.min(6, Math.max(1, (to.x1 - to.x0) / 2));
  const x = Math.max(from.x1 + 3, to.x0 + inset);
  const toY = to.y > from.y ? to.y + rowHeight * BAR_TOP : to.y + rowHeight * BAR_BOTTOM;
  return [
    [from.x1, fromY],
    [x, fromY],
    [x, toY],
  ];
}

// ---------------------------------------------------------------------------------------------
// Painting
// ---------------------------------------------------------------------------------------------

/** The part of CanvasRenderingContext2D the Gantt uses (OffscreenCanvas and @napi-rs/canvas fit). */
export type GanttContext = {
  font: string;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  textBaseline: string;
  textAlign: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  stroke(): void;
  fill(): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  measureText(text: string): { width: number };
  save(): void;
  restore(): void;
  setLineDash?(segments: number[]): void;
};

export type GanttTheme = {
  critical: string;
  bar: string;
  phase: string;
  milestone: string;
  today: string;
  grid: string;
  text: string;
  /** A CSS font ("12px sans-serif"); phases are drawn in its bold form. */
  font: string;
  /** Default white. */
  background?: string;
  /** Saturdays, Sundays and holidays (default: no shading). */
  weekend?: string;
  /** Non-critical arrows (default: the text colour). */
  arrow?: string;
};

export type GanttPaintOptions = {
  /** The rows to draw: fromRow (included) to toRow (excluded), by default all. */
  fromRow?: number;
  toRow?: number;
  /** Pixels the chart area is scrolled right / the rows are scrolled down (header and labels stay). */
  scrollX?: number;
  scrollY?: number;
  /** The visible size (default: the layout's whole size). */
  width?: number;
  height?: number;
  theme: GanttTheme;
  language: Language;
};

/** Draws the layout's header, label column, bars, arrows and today's line on `ctx`. */
export function paintGantt(
  ctx: GanttContext,
  layout: GanttLayout,
  options: GanttPaintOptions,
): void {
  const { theme, language } = options;
  const fromRow = Math.max(0, Math.floor(options.fromRow ?? 0));
  const toRow = Math.min(layout.rows.length, Math.ceil(options.toRow ?? layout.rows.length));
  const scrollX = options.scrollX ?? 0;
  const scrollY = options.scrollY ?? 0;
  const width = options.width ?? layout.width;
  const height = options.height ?? layout.height;
  const { headerHeight, labelWidth, rowHeight, dayWidth } = layout;
  const background = theme.background ?? '#ffffff';
  const chartTop = headerHeight;
  const sx = (x: number) => x - scrollX;
  const sy = (y: number) => y - scrollY;
  const rowsTop = fromRow < toRow ? Math.max(chartTop, sy(layout.rows[fromRow]!.y)) : chartTop;
  const rowsBottom =
    fromRow < toRow ? Math.min(height, sy(layout.rows[toRow - 1]!.y + rowHeight)) : chartTop;

  ctx.save();
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, height);

  // Weekends and week lines behind the bars.
  const visibleTicks = layout.ticks.filter(
    (tick) => sx(tick.x) + 7 * dayWidth >= labelWidth && sx(tick.x) <= width,
  );
  if (theme.weekend !== undefined && dayWidth >= 4) {
    ctx.fillStyle = theme.weekend;
    for (const tick of visibleTicks) {
      ctx.fillRect(sx(tick.x) + 5 * dayWidth, rowsTop, 2 * dayWidth, rowsBottom - rowsTop);
    }
    for (const holiday of layout.holidays) {
      ctx.fillRect(sx(holiday.x), rowsTop, dayWidth, rowsBottom - rowsTop);
    }
  }
  ctx.strokeStyle = theme.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const tick of visibleTicks) {
    const x = Math.round(sx(tick.x)) + 0.5;
    ctx.moveTo(x, rowsTop);
    ctx.lineTo(x, rowsBottom);
  }
  ctx.stroke();

  for (let index = fromRow; index < toRow; index += 1) {
    paintBar(ctx, layout.rows[index]!, sx, sy(layout.rows[index]!.y), rowHeight, theme);
  }

  for (const arrow of layout.arrows) {
    if (arrow.span[1] < fromRow || arrow.span[0] >= toRow) continue;
    paintArrow(ctx, arrow, sx, sy, theme);
  }

  if (layout.todayX !== null && sx(layout.todayX) >= labelWidth && sx(layout.todayX) <= width) {
    const x = Math.round(sx(layout.todayX)) + 0.5;
    ctx.save();
    ctx.strokeStyle = theme.today;
    ctx.lineWidth = 2;
    ctx.setLineDash?.([6, 4]);
    ctx.beginPath();
    ctx.moveTo(x, chartTop);
    ctx.lineTo(x, Math.min(height, layout.height - scrollY));
    ctx.stroke();
    ctx.restore();
  }

  // The label column over the scrolled chart.
  ctx.fillStyle = background;
  ctx.fillRect(0, chartTop, labelWidth, height - chartTop);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (let index = fromRow; index < toRow; index += 1) {
    const row = layout.rows[index]!;
    const x = 8 + row.depth * 14;
    ctx.font = row.kind === 'phase' ? `bold ${theme.font}` : theme.font;
    ctx.fillStyle = theme.text;
    const text = row.wbs === '' ? `◆ ${row.name}` : `${row.wbs} ${row.name}`;
    ctx.fillText(fitText(ctx, text, labelWidth - x - 8), x, sy(row.y) + rowHeight / 2);
  }
  ctx.strokeStyle = theme.grid;
  ctx.beginPath();
  ctx.moveTo(labelWidth - 0.5, chartTop);
  ctx.lineTo(labelWidth - 0.5, height);
  ctx.stroke();

  // The header over everything: week labels, then the corner above the labels.
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, width, headerHeight);
  ctx.font = theme.font;
  ctx.fillStyle = theme.text;
  const weekWidth = 7 * dayWidth;
  let lastRight = -Infinity;
  for (const tick of visibleTicks) {
    const x = sx(tick.x) + 4;
    // A week scrolled under the label column keeps its label hidden rather than cut.
    if (x < labelWidth || x < lastRight + 6) continue;
    const date = formatDay(tick.weekStart, language);
    const labelWidthNeeded = ctx.measureText(tick.label).width;
    ctx.fillText(tick.label, x, headerHeight * 0.3);
    let right = x + labelWidthNeeded;
    if (ctx.measureText(date).width <= weekWidth - 8) {
      ctx.fillText(date, x, headerHeight * 0.72);
      right = Math.max(right, x + ctx.measureText(date).width);
    }
    lastRight = right;
  }
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, labelWidth, headerHeight);
  ctx.fillStyle = theme.text;
  ctx.font = `bold ${theme.font}`;
  ctx.fillText(language === 'de' ? 'Vorgang' : 'Task', 8, headerHeight / 2);
  ctx.strokeStyle = theme.grid;
  ctx.beginPath();
  ctx.moveTo(0, headerHeight - 0.5);
  ctx.lineTo(width, headerHeight - 0.5);
  ctx.stroke();
  ctx.restore();
}

function paintBar(
  ctx: GanttContext,
  row: GanttRow,
  sx: (x: number) => number,
  top: number,
  rowHeight: number,
  theme: GanttTheme,
): void {
  if (row.start === '') return;
  const x0 = sx(row.x0);
  const middle = top + rowHeight / 2;
  if (row.kind === 'milestone') {
    const r = rowHeight * 0.3;
    ctx.fillStyle = row.critical ? theme.critical : theme.milestone;
    ctx.beginPath();
    ctx.moveTo(x0, middle - r);
    ctx.lineTo(x0 + r, middle);
    ctx.lineTo(x0, middle + r);
    ctx.lineTo(x0 - r, middle);
    ctx.closePath();
    ctx.fill();
    return;
  }
  const x1 = sx(row.x1);
  const barWidth = Math.max(x1 - x0, 2);
  if (row.kind === 'phase') {
    // A summary bar with downward points at both ends.
    const barTop = top + rowHeight * 0.3;
    const barHeight = rowHeight * 0.22;
    const point = Math.min(rowHeight * 0.25, barWidth / 2);
    ctx.fillStyle = theme.phase;
    ctx.fillRect(x0, barTop, barWidth, barHeight);
    ctx.beginPath();
    ctx.moveTo(x0, barTop + barHeight);
    ctx.lineTo(x0 + point, barTop + barHeight);
    ctx.lineTo(x0, barTop + barHeight + point);
    ctx.closePath();
    ctx.moveTo(x0 + barWidth, barTop + barHeight);
    ctx.lineTo(x0 + barWidth - point, barTop + barHeight);
    ctx.lineTo(x0 + barWidth, barTop + barHeight + point);
    ctx.closePath();
    ctx.fill();
    return;
  }
  ctx.fillStyle = row.critical ? theme.critical : theme.bar;
  ctx.fillRect(x0, top + rowHeight * BAR_TOP, barWidth, rowHeight * (BAR_BOTTOM - BAR_TOP));
}

function paintArrow(
  ctx: GanttContext,
  arrow: GanttArrow,
  sx: (x: number) => number,
  sy: (y: number) => number,
  theme: GanttTheme,
): void {
  const colour = arrow.critical ? theme.critical : (theme.arrow ?? theme.text);
  ctx.strokeStyle = colour;
  ctx.fillStyle = colour;
  ctx.lineWidth = arrow.critical ? 1.5 : 1;
  ctx.beginPath();
  arrow.points.forEach(([x, y], index) => {
    if (index === 0) ctx.moveTo(sx(x), sy(y));
    else ctx.lineTo(sx(x), sy(y));
  });
  ctx.stroke();
  // The head points along the last segment.
  const [endX, endY] = arrow.points.at(-1)!;
  const [beforeX, beforeY] = arrow.points.at(-2) ?? [endX - 1, endY];
  const length = Math.hypot(endX - beforeX, endY - beforeY) || 1;
  const [dx, dy] = [(endX - beforeX) / length, (endY - beforeY) / length];
  const [tipX, tipY] = [sx(endX), sy(endY)];
  ctx.beginPath();
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(tipX - dx * 5 - dy * 3.5, tipY - dy * 5 + dx * 3.5);
  ctx.lineTo(tipX - dx * 5 + dy * 3.5, tipY - dy * 5 - dx * 3.5);
  ctx.closePath();
  ctx.fill();
}

/** The text cut with '…' to fit `maxWidth` (binary search on the measured width). */
function fitText(ctx: GanttContext, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (ctx.measureText(`${text.slice(0, middle)}…`).width <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/** The Monday under a week label: "10.05." / "May 10". */
function formatDay(date: string, language: Language): string {
  const [, month, day] = date.split('-');
  if (language === 'de') return `${day}.${month}.`;
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  return `${months[Number(month) - 1]} ${Number(day)}`;
}
