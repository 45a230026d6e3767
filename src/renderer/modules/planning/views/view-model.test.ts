import { describe, expect, it } from 'vitest';
import type { GanttRow } from '#shared/planning/gantt';
import {
  clampZoom,
  criticalWbs,
  initialScrollLeft,
  localToday,
  overCount,
  visibleRowRange,
} from './view-model';

const row = (index: number, overrides: Partial<GanttRow> = {}): GanttRow => ({
  id: `p${index}`,
  wbs: `1.${index + 1}`,
  name: `Paket ${index + 1}`,
  depth: 1,
  kind: 'package',
  y: 40 + index * 24,
  x0: 300,
  x1: 400,
  critical: false,
  start: '2027-03-01',
  finish: '2027-03-05',
  ...overrides,
});

describe('visibleRowRange', () => {
  const layout = {
    headerHeight: 40,
    rowHeight: 24,
    rows: Array.from({ length: 1_000 }, (_, index) => row(index)),
  };

  it('paints the rows under the header and one more each side, however long the plan', () => {
    // 560 px: 40 px header + 520 px of rows = rows 0–21 (the 22nd cut at the bottom).
    expect(visibleRowRange(layout, { scrollTop: 0, height: 560 })).toEqual({
      fromRow: 0,
      toRow: 23,
    });
    // Scrolled 10 rows and 12 px: row 10 half hidden under the header, row 32 half shown.
    expect(visibleRowRange(layout, { scrollTop: 252, height: 560 })).toEqual({
      fromRow: 9,
      toRow: 34,
    });
    // At the very end: the last rows, no index past them.
    expect(visibleRowRange(layout, { scrollTop: 24_000 - 520, height: 560 })).toEqual({
      fromRow: 977,
      toRow: 1_000,
    });
  });

  it('has nothing to paint without rows', () => {
    expect(visibleRowRange({ ...layout, rows: [] }, { scrollTop: 0, height: 560 })).toBeNull();
  });
});

describe('criticalWbs', () => {
  it("lists the packages drawn critical in the critical path's order, phases and milestones left out", () => {
    const rows = [
      row(0, { id: 'phase', wbs: '1', kind: 'phase', critical: true }),
      row(1, { id: 'a', wbs: '1.1', critical: true }),
      row(2, { id: 'b', wbs: '1.2', critical: false }),
      row(3, { id: 'c', wbs: '1.3', critical: true }),
      row(4, { id: 'm', wbs: '', kind: 'milestone', critical: true }),
      row(5, { id: 'd', wbs: '2.1', critical: true }),
    ];
    expect(criticalWbs(rows, ['a', 'd', 'c'])).toEqual(['1.1', '2.1', '1.3']);
    expect(criticalWbs(rows, [])).toEqual(['1.1', '1.3', '2.1']);
  });
});

describe('initialScrollLeft', () => {
  it("opens at the plan's first bar, two days from the labels, never before the axis", () => {
    const rows = [
      row(0, { kind: 'phase', x0: 700 }),
      row(1, { x0: 640 }),
      row(2, { start: '', x0: 280 }),
    ];
    expect(initialScrollLeft({ rows, labelWidth: 280, dayWidth: 24 })).toBe(640 - 280 - 48);
    expect(initialScrollLeft({ rows: [row(0, { x0: 290 })], labelWidth: 280, dayWidth: 6 })).toBe(
      0,
    );
    expect(initialScrollLeft({ rows: [], labelWidth: 280, dayWidth: 6 })).toBe(0);
  });
});

describe('small helpers', () => {
  it('steps the zoom within its range', () => {
    expect(clampZoom(1, 1)).toBe(1.25);
    expect(clampZoom(1, -1)).toBe(0.75);
    expect(clampZoom(0.5, -1)).toBe(0.5);
    expect(clampZoom(2, 1)).toBe(2);
  });

  it('counts the over-allocated cells', () => {
    expect(
      overCount({
        weeks: [],
        rows: [
          { roleId: 'a', name: 'A', load: [], capacity: [], over: [true, false, true] },
          { roleId: 'b', name: 'B', load: [], capacity: [], over: [false] },
        ],
      }),
    ).toBe(2);
  });

  it("gives the local day's ISO date", () => {
    expect(localToday(new Date(2027, 0, 4, 23, 59))).toBe('2027-01-04');
  });
});
