// Issue 12's figures: win/loss over 10,000 opportunities in Node (winLossByCompetitor and the
// report, beside a bare tally of the same opportunities), and a keystroke in the competitor
// matrix editor until its chart has been redrawn and painted (Chromium, the web build).
// BENCH_PROFILE=<file> also writes a CPU profile (Chrome DevTools format) of the timed keystrokes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { firstPage, median, report, round, round2 } from './lib.mjs';

/** Runs test/bench/analyses.bench-run.ts under vitest (Node cannot import .ts itself). */
export function measureWinLossInNode({ root }) {
  const out = join(root, 'out/bench-node/analyses.json');
  execFileSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'test/bench/vitest.node.config.ts',
      'test/bench/analyses.bench-run.ts',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BENCH_ANALYSES_OUT: out },
    },
  );
  return JSON.parse(readFileSync(out, 'utf8'));
}

/**
 * Keystrokes in the matrix editor of `#/analyses/<id>`: mostly scores (a different digit 1–5
 * each time), and every fifth one the last digit of criterion 1's weight, typed back after the
 * weight was cut to its first digit (the sum is 100 again only after that keystroke). Each is
 * timed from the input event until the chart's data-draw-count went up and the frame showing
 * it was painted.
 */
async function matrixKeystrokes(page, { keystrokes, participants, criteria }) {
  return page.evaluate(
    async ({ keystrokes, participants, criteria }) => {
      const nextPaint = () =>
        new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const byTestId = (id) => document.querySelector(`[data-testid="${id}"]`);
      const chart = () => byTestId('analysis-chart');
      const draws = () => Number(chart()?.getAttribute('data-draw-count') ?? 0);
      const type = (input, value) => {
        input.focus();
        setValue.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      // Resolves once the page went 700 ms without a DOM change (at most 5 s): the previous
      // keystroke's re-render and its save (the editor saves 400 ms after the last change) are
      // over, so each keystroke is timed alone, as the first after a pause.
      const quiet = () =>
        new Promise((done) => {
          let timer;
          const observer = new MutationObserver(() => {
            clearTimeout(timer);
            timer = setTimeout(finish, 700);
          });
          const limit = setTimeout(finish, 5_000);
          function finish() {
            observer.disconnect();
            clearTimeout(limit);
            done();
          }
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            characterData: true,
            attributes: true,
          });
          timer = setTimeout(finish, 700);
        });
      const timings = [];
      for (let k = 0; k < keystrokes; k++) {
        let input;
        let value;
        let kind;
        if (k % 5 === 4) {
          kind = 'weight';
          input = byTestId('matrix-weight-0');
          const weight = input.value;
          type(input, weight.slice(0, -1));
          await quiet();
          value = weight;
        } else {
          kind = 'score';
          const p = k % participants;
          const c = Math.floor(k / participants) % criteria;
          input = byTestId(`matrix-score-${p}-${c}`);
          value = String((Number(input.value) % 5) + 1);
        }
        input.focus();
        await quiet();
        const before = draws();
        const started = performance.now();
        const redrawn = await new Promise((done) => {
          const timer = setTimeout(() => finish(false), 3_000);
          const observer = new MutationObserver(() => {
            if (draws() > before) finish(true);
          });
          function finish(result) {
            observer.disconnect();
            clearTimeout(timer);
            done(result);
          }
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-draw-count'],
          });
          type(input, value);
        });
        await nextPaint();
        timings.push({
          kind,
          input: input.dataset.testid,
          value,
          ms: performance.now() - started,
          redrawn,
        });
      }
      document.activeElement?.blur();
      return timings;
    },
    { keystrokes, participants, criteria },
  );
}

/** Opens the seeded matrix until its chart has drawn once and its inputs are there. */
async function openMatrix(page, origin, analysisId) {
  await page.goto(`${origin}/#/analyses/${analysisId}`);
  await page.waitForSelector('[data-testid="matrix-score-0-0"]', { timeout: 30_000 });
  await page.waitForFunction(
    () =>
      Number(
        document.querySelector('[data-testid="analysis-chart"]')?.getAttribute('data-draw-count') ??
          0,
      ) > 0,
    null,
    { timeout: 30_000 },
  );
}

/**
 * Measures issue 12's figures. The browser figure needs `launch`, `origin` and the seed page's
 * `analysis` result; without them (or with `browser: false`) only the Node figure is measured.
 */
export async function measureAnalyses({ root, launch, origin, analysisSeed, keystrokes = 20 }) {
  const node = measureWinLossInNode({ root });
  const figures = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, node: process.version },
    data: {
      node: {
        opportunities: node.opportunities,
        competitors: node.competitors,
        encounters: node.encounters,
        reportOpportunities: node.reportOpportunities,
        runs: node.runs,
      },
      chromium: analysisSeed ?? null,
    },
    winLossByCompetitor10000Ms: {
      value: round2(node.byCompetitor.medianMs),
      max: round(node.byCompetitor.maxMs),
      bare: round2(node.bare.medianMs),
      target: 100,
      bareIs: 'a plain loop counting won, lost and open per competitor with decimal.js sums',
    },
    winLossReport10000Ms: {
      value: round2(node.report.medianMs),
      max: round(node.report.maxMs),
      target: 100,
      filter: 'one year by close date (about half the opportunities pass)',
    },
  };
  if (launch && origin && analysisSeed) {
    const context = await launch();
    try {
      figures.matrixKeystrokeToChartMs = await keystrokeFigure(context, {
        origin,
        analysisSeed,
        keystrokes,
      });
    } catch (error) {
      // Kept apart so that the Node figures survive; report() marks it as missed.
      console.error('matrix keystrokes failed:', error);
      // Infinity is missed by report() and written as null.
      figures.matrixKeystrokeToChartMs = { value: Infinity, error: String(error), target: 50 };
    } finally {
      await context.close();
    }
  }
  return report(figures);
}

/** The keystroke figure: median and max of `keystrokes` keystrokes after one unmeasured. */
async function keystrokeFigure(context, { origin, analysisSeed, keystrokes }) {
  const page = await firstPage(context);
  await openMatrix(page, origin, analysisSeed.analysisId);
  const shape = { participants: analysisSeed.participants, criteria: analysisSeed.criteria };
  // One unmeasured keystroke first (lazy chunks, JIT).
  await matrixKeystrokes(page, { keystrokes: 1, ...shape });
  const profile = process.env.BENCH_PROFILE;
  const cdp = profile ? await context.newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const timings = await matrixKeystrokes(page, { keystrokes, ...shape });
  if (cdp) {
    const { profile: data } = await cdp.send('Profiler.stop');
    (await import('node:fs')).writeFileSync(profile, JSON.stringify(data));
  }
  const ms = timings.map((timing) => timing.ms);
  return {
    value: round(median(ms)),
    max: round(Math.max(...ms)),
    keystrokes: timings.length,
    // Keystrokes whose chart did not redraw in 3 s (should be 0): their time is the timeout.
    notRedrawn: timings.filter((timing) => !timing.redrawn).length,
    slowest: [...timings]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((timing) => ({ ...timing, ms: round(timing.ms) })),
    target: 50,
  };
}
