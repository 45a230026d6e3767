// Node figure of issue 3: totals of a 2,000-line offer, beside its baseline, a plain decimal.js
// sum of the same lines (quantity × price, rounded to cents, summed), interleaved. Run by
// test/bench/run.mjs through `npx vitest run --config test/bench/vitest.node.config.ts`;
// writes BENCH_NODE_OUT.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { Decimal } from '../../src/shared/money';
import { offerTotals } from '../../src/shared/offers/totals';
import type { TotalsLine } from '../../src/shared/offers/totals';
import { generateOfferLines } from './generate';

const LINES = 2_000;
const RUNS = 300;
const WARM_UP = 30;
const out = resolve(process.env.BENCH_NODE_OUT ?? 'out/bench-node/offers.json');

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const quantile = (values: number[], q: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(values.length * q))] as number;

/** The baseline: Σ round2(quantity × unit price) over the lines, with decimal.js alone. */
function bareSum(lines: readonly TotalsLine[]): string {
  let sum = new Decimal(0);
  for (const line of lines) {
    sum = sum.plus(
      new Decimal(line.quantity).times(line.unitPrice).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    );
  }
  return sum.toFixed(2);
}

const timed = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

it(`measures offerTotals over ${LINES} lines beside a bare decimal.js sum`, () => {
  const lines: TotalsLine[] = generateOfferLines(LINES).map((spec, index) => ({
    ...spec,
    id: `line-${index}`,
    sectionId: `section-${index % 5}`,
  }));
  const offer = { discountPct: '3', termMonths: 36, reverseCharge: false };
  const first = offerTotals({ offer, lines });
  // Not a timing assertion: the run must have priced every line and all three billings.
  expect(first.byLineId.size).toBe(LINES);
  expect([first.oneTime.net, first.monthly.net, first.yearly.net]).not.toContain('0.00');

  expect(bareSum(lines)).not.toBe('0.00');

  // Both warmed alike, then alternating which goes first.
  for (let i = 0; i < WARM_UP; i++) {
    offerTotals({ offer, lines });
    bareSum(lines);
  }
  const runs: number[] = [];
  const baselineRuns: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2 === 0) {
      runs.push(timed(() => offerTotals({ offer, lines })));
      baselineRuns.push(timed(() => bareSum(lines)));
    } else {
      baselineRuns.push(timed(() => bareSum(lines)));
      runs.push(timed(() => offerTotals({ offer, lines })));
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({
      lines: LINES,
      runs: RUNS,
      medianMs: quantile(runs, 0.5),
      p95Ms: quantile(runs, 0.95),
      maxMs: Math.max(...runs),
      baselineMedianMs: quantile(baselineRuns, 0.5),
      baselineP95Ms: quantile(baselineRuns, 0.95),
      counted: first.lines.filter((line) => line.counted).length,
      grandTotals: { oneTime: first.oneTime, monthly: first.monthly, yearly: first.yearly },
    })}\n`,
  );
});
