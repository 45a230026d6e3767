import type { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { cssFont, fittedLabel, measurer } from './plugins';

type Ctx = Chart['ctx'];

/** A canvas context that measures 7 px per character and counts its measurements and fonts. */
function countingContext() {
  const counts = { measure: 0, font: 0 };
  const ctx = {
    save() {},
    restore() {},
    set font(_value: string) {
      counts.font += 1;
    },
    measureText: (text: string) => {
      counts.measure += 1;
      return { width: text.length * 7 };
    },
  };
  return { ctx: ctx as unknown as Ctx, counts };
}

describe('measuring chart texts', () => {
  it('measures a text once per canvas and font, also across measurers (a keystroke redraw)', () => {
    const { ctx, counts } = countingContext();
    const font = cssFont(12);
    expect(measurer(ctx, font)('Nordkap Systemhaus GmbH')).toBe(161);
    expect(measurer(ctx, font)('Nordkap Systemhaus GmbH')).toBe(161);
    expect(counts).toEqual({ measure: 1, font: 1 });
    measurer(ctx, cssFont(12, true))('Nordkap Systemhaus GmbH');
    expect(counts.measure).toBe(2);
    const other = countingContext();
    measurer(other.ctx, font)('Nordkap Systemhaus GmbH');
    expect(other.counts.measure).toBe(1);
  });

  it('fits a label once per canvas, font, whole-pixel width and line count', () => {
    const { ctx, counts } = countingContext();
    const font = cssFont(12);
    const name = 'Brightwater Consulting Deutschland GmbH';
    const first = fittedLabel(ctx, font, name, 180.4, 2);
    expect(first).toEqual(['Brightwater Consulting', 'Deutschland GmbH']);
    const measured = counts.measure;
    expect(fittedLabel(ctx, font, name, 180.9, 2)).toBe(first);
    expect(counts.measure).toBe(measured);
    // Another width is fitted anew (from the widths already measured).
    expect(fittedLabel(ctx, font, name, 400, 2)).toBe(name);
  });
});
