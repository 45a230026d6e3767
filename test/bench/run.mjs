// Measures the issues' figures and writes bench/results.json, one key per issue.
// Usage: npm run bench [-- --no-build] [-- --clients 10000] [-- --offer-lines 500]
//        [-- --bulk-rounds 3]
//        [-- --only foundation|offers|documents|sync|analyses|presentations|planning]
// Figures with a baseline (the same work done bare on the same stack, in the same run) are
// judged by their ratio to it; the summary at the end says which meet their ratio target.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { measureAnalyses } from './analyses.mjs';
import { measureFoundation } from './foundation.mjs';
import { firstPage, launcher, ratioSummary, serve, WEB_OUT } from './lib.mjs';
import { measureDocuments } from './documents.mjs';
import { measureOffers } from './offers.mjs';
import { measurePlanning } from './planning.mjs';
import { measurePresentations } from './presentations.mjs';
import { measureSync } from './sync.mjs';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const only = option('--only');
const runFoundation = only === undefined || only === 'foundation';
const runOffers = only === undefined || only === 'offers';
const runDocuments = only === undefined || only === 'documents';
const runSync = only === undefined || only === 'sync';
const runAnalyses = only === undefined || only === 'analyses';
const runPresentations = only === undefined || only === 'presentations';
const runPlanning = only === undefined || only === 'planning';
// Only the foundation, offers, documents, analyses, presentations and planning figures need the web build and Chromium.
const runBrowser =
  runFoundation || runOffers || runDocuments || runAnalyses || runPresentations || runPlanning;
const clientCount = runFoundation ? Number(option('--clients')) || 10_000 : 0;
const offerLines = runOffers ? Number(option('--offer-lines')) || 500 : 0;
const bulkRounds = Number(option('--bulk-rounds')) || 3;

if (runBrowser && !args.includes('--no-build')) {
  execFileSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'vite.web.config.ts',
      '--outDir',
      join(root, WEB_OUT),
      '--logLevel',
      'warn',
    ],
    { cwd: root, stdio: 'inherit' },
  );
  for (const config of ['test/bench/vite.bench.config.ts', 'test/bench/vite.baseline.config.ts']) {
    execFileSync('npx', ['vite', 'build', '--config', config], { cwd: root, stdio: 'inherit' });
  }
}

const server = runBrowser ? await serve(root) : undefined;
const userDataDir = mkdtempSync(join(tmpdir(), 'quotient-bench-'));
const launch = launcher(userDataDir);
const results = {};

try {
  // Bulk insert through the repositories: the clients (timed, beside a bare bulkPut) and the
  // 500-line offer.
  let seed;
  if (runBrowser) {
    const context = await launch();
    const page = await firstPage(context);
    await page.goto(
      `${server.origin}/bench-seed/?clients=${clientCount}&offerLines=${offerLines}` +
        `&bulkRounds=${bulkRounds}&analysis=${runAnalyses ? 1 : 0}` +
        `&presentation=${runPresentations ? 1 : 0}&planning=${runPlanning ? 1 : 0}`,
    );
    seed = await page.evaluate(() => window.__seed);
    console.log('seed', JSON.stringify(seed));
    await context.close();
  }

  if (runFoundation) {
    results.foundation = await measureFoundation({ launch, origin: server.origin, root, seed });
  }
  if (runDocuments) results.documents = measureDocuments({ root });
  if (runOffers) {
    results.offers = await measureOffers({
      launch,
      origin: server.origin,
      root,
      offerSeed: seed.offer,
    });
  }
  if (runSync) results.sync = await measureSync({ root });
  if (runAnalyses) {
    results.analyses = await measureAnalyses({
      launch,
      origin: server.origin,
      root,
      analysisSeed: seed.analysis,
    });
  }

  if (runPresentations) {
    results.presentations = await measurePresentations({
      launch,
      origin: server.origin,
      presentationSeed: seed.presentation,
    });
  }

  if (runPlanning) {
    results.planning = await measurePlanning({
      launch,
      origin: server.origin,
      root,
      planningSeed: seed.planning,
    });
  }

  mkdirSync(join(root, 'bench'), { recursive: true });
  const file = join(root, 'bench/results.json');
  let previous = {};
  try {
    previous = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // first run
  }
  writeFileSync(file, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
  console.log(`wrote ${file}`);
  for (const line of ratioSummary(results)) console.log(line);
} finally {
  server?.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
