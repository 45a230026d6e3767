// Issue 5's figures for Quotient's own sync: the real server (own process, loopback HTTP) on
// PGlite in a temp folder, and on PostgreSQL when QUOTIENT_TEST_DATABASE_URL is set; clients are
// the real engine, HTTP transport and Dexie sync store, in Node on fake-indexeddb. Run with tsx;
// prints one JSON line: per storage the initial sync of 100,000 field changes (pull and apply
// into Dexie), the 10,000 offers of the PouchDB comparison and the lost-edits experiment.
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QuotientDb } from '../../src/renderer/data/core/database';
import type { StoredOffer } from '../../src/renderer/data/core/database';
import { schemaVersion } from '../../src/renderer/data/core/migrations';
import { createNotifier } from '../../src/renderer/data/core/notifier';
import { createSyncStore } from '../../src/renderer/data/core/sync-store';
import { commit, loadRow, newRow, patchRow } from '../../src/renderer/data/core/write';
import type { WriteContext, Written } from '../../src/renderer/data/core/write';
import { createTempDatabase } from '../support/temp-postgres';
import { runSync } from '../../src/shared/sync/engine';
import type { SyncLocalStore, SyncRunResult, SyncTransport } from '../../src/shared/sync/engine';
import { createClock } from '../../src/shared/sync/hlc';
import { createHttpTransport, loginRequest } from '../../src/shared/sync/http-transport';
import { PUSH_BATCH_CHANGES } from '../../src/shared/sync/protocol';
import {
  EDITED_OFFER_COUNT,
  OFFER_COUNT,
  OFFER_FIELD_COUNT,
  benchOfferContent,
  editedDiscountPct,
  editedTitle,
  offerId,
  visibleEdits,
} from './sync-offers';
import { perSecond, printFigures, roundMs, startChildServer, timed } from './sync-lib';
import type { ChildServer } from './sync-lib';
import type { BenchLogin } from './sync-server';

/** Field changes the initial-sync figure pulls into a fresh client (issue 5: 100,000). */
const INITIAL_SYNC_CHANGES = 100_000;
/** Offers written per local transaction while seeding a client (untimed). */
const WRITE_CHUNK = 1_000;
/** Bench users and their workspaces: one for the initial sync, one for the offers. */
const USERS = ['seed@initial', 'fresh@initial', 'a@offers', 'b@offers', 'c@offers'];

/**
 * One engine run: `ms` in all, `pushMs` until its first pull (the push phase), `pullRequestMs`
 * waiting for pull replies (server and HTTP), `applyMs` applying pages to Dexie.
 */
type SyncRun = {
  result: SyncRunResult;
  ms: number;
  pushMs: number;
  pullRequestMs: number;
  applyMs: number;
};

/** A device: its own Dexie database, clock and sync store, logged in to the bench server. */
type BenchClient = {
  name: string;
  ctx: WriteContext;
  /** One engine run with where its time went. */
  sync(): Promise<SyncRun>;
  close(): void;
};

async function openClient(
  name: string,
  serverUrl: string,
  login: BenchLogin,
): Promise<BenchClient> {
  const db = new QuotientDb(`bench-${name}-${randomBytes(4).toString('hex')}`);
  await db.open();
  const clock = createClock({ nodeId: randomBytes(8).toString('hex') });
  const ctx: WriteContext = { db, clock, author: () => name, notifier: createNotifier() };
  const store = createSyncStore(ctx);
  const { token, workspaces } = await loginRequest(serverUrl, login);
  const workspaceId = workspaces[0]?.id;
  if (workspaceId === undefined) throw new Error(`${login.email} belongs to no workspace`);
  const transport = createHttpTransport({ baseUrl: serverUrl, token, workspaceId });
  return {
    name,
    ctx,
    async sync() {
      let applyMs = 0;
      let pullRequestMs = 0;
      let firstPullAt: number | undefined;
      const timedStore: SyncLocalStore = {
        ...store,
        async applyPage(page) {
          const applied = await timed(() => store.applyPage(page));
          applyMs += applied.ms;
          return applied.result;
        },
      };
      const timedTransport: SyncTransport = {
        ...transport,
        async pull(since, limit) {
          firstPullAt ??= performance.now();
          const reply = await timed(() => transport.pull(since, limit));
          pullRequestMs += reply.ms;
          return reply.result;
        },
      };
      const started = performance.now();
      const run = await timed(() =>
        runSync({
          transport: timedTransport,
          store: timedStore,
          clock,
          clientId: store.nodeId,
          schemaVersion,
          skipBlobDownload: true,
        }),
      );
      return { ...run, pushMs: (firstPullAt ?? started) - started, pullRequestMs, applyMs };
    },
    close: () => db.close(),
  };
}

