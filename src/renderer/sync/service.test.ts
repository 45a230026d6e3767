import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeClientInput } from '../../../test/factories/domain';
import { sha256Hex } from '#shared/hash';
import { createClock } from '#shared/sync/hlc';
import { QuotientDb } from '#data/core/database';
import { createNotifier } from '#data/core/notifier';
import { createRepositories } from '#data/repositories';
import { createSyncStore } from '#data/core/sync-store';
import { TEST_START, freshIndexedDb } from '#test/test-workspace';
import { openWorkspace } from '#data/workspace';
import type { CommitEvent } from '#data/core/notifier';
import { createFakeServer } from '#test/fake-sync-server';
import type { FakeServer } from '#test/fake-sync-server';
import { createSyncService, createSyncServiceWith } from './service';
import type { StartedSyncService } from './service';
import { SYNC_TIMING } from './triggers';
import type { NetworkMonitor, Timers } from './triggers';
import type { SyncStatus, TokenPersistence, TokenStore } from './types';

const SERVER_URL = 'http://127.0.0.1:4000';
const ANNA = { id: 'u-anna', email: 'anna@example.de', password: 'anna-secret' };
const BEN = { id: 'u-ben', email: 'ben@example.de', password: 'ben-secret' };
const SALES = { id: 'ws-sales', name: 'Vertrieb', members: ['u-anna', 'u-ben'] };
const LEGAL = { id: 'ws-legal', name: 'Recht', members: ['u-anna'] };

let time = TEST_START;
const now = () => time;
let server: FakeServer;
const services: StartedSyncService[] = [];

beforeEach(() => {
  freshIndexedDb();
  time = TEST_START;
  server = createFakeServer({ users: [ANNA, BEN], workspaces: [SALES, LEGAL], now });
});

afterEach(() => {
  services.splice(0).forEach((service) => service.dispose());
});

/** Timers that fire only when a test says so, recording each delay asked for. */
function manualTimers() {
  let nextId = 1;
  const due = new Map<number, { ms: number; run: () => void }>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      due.set(nextId, { ms, run });
      return nextId++;
    },
    clearTimeout: (handle) => void due.delete(handle as number),
  };
  return {
    timers,
    /** The delays of the timers waiting, sorted. */
    delays: () => [...due.values()].map(({ ms }) => ms).sort((a, b) => a - b),
    /** Fires every waiting timer of exactly `ms`. */
    fire(ms: number) {
      const ready = [...due].filter(([, timer]) => timer.ms === ms);
      if (ready.length === 0) throw new Error(`no timer of ${ms} ms (have ${this.delays()})`);
      for (const [id, timer] of ready) {
        due.delete(id);
        timer.run();
      }
    },
  };
}

