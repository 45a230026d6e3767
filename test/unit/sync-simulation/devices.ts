import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { QuotientDb } from '../../../src/renderer/data/core/database';
import { schemaVersion } from '../../../src/renderer/data/core/migrations';
import { createNotifier } from '../../../src/renderer/data/core/notifier';
import { createRepositories } from '../../../src/renderer/data/repositories';
import type { Repositories } from '../../../src/renderer/data/repositories';
import { createSyncStore } from '../../../src/renderer/data/core/sync-store';
import type { SyncStore } from '../../../src/renderer/data/core/sync-store';
import { LAST_HLC_KEY } from '../../../src/renderer/data/core/write';
import { runSync } from '../../../src/shared/sync/engine';
import type { SyncRunResult, SyncTransport } from '../../../src/shared/sync/engine';
import { createClock } from '../../../src/shared/sync/hlc';
import type { Clock } from '../../../src/shared/sync/hlc';
import { createHttpTransport } from '../../../src/shared/sync/http-transport';
import type { FetchLike } from '../../../src/shared/sync/http-transport';
import type { SimClock } from './sim-server';

/**
 * A simulated device: its own fake IndexedDB (which outlives crashes), a wall clock on
 * simulated time plus its own skew, the real repositories and sync store, and the real HTTP
 * transport over the simulated network.
 */

/** What lives only as long as the app process: a crash replaces it. */
export type DeviceSession = {
  db: QuotientDb;
  clock: Clock;
  repos: Repositories;
  store: SyncStore;
};

export type Device = {
  readonly index: number;
  /** The author stamped into createdBy/updatedBy. */
  readonly author: string;
  /** HLC node id and push clientId. */
  readonly nodeId: string;
  readonly workspaceId: string;
  /** This device's wall clock minus simulated time; may jump, also backwards. */
  readonly skew: { ms: number };
  /** The device's wall clock in epoch ms. */
  readonly now: () => number;
  /** The device's disk. */
  readonly factory: IDBFactory;
  readonly transport: SyncTransport;
  session: DeviceSession;
};

/** Every device syncs with this made-up origin; only the simulated network answers it. */
const SERVER_URL = 'https://sync.simulation.invalid';

/** A distinct 16-hex-digit node id per device slot. */
export const nodeIdOf = (index: number): string => (index + 10).toString(16).repeat(16);

/**
 * Starts the app on the device's disk, as openWorkspace does: the clock resumes from the last
 * stamp this database made; the server offset is unknown until the next sync.
 */
async function openSession({
  index,
  author,
  nodeId,
  factory,
  now,
}: Pick<Device, 'index' | 'author' | 'nodeId' | 'factory' | 'now'>): Promise<DeviceSession> {
  const db = new QuotientDb(`quotient-device-${index}`, { indexedDB: factory, IDBKeyRange });
  await db.open();
  const last = (await db.syncState.get(LAST_HLC_KEY))?.value;
  const clock = createClock({ nodeId, now, ...(typeof last === 'string' ? { last } : {}) });
  const notifier = createNotifier();
  const authorOf = () => author;
  const repos = createRepositories({ db, clock, author: authorOf, notifier });
  const store = createSyncStore({ db, clock, author: authorOf, notifier });
  return { db, clock, repos, store };
}

/** A new device with an empty database, syncing as the user of `token` with `workspaceId`. */
export async function openDevice({
  index,
  workspaceId,
  token,
  skewMs,
  fetch,
  clock,
}: {
  index: number;
  workspaceId: string;
  token: string;
  skewMs: number;
  fetch: FetchLike;
  clock: SimClock;
}): Promise<Device> {
  const skew = { ms: skewMs };
  const identity = {
    index,
    author: `Gerät ${index + 1}`,
    nodeId: nodeIdOf(index),
    workspaceId,
    skew,
    now: () => clock.now() + skew.ms,
    factory: new IDBFactory(),
    transport: createHttpTransport({ baseUrl: SERVER_URL, token, workspaceId, fetch }),
  };
  return { ...identity, session: await openSession(identity) };
}

/** The app dies (nothing in memory survives) and starts again on the same disk. */
export async function crashAndRestart(device: Device): Promise<void> {
  device.session.db.close();
  device.session = await openSession(device);
}

/** One sync run through the simulated network; retry waits pass simulated time, not real time. */
export function syncDevice(device: Device, clock: SimClock): Promise<SyncRunResult> {
  const { store, clock: deviceClock } = device.session;
  return runSync({
    transport: device.transport,
    store,
    clock: deviceClock,
    clientId: device.nodeId,
    schemaVersion,
    now: device.now,
    wait: async (ms) => clock.advance(ms),
    // No simulated row references a blob; skipping the scan keeps runs short.
    skipBlobDownload: true,
  });
}

/** Closes the device's database for good. */
export function closeDevice(device: Device): void {
  device.session.db.close();
}