/** Writes the first `count` offers as new rows through the write layer (rows, clocks, outbox). */
async function writeOffers(client: BenchClient, count: number): Promise<void> {
  for (let start = 0; start < count; start += WRITE_CHUNK) {
    await commit(client.ctx, ['offers'], (batch, stamp) => {
      for (let index = start; index < Math.min(count, start + WRITE_CHUNK); index++) {
        // The write layer adds the row metadata (createdAt … deleted) from the stamp.
        const fields = benchOfferContent(index);
        const written = newRow({ table: 'offers', fields, stamp, id: offerId(index) });
        // Bench offers carry the offer list's fields, not a full Offer with its revision links.
        batch.add('offers', written as unknown as Written<StoredOffer>);
      }
    });
  }
}

/** Edits one field of the first EDITED_OFFER_COUNT offers locally, as the editor does (offline). */
async function editOffline(
  client: BenchClient,
  edit: (index: number) => Partial<Pick<StoredOffer, 'title' | 'discountPct'>>,
): Promise<void> {
  await commit(client.ctx, ['offers'], async (batch, stamp) => {
    for (let index = 0; index < EDITED_OFFER_COUNT; index++) {
      const existing = await loadRow(client.ctx.db, 'offers', offerId(index));
      batch.put('offers', patchRow({ table: 'offers', existing, next: edit(index), stamp }));
    }
  });
}

/** How many of both sides' edits a client's offers show. */
async function countVisible(client: BenchClient): Promise<number> {
  const keys = Array.from({ length: EDITED_OFFER_COUNT }, (_, index) => offerId(index));
  const rows = await client.ctx.db.offers.bulkGet(keys);
  return rows.reduce((sum, row, index) => sum + visibleEdits(index, row), 0);
}

const logins = (server: ChildServer): Record<string, BenchLogin> =>
  server.ready.users as Record<string, BenchLogin>;

/** (a) and (b): a client pushes 100,000 field changes; a fresh client's first sync pulls them. */
async function initialSync(server: ChildServer) {
  const users = logins(server);
  const offerCount = Math.ceil(INITIAL_SYNC_CHANGES / OFFER_FIELD_COUNT);
  const seed = await openClient('seed', server.url, users.seed!);
  await writeOffers(seed, offerCount);
  const seeded = await seed.sync();
  const fresh = await openClient('fresh', server.url, users.fresh!);
  const first = await fresh.sync();
  const stored = await fresh.ctx.db.offers.count();
  seed.close();
  fresh.close();
  if (stored !== offerCount)
    throw new Error(`fresh client holds ${stored} of ${offerCount} offers`);
  const { pulled } = first.result;
  return {
    changes: seeded.result.pushed,
    prefillPushMs: roundMs(seeded.pushMs),
    prefillPushChangesPerSec: perSecond(seeded.result.pushed, seeded.pushMs),
    initialSyncMs: roundMs(first.ms),
    pulled,
    pullApplyChangesPerSec: perSecond(pulled, first.ms),
    pullRequestMs: roundMs(first.pullRequestMs),
    applyMs: roundMs(first.applyMs),
    applyOnlyChangesPerSec: perSecond(pulled, first.applyMs),
  };
}