function fakeNetwork() {
  let online = true;
  const listeners = new Set<(online: boolean) => void>();
  const network: NetworkMonitor = {
    isOnline: () => online,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (next: boolean) => {
    online = next;
    listeners.forEach((listener) => listener(next));
  };
  return { network, set };
}

function memoryTokenStore(persistence: TokenPersistence = 'device') {
  let token: string | undefined;
  const store: TokenStore = {
    get: async () => token,
    set: async (next) => {
      token = next;
      return persistence;
    },
    clear: async () => {
      token = undefined;
    },
  };
  return { store, current: () => token };
}

/** One device: its own database, clock, repositories, sync store, timers and network. */
function openDevice(name: string, nodeId: string) {
  const db = new QuotientDb(name);
  const clock = createClock({ nodeId, now });
  const author = () => name;
  // One notifier, as openWorkspace wires it: applied pulls reach the service's listener too.
  const notifier = createNotifier();
  const repos = createRepositories({ db, clock, author, notifier });
  const store = createSyncStore({ db, clock, author, notifier });
  const manual = manualTimers();
  const net = fakeNetwork();
  const tokens = memoryTokenStore();
  const start = ({ fetch = server.fetch }: { fetch?: FakeServer['fetch'] } = {}) => {
    const service = createSyncServiceWith({
      store,
      clock,
      onCommitted: repos.onCommitted,
      tokenStore: tokens.store,
      fetch,
      now,
      timers: manual.timers,
      network: net.network,
      lock: (run) => run(),
    });
    services.push(service);
    return service;
  };
  return { db, repos, store, timers: manual, net, tokens, start };
}
type Device = ReturnType<typeof openDevice>;

/** Logs the device's service in and binds it to a workspace; resolves after the first run. */
async function connect(
  service: StartedSyncService,
  user = ANNA,
  workspaceId = SALES.id,
): Promise<void> {
  await service.ready;
  await service.login({ serverUrl: SERVER_URL, email: user.email, password: user.password });
  await service.selectWorkspace(workspaceId);
  await service.syncNow();
}

/** Waits until the status matches (a run started by a timer or an event ends by itself). */
async function statusWhere(service: StartedSyncService, test: (status: SyncStatus) => boolean) {
  await vi.waitFor(() => expect(test(service.getStatus())).toBe(true));
  return service.getStatus();
}

describe('sync service: signed out', () => {
  it('counts pending local changes and syncs nothing', async () => {
    const device = openDevice('anna', 'a1a1a1a1a1a1a1a1');
    await device.repos.clients.create(makeClientInput({ name: 'Rheinwerk GmbH' }));
    const service = device.start();
    await service.ready;
    await service.syncNow();
    const status = await statusWhere(service, (s) => s.pending > 0);
    expect([status.phase, status.account, status.conflicts]).toEqual(['signed-out', undefined, 0]);
    // Every field of the new client waits: name, address, tags, …
    expect(status.pending).toBeGreaterThan(5);
    expect(server.requests).toEqual([]);
    expect(device.timers.delays()).toEqual([]);
  });
});

describe('sync service: login and first sync', () => {
  it('logs in, binds the workspace, pushes the outbox and is up to date', async () => {
    const device = openDevice('anna', 'a1a1a1a1a1a1a1a1');
    const client = await device.repos.clients.create(makeClientInput({ name: 'Rheinwerk GmbH' }));
    const service = device.start();
    await service.ready;

    const reply = await service.login({
      serverUrl: SERVER_URL,
      email: ANNA.email,
      password: ANNA.password,
    });
    expect(reply.workspaces.map((w) => w.name)).toEqual(['Vertrieb', 'Recht']);
    // The token is kept once a workspace is chosen, not before.
    expect(device.tokens.current()).toBeUndefined();
    await service.selectWorkspace(SALES.id);
    await service.syncNow();

    expect(service.getStatus()).toEqual({
      phase: 'idle',
      pending: 0,
      conflicts: 0,
      account: {
        serverUrl: SERVER_URL,
        email: ANNA.email,
        userId: ANNA.id,
        workspaceId: SALES.id,
        workspaceName: 'Vertrieb',
      },
      lastSyncedAt: new Date(TEST_START).toISOString(),
      tokenPersistence: 'device',
    });
    expect(device.tokens.current()).toBe(reply.token);
    expect(server.workspace(SALES.id).rows().clients?.[client.id]?.name).toBe('Rheinwerk GmbH');
    expect(await device.store.getAccount()).toEqual(service.getStatus().account);
    // The next automatic run is the periodic one.
    expect(device.timers.delays()).toEqual([SYNC_TIMING.periodicMs]);
  });

  it('reports wrong credentials and keeps the device signed out', async () => {
    const service = openDevice('anna', 'a1a1a1a1a1a1a1a1').start();
    await service.ready;
    const error = await service
      .login({ serverUrl: SERVER_URL, email: ANNA.email, password: 'wrong' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'SyncError', code: 'unauthorized', status: 401 });
    expect(service.getStatus().phase).toBe('signed-out');
  });

  it('refuses to bind a database to a second workspace and changes nothing', async () => {
    const device = openDevice('anna', 'a1a1a1a1a1a1a1a1');
    const service = device.start();
    await connect(service);
    const token = device.tokens.current();
    await service.login({ serverUrl: SERVER_URL, email: ANNA.email, password: ANNA.password });
    await expect(service.selectWorkspace(LEGAL.id)).rejects.toMatchObject({
      name: 'WorkspaceBoundError',
    });
    expect(service.getStatus().account?.workspaceId).toBe(SALES.id);
    expect(device.tokens.current()).toBe(token);
  });

  it('picks up a stored login after a restart and syncs', async () => {
    const device = openDevice('anna', 'a1a1a1a1a1a1a1a1');
    const first = device.start();
    await connect(first);
    first.dispose();
    await device.repos.clients.create(makeClientInput({ name: 'Nachher AG' }));

    const second = device.start();
    await second.ready;
    const status = await statusWhere(second, (s) => s.phase === 'idle' && s.pending === 0);
    expect(status.account?.workspaceName).toBe('Vertrieb');
    expect(Object.values(server.workspace(SALES.id).rows().clients ?? {})).toHaveLength(1);
  });
});

describe('sync service: triggers', () => {
  let device: Device;
  let service: StartedSyncService;

  beforeEach(async () => {
    device = openDevice('anna', 'a1a1a1a1a1a1a1a1');
    service = device.start();
    await connect(service);
    server.requests.length = 0;
  });

  it('pushes a local change after the debounce', async () => {
    const client = await device.repos.clients.create(makeClientInput({ name: 'Hafen KG' }));
    await statusWhere(service, (s) => s.pending > 0);
    expect(device.timers.delays()).toEqual([SYNC_TIMING.debounceMs, SYNC_TIMING.periodicMs]);
    expect(server.requests).toEqual([]);

    device.timers.fire(SYNC_TIMING.debounceMs);
    await statusWhere(service, (s) => s.phase === 'idle' && s.pending === 0);
    expect(server.workspace(SALES.id).rows().clients?.[client.id]?.name).toBe('Hafen KG');
    expect(server.requests).toEqual([
      'POST /v1/workspaces/ws-sales/push',
      'GET /v1/workspaces/ws-sales/changes',
    ]);
  });

  it('runs periodically to pull what others pushed', async () => {
    const ben = openDevice('ben', 'b2b2b2b2b2b2b2b2');
    const benService = ben.start();
    await connect(benService, BEN);
    await ben.repos.clients.create(makeClientInput({ name: 'Von Ben GmbH' }));
    await benService.syncNow();

    device.timers.fire(SYNC_TIMING.periodicMs);
    await statusWhere(service, (s) => s.phase === 'idle');
    await vi.waitFor(async () =>
      expect((await device.repos.clients.list()).map((c) => c.name)).toEqual(['Von Ben GmbH']),
    );
  });

  it('never runs twice at once: a request during a run makes one more run', async () => {
    service.dispose();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inFlight = 0;
    let most = 0;
    const gated = async (input: string, init?: RequestInit) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        await gate;
        return await server.fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    // A started service with a login runs at once: that run waits at the gate.
    const gatedService = device.start({ fetch: gated });
    await gatedService.ready;
    expect(gatedService.getStatus().phase).toBe('syncing');
    const first = gatedService.syncNow();
    const second = gatedService.syncNow();
    release();
    await Promise.all([first, second]);
    expect(most).toBe(1);
    // The run in progress and exactly one more for both requests made during it.
    expect(server.requests).toEqual([
      'GET /v1/workspaces/ws-sales/changes',
      'GET /v1/workspaces/ws-sales/changes',
    ]);
    expect(gatedService.getStatus().phase).toBe('idle');
  });

  it('goes offline with the network and probes the server before running when it returns', async () => {
    device.net.set(false);
    expect(service.getStatus().phase).toBe('offline');
    expect(device.timers.delays()).toEqual([]);
    await device.repos.clients.create(makeClientInput({ name: 'Offline GmbH' }));
    await statusWhere(service, (s) => s.pending > 0);
    expect(device.timers.delays()).toEqual([]);

    device.net.set(true);
    await statusWhere(service, (s) => s.phase === 'idle' && s.pending === 0);
    expect(server.requests).toEqual([
      'GET /v1/health',
      'POST /v1/workspaces/ws-sales/push',
      'GET /v1/workspaces/ws-sales/changes',
    ]);
  });

  it('stays offline while the server is unreachable, retrying with growing waits', async () => {
    server.fail({ kind: 'network' });
    await service.syncNow();
    expect(service.getStatus()).toMatchObject({
      phase: 'offline',
      error: {
        code: 'network',
        message: 'Cannot reach the sync server: Failed to fetch',
      },
    });
    expect(device.timers.delays()).toEqual([5_000]);

    device.timers.fire(5_000);
    await vi.waitFor(() => expect(device.timers.delays()).toEqual([10_000]));
    expect(server.requests.at(-1)).toBe('GET /v1/health');

    server.heal();
    device.timers.fire(10_000);
    const status = await statusWhere(service, (s) => s.phase === 'idle');
    expect(status.error).toBeUndefined();
    expect(device.timers.delays()).toEqual([SYNC_TIMING.periodicMs]);
  });

  it("honours the server's Retry-After beyond the engine's own retries", async () => {
    server.fail({ kind: 'status', status: 429, error: 'too_many_requests', retryAfter: '120' });
    await service.syncNow();
    expect(service.getStatus()).toMatchObject({
      phase: 'error',
      error: { code: 'server', message: 'Server: scripted 429' },
    });
    expect(device.timers.delays()).toEqual([120_000]);
  });

  it('asks to log in again on 401 and stops running by itself', async () => {
    server.revokeTokens();
    await service.syncNow();
    expect(service.getStatus()).toMatchObject({
      phase: 'error',
      error: { code: 'unauthorized', message: 'Server: token expired or revoked' },
    });
    expect(device.timers.delays()).toEqual([]);
    await device.repos.clients.create(makeClientInput({ name: 'Später GmbH' }));
    await statusWhere(service, (s) => s.pending > 0);
    expect(device.timers.delays()).toEqual([]);

    // Logging in again to the bound workspace resumes.
    await service.login({ serverUrl: SERVER_URL, email: ANNA.email, password: ANNA.password });
    await service.selectWorkspace(SALES.id);
    await statusWhere(service, (s) => s.phase === 'idle' && s.pending === 0);
  });

  it('logs out: ends the session at the server, forgets the token, keeps the account and unsent changes, stops', async () => {
    await device.repos.clients.create(makeClientInput({ name: 'Bleibt GmbH' }));
    await statusWhere(service, (s) => s.pending > 0);
    const token = device.tokens.current();
    expect(server.validTokens()).toContain(token);
    expect(await service.logout()).toEqual({ serverSessionEnded: true });
    const status = service.getStatus();
    expect([status.phase, status.account?.workspaceId, status.pending > 0]).toEqual([
      'signed-out',
      SALES.id,
      true,
    ]);
    expect(device.tokens.current()).toBeUndefined();
    expect(server.validTokens()).not.toContain(token);
    expect(device.timers.delays()).toEqual([]);
    await service.syncNow();
    expect(server.requests).toEqual(['POST /v1/auth/logout']);
  });

  it('logs out offline on this device and says the server session could not be ended', async () => {
    const token = device.tokens.current();
    server.fail({ kind: 'network' });
    expect(await service.logout()).toEqual({ serverSessionEnded: false });
    expect([service.getStatus().phase, device.tokens.current()]).toEqual(['signed-out', undefined]);
    expect(server.validTokens()).toContain(token);
    server.heal();
    // A token the server no longer accepts counts as ended.
    await service.login({ serverUrl: SERVER_URL, email: ANNA.email, password: ANNA.password });
    await service.selectWorkspace(SALES.id);
    server.revokeTokens();
    expect(await service.logout()).toEqual({ serverSessionEnded: true });
  });

  it('logging out also ends a login whose workspace was never chosen', async () => {
    const reply = await service.login({
      serverUrl: SERVER_URL,
      email: ANNA.email,
      password: ANNA.password,
    });
    expect(server.validTokens()).toContain(reply.token);
    expect(await service.logout()).toEqual({ serverSessionEnded: true });
    expect(server.validTokens()).toEqual([]);
  });
});

describe('sync service: blobs on demand', () => {
  it("fetches a colleague's file from the server, verified, and stores it on this device", async () => {
    const device = openDevice('anna', 'a1a1a1a1a1a1a1a1');
    const service = device.start();
    const bytes = new TextEncoder().encode('PK Angebot Rheinwerk');
    const sha256 = await sha256Hex(bytes);
    await server.workspace(SALES.id).putBlob(sha256, bytes);

    expect(await service.fetchBlob(sha256)).toBe(false); // signed out: nothing to ask
    await connect(service);
    expect(await device.repos.blobs.has(sha256)).toBe(false);
    expect(await service.fetchBlob(sha256)).toBe(true);
    expect((await device.repos.blobs.get(sha256))?.data).toEqual(bytes);
    expect(await service.fetchBlob('0'.repeat(64))).toBe(false); // the server lacks it
  });
});

describe('sync service: conflicts', () => {
  it('lists an overwritten value and restores it as a new edit', async () => {
    const anna = openDevice('Anna', 'a1a1a1a1a1a1a1a1');
    const ben = openDevice('Ben', 'b2b2b2b2b2b2b2b2');
    const annaSync = anna.start();
    const benSync = ben.start();
    await connect(annaSync, ANNA);
    await connect(benSync, BEN);
    const client = await anna.repos.clients.create(makeClientInput({ name: 'Rheinwerk GmbH' }));
    await annaSync.syncNow();
    await benSync.syncNow();

    // Both edit offline: Ben the name later than Anna, and Anna also the city.
    anna.net.set(false);
    ben.net.set(false);
    await anna.repos.clients.update(client.id, { name: 'Rheinwerk (Anna)', city: 'Bonn' });
    time += 1_000;
    await ben.repos.clients.update(client.id, { name: 'Rheinwerk (Ben)' });
    // The services have counted the offline edits (so "idle, nothing pending" means pushed).
    await statusWhere(annaSync, (s) => s.pending > 0);
    await statusWhere(benSync, (s) => s.pending > 0);
    ben.net.set(true);
    await statusWhere(benSync, (s) => s.phase === 'idle' && s.pending === 0);
    anna.net.set(true);
    const annaStatus = await statusWhere(annaSync, (s) => s.phase === 'idle' && s.pending === 0);
    expect(annaStatus.conflicts).toBe(1);
    await benSync.syncNow();

    // Both edits arrived everywhere; the same field went to the later one.
    for (const device of [anna, ben]) {
      const row = await device.repos.clients.get(client.id);
      expect([row?.name, row?.city]).toEqual(['Rheinwerk (Ben)', 'Bonn']);
    }
    const conflicts = await annaSync.listConflicts();
    expect(
      conflicts.map(({ id: _id, detectedAt: _at, localHlc: _l, remoteHlc: _r, ...rest }) => rest),
    ).toEqual([
      {
        table: 'clients',
        rowId: client.id,
        field: 'name',
        label: 'Rheinwerk (Ben)',
        localValue: 'Rheinwerk (Anna)',
        localBy: 'Anna',
        remoteValue: 'Rheinwerk (Ben)',
        remoteBy: 'Ben',
      },
    ]);
    expect(await benSync.listConflicts()).toEqual([]);

    await annaSync.resolveConflict(conflicts[0]!.id, 'local');
    expect(annaSync.getStatus()).toMatchObject({ conflicts: 0 });
    expect(annaSync.getStatus().pending).toBeGreaterThan(0);
    await annaSync.syncNow();
    await benSync.syncNow();
    expect((await ben.repos.clients.get(client.id))?.name).toBe('Rheinwerk (Anna)');
    expect(await annaSync.listConflicts()).toEqual([]);
  });
});

describe('createSyncService', () => {
  it('syncs an open workspace, and pulled rows reach its commit listeners', async () => {
    const ben = openDevice('Ben', 'b2b2b2b2b2b2b2b2');
    const benSync = ben.start();
    await connect(benSync, BEN);
    // The same clock as the server and Ben: a fixed fixture date never meets the real clock.
    const workspace = await openWorkspace('quotient-anna', { now });
    const events: CommitEvent[] = [];
    workspace.repos.onCommitted((event) => events.push(event));
    const tokens = memoryTokenStore('session');
    const service = createSyncService({
      workspace,
      tokenStore: tokens.store,
      fetch: server.fetch,
      now,
      timers: manualTimers().timers,
      network: fakeNetwork().network,
      lock: (run) => run(),
    });
    services.push(service);
    const mine = await workspace.repos.clients.create(makeClientInput({ name: 'Anna AG' }));
    await ben.repos.clients.create(makeClientInput({ name: 'Ben GmbH' }));
    await benSync.syncNow();

    await connect(service);
    expect(service.getStatus()).toMatchObject({ phase: 'idle', tokenPersistence: 'session' });
    expect((await workspace.repos.clients.list()).map((c) => c.name)).toEqual([
      'Anna AG',
      'Ben GmbH',
    ]);
    expect(server.workspace(SALES.id).rows().clients?.[mine.id]?.name).toBe('Anna AG');
    expect(events.filter((event) => event.table === 'clients')).toHaveLength(2);
    workspace.close();
  });
});
