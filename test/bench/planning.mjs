// Issue 15's figures: scheduling 1,000 work packages (Node: analysePlan and the bare CPM pass
// scheduleNetwork, medians after warm-up), and the Gantt chart of a seeded 1,000-package plan
// drawn in Chromium (from the click on the offer's "Projektplan" tab until the canvas is painted).
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, report, round } from './lib.mjs';

/** Runs test/bench/planning.bench-run.ts under vitest (Node cannot import .ts itself). */
function measureInNode(root) {
  const out = join(root, 'out/bench-node/planning.json');
  const runner = ['vitest', 'run', '--config', 'test/bench/vitest.node.config.ts'];
  execFileSync('npx', [...runner, 'test/bench/planning.bench-run.ts'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BENCH_PLANNING_OUT: out },
  });
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** In the page: resolves once `check()` holds, with the time the frame with it was painted. */
const whenPainted = (check) =>
  new Promise((done) => {
    const finish = () => {
      observer.disconnect();
      // The frame with the change is painted when the next task after its rAF callback runs.
      requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
    };
    const observer = new MutationObserver(() => {
      if (check()) finish();
    });
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
    });
    if (check()) finish();
  });

/**
 * In the page: clicks the offer's plan tab, waits for the plan's view switch (the work breakdown
 * shows first), clicks "Gantt" and waits until the Gantt canvas has painted (data-painted-at)
 * and the frame is on screen. Returns both steps' times.
 */
async function planTabThenGantt() {
  const painted = window.__whenPainted;
  const tab = document.querySelector('[data-testid="offer-tab-plan"]');
  const tabClicked = performance.now();
  tab.click();
  await painted(() => document.querySelector('[data-testid="plan-views"] input[value="gantt"]'));
  const tabShown = performance.now();
  const gantt = document.querySelector('[data-testid="plan-views"] input[value="gantt"]');
  const ganttClicked = performance.now();
  gantt.click();
  const ganttPainted = await painted(() =>
    document.querySelector('[data-testid="plan-gantt"][data-painted-at]'),
  );
  return { tabMs: tabShown - tabClicked, ganttMs: ganttPainted - ganttClicked };
}

/**
 * The Gantt of the seeded plan: each round a fresh window opens the offer (its lines tab), the
 * plan tab is clicked, then "Gantt": timed from that click until the canvas says it painted and
 * the frame is on screen. The first round loads the plan's code chunks: unmeasured.
 */
async function ganttFigure(context, { origin, offerId, rounds }) {
  const runs = [];
  const tabRuns = [];
  let rows = 0;
  let critical = 0;
  for (let round = 0; round <= rounds; round++) {
    const page = await context.newPage();
    await page.goto(`${origin}/#/offers/${offerId}`);
    await page.waitForSelector('[data-testid="offer-tab-plan"]', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const { tabMs, ganttMs } = await page.evaluate(planTabThenGantt);
    const gantt = page.getByTestId('plan-gantt');
    rows = Number(await gantt.getAttribute('data-rows'));
    critical = ((await gantt.getAttribute('data-critical')) ?? '').split(',').length;
    await page.close();
    if (round > 0) {
      runs.push(ganttMs);
      tabRuns.push(tabMs);
    }
  }
  return {
    gantt: {
      value: round(median(runs)),
      max: round(Math.max(...runs)),
      runs: runs.map(round),
      rows,
      critical,
      target: 1000,
      from: 'click on "Gantt" in the plan tab to the canvas painted (a fresh window each round)',
    },
    tab: {
      value: round(median(tabRuns)),
      max: round(Math.max(...tabRuns)),
      runs: tabRuns.map(round),
      target: 1000,
      what: "click on the offer's plan tab to its view switch shown (the work breakdown of 1,102 rows, its first page of rows mounted)",
    },
  };
}

/** Measures issue 15's figures; the Chromium one on the seed page's `planning` result. */
export async function measurePlanning({ launch, origin, root, planningSeed, rounds = 5 }) {
  const node = measureInNode(root);
  const figures = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, node: process.version },
    data: { ...planningSeed, node: { packages: node.packages, dependencies: node.dependencies } },
    schedule1000Ms: {
      value: round(node.analyseMs),
      max: round(Math.max(...node.analyseRuns)),
      runs: node.analyseRuns.map(round),
      target: 50,
      what: 'analysePlan of 1,000 packages (WBS, PERT, CPM on the working-day calendar, milestones, payments), median after warm-up',
    },
    network1000Ms: {
      value: Math.round(node.scheduleMs * 100) / 100,
      max: Math.round(Math.max(...node.scheduleRuns) * 100) / 100,
      target: 50,
      what: 'scheduleNetwork (the bare CPM pass) over the same 1,000 activities',
    },
  };
  const context = await launch();
  // In every window of the context, beyond the app's CSP (init scripts are not page scripts).
  await context.addInitScript(`window.__whenPainted = ${whenPainted.toString()};`);
  try {
    const { gantt, tab } = await ganttFigure(context, {
      origin,
      offerId: planningSeed.offerId,
      rounds,
    });
    figures.gantt1000PaintMs = gantt;
    figures.planTab1000Ms = tab;
  } catch (error) {
    console.error('gantt1000PaintMs failed:', error);
    figures.gantt1000PaintMs = { value: Infinity, error: String(error), target: 1000 };
  } finally {
    await context.close();
  }
  return report(figures);
}
