// Figure of issue 5: push throughput of the sync server over HTTP on loopback, in batches of
// 500 field changes (the client's batch size). Targets: ≥ 2,000 changes/s on PGlite and
// ≥ 5,000 on PostgreSQL. Run: npx tsx test/bench/sync-push.bench-run.ts [--batches 100]
// PostgreSQL is measured when QUOTIENT_TEST_DATABASE_URL or DATABASE_URL is set (in a
// temporary database created there and dropped afterwards). Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import type { Change } from '../../src/shared/sync/change';
import type { LoginReply, Mutation, PushRequest } from '../../src/shared/sync/protocol';
import { PUSH_BATCH_CHANGES } from '../../src/shared/sync/protocol';
import { SYNCED_SCHEMA_VERSION } from '../../src/shared/sync/synced-fields';
import { addUser, buildServer, openDb } from '../../src/server';
import type { Db } from '../../src/server';
import { createTempDatabase } from '../support/temp-postgres';

const { values } = parseArgs({ options: { batches: { type: 'string', default: '100' } } });
const BATCHES = Number(values.batches);
const WARM_UP = 5;
const FIELDS_PER_ROW = 10;
const TARGETS = { pglite: 2_000, postgres: 5_000 } as const;

type Figures = {
  changesPerSec: number;
  batches: number;
  changesPerBatch: number;
  totalMs: number;
  p50BatchMs: number;
  p95BatchMs: number;
  maxBatchMs: number;
  target: number;
  meetsTarget: boolean;
};

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? Number.NaN;

/** One push: 50 mutations (one row each) of 10 field changes, every one new, so every one is appended. */
function batch(index: number, nowMs: number): PushRequest {
  const hlc = `${new Date(nowMs).toISOString()}-0000-00000000000000be`;
  const mutations: Mutation[] = Array.from(
    { length: PUSH_BATCH_CHANGES / FIELDS_PER_ROW },
    (_, row) => ({
      mid: index * 1000 + row + 1,
      changes: Array.from({ length: FIELDS_PER_ROW }, (_, field): Change => ({
        table: 'offerLines',
        id: `line-${index}-${row}`,
        field: `field${field}`,
        value:
          field % 2 === 0
            ? `${index}.${row}.${field} Beratung vor Ort`
            : { net: `${row}.50`, vat: 19 },
        hlc,
      })),
    }),
  );
  // A client newer than the server: its fields field0… are opaque values the server keeps.
  return { clientId: 'bench-client', schemaVersion: SYNCED_SCHEMA_VERSION + 1, mutations };
}

async function measure(db: Db, target: number): Promise<Figures> {
  const app = await buildServer({ db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const { workspaceId } = await addUser(db, {
      email: 'bench@example.com',
      password: 'bench-password',
      workspace: 'bench',
    });
    if (workspaceId === undefined) throw new Error('addUser made no workspace');
    const login = await fetch(`${url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.com', password: 'bench-password' }),
    });
    const { token } = (await login.json()) as LoginReply;
    const push = async (body: PushRequest): Promise<number> => {
      const started = performance.now();
      const response = await fetch(`${url}/v1/workspaces/${workspaceId}/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (response.status !== 200)
        throw new Error(`push failed: ${response.status} ${await response.text()}`);
      await response.arrayBuffer();
      return performance.now() - started;
    };
    for (let i = 0; i < WARM_UP; i++) await push(batch(i, Date.now()));
    const times: number[] = [];
    const started = performance.now();
    for (let i = WARM_UP; i < WARM_UP + BATCHES; i++) times.push(await push(batch(i, Date.now())));
    const totalMs = performance.now() - started;

    // Not a timing check: every change must have reached the change log.
    const rows = await db.query<{ count: number }>(
      'select count(*) as count from change_log where workspace_id = $1',
      [workspaceId],
    );
    const expected = (WARM_UP + BATCHES) * PUSH_BATCH_CHANGES;
    if (rows[0]?.count !== expected)
      throw new Error(`change log holds ${rows[0]?.count}, expected ${expected}`);

    const sorted = [...times].sort((a, b) => a - b);
    const changesPerSec = Math.round((BATCHES * PUSH_BATCH_CHANGES) / (totalMs / 1000));
    return {
      changesPerSec,
      batches: BATCHES,
      changesPerBatch: PUSH_BATCH_CHANGES,
      totalMs: Math.round(totalMs),
      p50BatchMs: Math.round(quantile(sorted, 0.5)),
      p95BatchMs: Math.round(quantile(sorted, 0.95)),
      maxBatchMs: Math.round(sorted[sorted.length - 1] ?? Number.NaN),
      target,
      meetsTarget: changesPerSec >= target,
    };
  } finally {
    await app.close();
  }
}

const results: { pglite?: Figures; postgres?: Figures } = {};

const dataDir = mkdtempSync(join(tmpdir(), 'quotient-sync-bench-'));
try {
  const db = await openDb({ dataDir });
  try {
    results.pglite = await measure(db, TARGETS.pglite);
  } finally {
    await db.close();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const postgresUrl = process.env.QUOTIENT_TEST_DATABASE_URL || process.env.DATABASE_URL;
if (postgresUrl) {
  const temp = await createTempDatabase(postgresUrl, 'quotient_bench');
  try {
    const db = await openDb({ databaseUrl: temp.url });
    try {
      results.postgres = await measure(db, TARGETS.postgres);
    } finally {
      await db.close();
    }
  } finally {
    await temp.drop();
  }
}

console.log(JSON.stringify(results));
