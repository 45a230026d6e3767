// Issue 5's figures: push throughput (the server's own bench), pull and apply into Dexie, the
// initial sync of 100,000 field changes, and the side-by-side with PouchDB 9 replicating the same
// 10,000 offers to pouchdb-server (in-memory), lost edits included. Each script runs under tsx in
// its own process and prints one JSON line; PostgreSQL is measured when
// QUOTIENT_TEST_DATABASE_URL is set.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const PUSH_BENCH = 'test/bench/sync-push.bench-run.ts';
const round2 = (value) => Math.round(value * 100) / 100;

/** Runs a TypeScript bench script under tsx and parses the last JSON line it printed. */
function runScript(root, script) {
  console.log(`sync: running ${script}`);
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = stdout
    .trim()
    .split('\n')
    .reverse()
    .find((text) => text.startsWith('{'));
  if (line === undefined) throw new Error(`${script} printed no JSON line`);
  return JSON.parse(line);
}

/** Marks each figure met or not (`min`: at least, `target`: at most) and prints one line each. */
function report(figures) {
  for (const [name, figure] of Object.entries(figures)) {
    if (!figure || typeof figure !== 'object' || !('value' in figure)) continue;
    if ('min' in figure) figure.met = figure.value >= figure.min;
    else if ('target' in figure) figure.met = figure.value <= figure.target;
    else continue;
    const bound = 'min' in figure ? `≥ ${figure.min}` : `≤ ${figure.target}`;
    console.log(`${figure.met ? 'ok  ' : 'MISS'} sync ${name}: ${figure.value} (target ${bound})`);
  }
  return figures;
}

/** Ours against PouchDB on one storage: throughputs as ours/PouchDB (above 1: ours faster), times as ours/PouchDB (below 1: ours faster). */
function compare(ours, pouch) {
  const pair = (oursValue, pouchValue) => ({
    ours: oursValue,
    pouchdb: pouchValue,
    ratio: round2(oursValue / pouchValue),
  });
  return {
    pushFieldChangesPerSec: pair(ours.offers.pushFieldChangesPerSec, pouch.pushFieldValuesPerSec),
    pushDocsPerSec: pair(ours.offers.pushDocsPerSec, pouch.pushDocsPerSec),
    pullFieldChangesPerSec: pair(ours.offers.pullFieldChangesPerSec, pouch.pullFieldValuesPerSec),
    convergeMs: pair(ours.offers.convergeMs, pouch.convergeMs),
    lostEdits: { ours: ours.lostEdits.lost, pouchdb: pouch.lostEdits.lost },
  };
}

/** The figures of one storage: push (server bench), pull and apply, initial sync, lost edits. */
function storageFigures({ name, ours, push, minPush }) {
  const pushFigure = push
    ? {
        value: push.changesPerSec,
        min: minPush,
        source: PUSH_BENCH,
        batches: push.batches,
        changesPerBatch: push.changesPerBatch,
        p50BatchMs: push.p50BatchMs,
        p95BatchMs: push.p95BatchMs,
      }
    : { value: ours.offers.pushFieldChangesPerSec, min: minPush, source: 'engine, 10,000 offers' };
  return {
    [`push${name}ChangesPerSec`]: pushFigure,
    [`engine${name}PushChangesPerSec`]: {
      value: ours.offers.pushFieldChangesPerSec,
      min: minPush,
      changes: ours.offers.changes,
      pushMs: ours.offers.pushMs,
    },
    [`pullApplyDexie${name}ChangesPerSec`]: {
      value: ours.initialSync.pullApplyChangesPerSec,
      min: 5_000,
      applyOnlyChangesPerSec: ours.initialSync.applyOnlyChangesPerSec,
      pulled: ours.initialSync.pulled,
    },
    [`initialSync100k${name}Ms`]: {
      value: ours.initialSync.initialSyncMs,
      target: 60_000,
      changes: ours.initialSync.pulled,
    },
    [`lostEdits${name}`]: { value: ours.lostEdits.lost, target: 0, ...ours.lostEdits },
  };
}

/** Runs the sync benches and returns bench/results.json's `sync` entry. */
export function measureSync({ root }) {
  const push = existsSync(join(root, PUSH_BENCH)) ? runScript(root, PUSH_BENCH) : undefined;
  const ours = runScript(root, 'test/bench/sync.bench-run.ts');
  const pouch = runScript(root, 'test/bench/sync-pouch.bench-run.ts');
  const storages = [
    { name: 'Pglite', ours: ours.pglite, push: push?.pglite, minPush: 2_000 },
    { name: 'Postgres', ours: ours.postgres, push: push?.postgres, minPush: 5_000 },
  ].filter((storage) => storage.ours !== undefined);
  const figures = Object.assign({}, ...storages.map(storageFigures));
  return {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, node: process.version },
    client: ours.client,
    network: 'loopback HTTP; each server in its own process',
    ...report(figures),
    pouchdb: pouch,
    ours: { pglite: ours.pglite, postgres: ours.postgres },
    comparison: Object.fromEntries(
      storages.map(({ name, ours: measured }) => [name.toLowerCase(), compare(measured, pouch)]),
    ),
  };
}
