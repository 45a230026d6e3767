// Node figure of issue 3: totals of a 2,000-line offer. Run by test/bench/run.mjs through
// `npx vitest run --config test/bench/vitest.node.config.ts`; writes BENCH_NODE_OUT.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';
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

it(`measures offerTotals over ${LINES} lines`, () => {
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

  for (let i = 0; i < WARM_UP; i++) offerTotals({ offer, lines });
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    offerTotals({ offer, lines });
    runs.push(performance.now() - started);
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
      counted: first.lines.filter((line) => line.counted).length,
      grandTotals: { oneTime: first.oneTime, monthly: first.monthly, yearly: first.yearly },
    })}\n`,
  );
});
