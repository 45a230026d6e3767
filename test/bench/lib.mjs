// Shared bench plumbing: one origin serving the web build and the seed page, Chromium, statistics.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

/**
 * The bench's own web build (vite.web.config.ts built into this folder): other work that
 * rebuilds out/web while the bench runs cannot change what it measures.
 */
export const WEB_OUT = 'out/bench-web';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Static files of the bench's web build at /, the seed page (and the in-page probe) at /bench-seed/,
 * the minimal baseline app at /bench-baseline/: one origin, so all of them see one IndexedDB.
 */
export async function serve(root) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const [base, rest] = path.startsWith('/bench-seed/')
      ? ['out/bench-seed', path.slice(12)]
      : path.startsWith('/bench-baseline/')
        ? ['out/bench-baseline', path.slice(16)]
        : [WEB_OUT, path.slice(1)];
    const file = normalize(join(root, base, rest || 'index.html'));
    if (!file.startsWith(join(root, base))) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res
        .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** A launcher of Debian's Chromium on one profile folder (its IndexedDB survives relaunches). */
export const launcher = (userDataDir) => () =>
  chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1360, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });

/** The first page of a context. */
export const firstPage = async (context) => context.pages()[0] ?? (await context.newPage());

/** Loads the bench probe (test/bench/seed/probe.ts, the in-page baselines) into the app's page. */
export async function loadProbe(page) {
  await page.evaluate(() => import('/bench-seed/assets/probe.js'));
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const round = (value) => Math.round(value * 10) / 10;
export const round2 = (value) => Math.round(value * 100) / 100;

/**
 * A figure measured beside a bare baseline of the same work in the same run: the median of
 * each (`runs` and `baselineRuns` interleaved by the caller), their ratio, and both targets.
 */
export function compared({ runs, baselineRuns, target, ratio, ...rest }) {
  const value = median(runs);
  const baseline = median(baselineRuns);
  return {
    value: round(value),
    baseline: round(baseline),
    ratio: round2(value / baseline),
    target: { value: target, ratio },
    ...rest,
    runs: runs.map(round),
    baselineRuns: baselineRuns.map(round),
  };
}

/**
 * Alternates `measured` and `baseline` `rounds` times, the one or the other first by turns,
 * so that a busy machine weighs on both alike; returns both lists of results.
 */
export async function interleave({ rounds, measured, baseline }) {
  const results = { measured: [], baseline: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['measured', 'baseline'] : ['baseline', 'measured'];
    for (const side of order) {
      results[side].push(await (side === 'measured' ? measured(round) : baseline(round)));
    }
  }
  return results;
}

/**
 * Marks each figure met or not and prints one line per figure. A figure with a baseline has
 * `target: { value, ratio }` and `met: { value, ratio }`: the ratio is what the bench judges
 * (absolute times move 2–3× between machines), the absolute target is kept beside it.
 */
export function report(figures, prefix = '') {
  for (const [name, figure] of Object.entries(figures)) {
    if (!figure || typeof figure !== 'object' || !('target' in figure)) continue;
    if (typeof figure.target === 'object') {
      figure.met = {
        value: figure.value <= figure.target.value,
        ratio: figure.ratio <= figure.target.ratio,
      };
      console.log(
        `${figure.met.ratio ? 'ok  ' : 'MISS'} ${prefix}${name}: ${figure.ratio}× its baseline ` +
          `(target ≤ ${figure.target.ratio}×); ${figure.value} vs ${figure.baseline} bare ` +
          `(absolute target ≤ ${figure.target.value}: ${figure.met.value ? 'met' : 'missed'})`,
      );
    } else {
      figure.met = figure.value <= figure.target;
      console.log(
        `${figure.met ? 'ok  ' : 'MISS'} ${prefix}${name}: ${figure.value} (target ≤ ${figure.target})`,
      );
    }
  }
  return figures;
}

/** One line per area: which figures meet their ratio target and which miss it. */
export function ratioSummary(results) {
  const lines = [];
  for (const [area, figures] of Object.entries(results)) {
    const met = [];
    const missed = [];
    for (const [name, figure] of Object.entries(figures ?? {})) {
      if (!figure || typeof figure.met !== 'object' || figure.met === null) continue;
      const text = `${name} ${figure.ratio}× (≤ ${figure.target.ratio}×)`;
      (figure.met.ratio ? met : missed).push(text);
    }
    if (met.length + missed.length === 0) continue;
    lines.push(`${area}: meet their ratio target: ${met.join(', ') || 'none'}`);
    lines.push(`${area}: miss their ratio target: ${missed.join(', ') || 'none'}`);
  }
  return lines;
}