/** (c) The comparison's 10,000 offers: A pushes, fresh B pulls; then the lost-edits experiment. */
async function offersAndLostEdits(server: ChildServer) {
  const users = logins(server);
  const [clientA, clientB] = await Promise.all([
    openClient('a', server.url, users.a!),
    openClient('b', server.url, users.b!),
  ]);
  await writeOffers(clientA, OFFER_COUNT);
  const pushed = await clientA.sync();
  const pulled = await clientB.sync();
  const changes = pushed.result.pushed;
  if (pulled.result.pulled !== changes) {
    throw new Error(`client B pulled ${pulled.result.pulled} of ${changes} changes`);
  }
  const offers = {
    offers: OFFER_COUNT,
    fieldsPerOffer: OFFER_FIELD_COUNT,
    changes,
    pushMs: roundMs(pushed.pushMs),
    pushDocsPerSec: perSecond(OFFER_COUNT, pushed.pushMs),
    pushFieldChangesPerSec: perSecond(changes, pushed.pushMs),
    clientASyncMs: roundMs(pushed.ms),
    pullMs: roundMs(pulled.ms),
    pullDocsPerSec: perSecond(OFFER_COUNT, pulled.ms),
    pullFieldChangesPerSec: perSecond(changes, pulled.ms),
    pullRequestMs: roundMs(pulled.pullRequestMs),
    applyMs: roundMs(pulled.applyMs),
    convergeMs: roundMs(pushed.pushMs + pulled.ms),
  };

  await editOffline(clientA, (index) => ({ title: editedTitle(index) }));
  await editOffline(clientB, (index) => ({ discountPct: editedDiscountPct(index) }));
  const rounds = await timed(() => syncUntilQuiet([clientA, clientB]));
  const clientC = await openClient('c', server.url, users.c!);
  await clientC.sync();
  const [onServer = 0, onA = 0, onB = 0] = await Promise.all(
    [clientC, clientA, clientB].map(countVisible),
  );
  for (const client of [clientA, clientB, clientC]) client.close();
  const edits = 2 * EDITED_OFFER_COUNT;
  return {
    offers,
    lostEdits: {
      offers: EDITED_OFFER_COUNT,
      edits,
      visibleOnServer: onServer,
      visibleOnClientA: onA,
      visibleOnClientB: onB,
      lost: edits - onServer,
      syncRounds: rounds.result,
      syncMs: roundMs(rounds.ms),
    },
  };
}

/** Syncs the clients in turn until a round pushes and pulls nothing new. */
async function syncUntilQuiet(clients: readonly BenchClient[]): Promise<number> {
  for (let round = 1; round <= 10; round++) {
    let moved = 0;
    for (const client of clients) {
      const { result } = await client.sync();
      moved += result.pushed + result.pulled;
    }
    if (moved === 0) return round;
  }
  throw new Error('sync still moving changes after 10 rounds');
}

/** Every figure on one storage, with a server process of its own. */
async function measureStorage(args: string[]) {
  const server = await startChildServer('test/bench/sync-server.ts', [
    ...args,
    '--users',
    USERS.join(','),
  ]);
  try {
    return { initialSync: await initialSync(server), ...(await offersAndLostEdits(server)) };
  } finally {
    await server.stop();
  }
}

async function measurePglite() {
  const folder = mkdtempSync(join(tmpdir(), 'quotient-sync-bench-'));
  try {
    return await measureStorage(['--pglite', folder]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function measurePostgres(adminUrl: string) {
  const temp = await createTempDatabase(adminUrl, 'quotient_bench');
  try {
    return await measureStorage(['--postgres', temp.url]);
  } finally {
    await temp.drop();
  }
}

const adminUrl = process.env.QUOTIENT_TEST_DATABASE_URL;
printFigures({
  client: 'Node, Dexie on fake-indexeddb (in-memory IndexedDB), real engine and HTTP transport',
  pushBatchChanges: PUSH_BATCH_CHANGES,
  pglite: await measurePglite(),
  ...(adminUrl ? { postgres: await measurePostgres(adminUrl) } : {}),
});
