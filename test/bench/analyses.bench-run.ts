// Node figure of issue 12: win/loss over 10,000 opportunities with 8 competitors, both the
// contract's winLossByCompetitor and the report (filters, reasons, gaps), beside a bare
// baseline of the same counting (plain loop, decimal.js sums). Run by test/bench/analyses.mjs
// through `npx vitest run --config test/bench/vitest.node.config.ts`; writes BENCH_ANALYSES_OUT.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { lossReasons, opportunityStages } from '../../src/shared/domain/opportunity';
import { Decimal } from '../../src/shared/money';
import { winLossByCompetitor, winLossReport } from '../../src/shared/analyses';
import type { WinLossReportInput } from '../../src/shared/analyses';

const OPPORTUNITIES = 10_000;
const COMPETITORS = 8;
const RUNS = 41;
const WARM_UP = 5;
const out = resolve(process.env.BENCH_ANALYSES_OUT ?? 'out/bench-node/analyses.json');

/** A small deterministic generator (mulberry32), so every run measures the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Opportunities as the pipeline holds them: about 40 % closed won or lost, 1–3 competitors. */
function generate(count: number): WinLossReportInput[] {
  const next = random(12);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const competitors = Array.from({ length: COMPETITORS }, (_, i) => `competitor-${i + 1}`);
  return Array.from({ length: count }, (_, index) => {
    const roll = next();
    const stage = roll < 0.18 ? 'won' : roll < 0.4 ? 'lost' : pick(opportunityStages.slice(0, 4));
    const inPlay = [
      ...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(competitors))),
    ];
    const lost = stage === 'lost';
    const formFilled = lost && next() < 0.8;
    const day = 1 + Math.floor(next() * 730);
    return {
      id: `opportunity-${index}`,
      stage,
      value: (5_000 + Math.floor(next() * 45_000_000) / 100).toFixed(2),
      competitorIds: inPlay,
      lostToCompetitorId: lost && next() < 0.7 ? pick(inPlay) : '',
      lossReason: formFilled ? pick(lossReasons) : undefined,
      lostPriceGapPct:
        formFilled && next() < 0.5 ? (-30 + Math.floor(next() * 4000) / 100).toFixed(2) : '',
      closeDate: new Date(Date.UTC(2025, 0, day)).toISOString().slice(0, 10),
      industry: pick(['Maschinenbau', 'Handel', 'Banken', 'Öffentliche Hand', 'Logistik']),
      owner: pick(['anna', 'ben', 'carla']),
    };
  });
}

/** The bare baseline: won, lost, open and the two value sums per competitor, no checks. */
function bareTally(rows: readonly WinLossReportInput[]) {
  const tallies = new Map<
    string,
    { won: number; lost: number; open: number; wonValue: Decimal; lostValue: Decimal }
  >();
  for (const row of rows) {
    for (const id of row.competitorIds) {
      let tally = tallies.get(id);
      if (!tally) {
        tally = { won: 0, lost: 0, open: 0, wonValue: new Decimal(0), lostValue: new Decimal(0) };
        tallies.set(id, tally);
      }
      if (row.stage === 'won') {
        tally.won += 1;
        tally.wonValue = tally.wonValue.plus(row.value);
      } else if (row.stage === 'lost') {
        tally.lost += 1;
        tally.lostValue = tally.lostValue.plus(row.value);
      } else tally.open += 1;
    }
  }
  return tallies;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const quantile = (values: number[], q: number) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(values.length * q))] as number;
const timed = (run: () => unknown): number => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

it(`measures win/loss over ${OPPORTUNITIES} opportunities beside a bare tally`, () => {
  const rows = generate(OPPORTUNITIES);
  const filter = { from: '2025-04-01', to: '2026-03-31', owner: '' };
  const byCompetitor = () => winLossByCompetitor(rows);
  const report = () => winLossReport(rows, filter);
  const bare = () => bareTally(rows);
  // Not a timing assertion: the runs must have counted every competitor and opportunity.
  const first = byCompetitor();
  expect(Object.keys(first)).toHaveLength(COMPETITORS);
  const counted = Object.values(first).reduce((sum, f) => sum + f.won + f.lost + f.open, 0);
  const bareCounted = [...bare().values()].reduce((sum, t) => sum + t.won + t.lost + t.open, 0);
  expect(counted).toBeGreaterThanOrEqual(bareCounted);
  const firstReport = report();
  expect(firstReport.competitors).toHaveLength(COMPETITORS);
  expect(firstReport.totals.opportunities).toBeGreaterThan(0);

  for (let i = 0; i < WARM_UP; i++) {
    byCompetitor();
    report();
    bare();
  }
  const runs = { byCompetitor: [] as number[], report: [] as number[], bare: [] as number[] };
  const order = ['byCompetitor', 'report', 'bare'] as const;
  const work = { byCompetitor, report, bare };
  for (let i = 0; i < RUNS; i++) {
    // Rotating which goes first, so a busy machine weighs on all three alike.
    for (let k = 0; k < order.length; k++) {
      const name = order[(i + k) % order.length] as (typeof order)[number];
      runs[name].push(timed(work[name]));
    }
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({
      opportunities: OPPORTUNITIES,
      competitors: COMPETITORS,
      encounters: counted,
      reportOpportunities: firstReport.totals.opportunities,
      runs: RUNS,
      byCompetitor: {
        medianMs: quantile(runs.byCompetitor, 0.5),
        maxMs: Math.max(...runs.byCompetitor),
      },
      report: { medianMs: quantile(runs.report, 0.5), maxMs: Math.max(...runs.report) },
      bare: { medianMs: quantile(runs.bare, 0.5), maxMs: Math.max(...runs.bare) },
    })}\n`,
  );
});
