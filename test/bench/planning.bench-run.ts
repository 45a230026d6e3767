// Node figure of issue 15: scheduling 1,000 work packages. `analysePlan` reads the whole plan
// (WBS, PERT, the network on the working-day calendar, milestones, payments) and
// `scheduleNetwork` is the bare CPM pass over the same network. Writes BENCH_PLANNING_OUT.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { analysePlan, scheduleNetwork } from '../../src/shared/planning';
import type { NetworkActivity } from '../../src/shared/planning/types';
import { largePlanRows } from '../support/planning-fixtures';

const PACKAGES = 1_000;
const RUNS = 15;
const WARM_UP_ROUNDS = 5;
const out = resolve(process.env.BENCH_PLANNING_OUT ?? 'out/bench-node/planning.json');
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Times `work` RUNS times after WARM_UP_ROUNDS unmeasured rounds. */
function time(work: () => unknown): number[] {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) work();
  const runs: number[] = [];
  for (let round = 0; round < RUNS; round++) {
    const started = performance.now();
    work();
    runs.push(performance.now() - started);
  }
  return runs;
}

it('schedules 1,000 work packages', () => {
  const rows = largePlanRows(PACKAGES);
  const analysis = analysePlan(rows);
  const packages = analysis.nodes.filter((node) => !node.phase);
  expect(packages).toHaveLength(PACKAGES);
  expect(analysis.criticalPath.length).toBeGreaterThan(0);
  // The network the analysis scheduled: every package with its duration and predecessors.
  const activities: NetworkActivity[] = packages.map((node) => {
    const links = analysis.dependencies.filter((link) => link.successorId === node.id);
    return {
      id: node.id,
      duration: node.duration,
      predecessors: links.map((link) => link.predecessorId),
      lags: Object.fromEntries(links.map((link) => [link.predecessorId, link.lagDays])),
    };
  });
  expect(scheduleNetwork(activities).duration).toBe(analysis.duration!.expected);

  const analyseRuns = time(() => analysePlan(rows));
  const scheduleRuns = time(() => scheduleNetwork(activities));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({
      packages: PACKAGES,
      dependencies: analysis.dependencies.length,
      criticalPath: analysis.criticalPath.length,
      durationDays: analysis.duration!.expected,
      runs: RUNS,
      warmUp: WARM_UP_ROUNDS,
      analyseMs: median(analyseRuns),
      analyseRuns,
      scheduleMs: median(scheduleRuns),
      scheduleRuns,
    }),
  );
});
