import { beforeEach, describe, expect, it } from 'vitest';
import catalogDemo from '../../../../resources/demo/catalog.de.json';
import textBlocksDemo from '../../../../resources/demo/text-blocks.json';
import workspaceDemo from '../../../../resources/demo/workspace.de.json';
import offerBundleExample from '../../../../test/fixtures/offer-bundle-example.json';
import {
  makeActivityInput,
  makeBundleInput,
  makeCatalogItemInput,
  makeClientInput,
  makeCompanyProfile,
  makeContactInput,
  makeDocumentArchiveInput,
  makeOfferInput,
  makeOfferLineInput,
  makeOfferSettings,
  makeOpportunityInput,
  makeRoleInput,
  makeTextBlockInput,
} from '../../../../test/factories/domain';
import {
  makeAnalysisInput,
  makeBattlecardInput,
  makeCompetitorInput,
  makePriceObservationInput,
} from '../../../../test/factories/analyses';
import {
  makeContractClauseInput,
  makeSignInput,
  makeSignatureDraft,
  makeSignaturePng,
  makeSlaRows,
} from '../../../../test/factories/contracts';
import {
  makeDeckInput,
  makeLeadForm,
  makeSlidePng,
} from '../../../../test/factories/presentations';
import { makeInstalmentRow, makeWorkPackageAdd } from '../../../../test/factories/planning';
import { analysisKinds } from '#shared/domain/analyses';
import { slideKinds } from '#shared/domain/presentations';
import { sha256Hex } from '#shared/hash';
import { SyncError, downloadBlob, runSync } from '#shared/sync/engine';
import type { SyncRunResult, SyncTransport } from '#shared/sync/engine';
import { createClock, formatHlc } from '#shared/sync/hlc';
import type { SyncProgress } from '#shared/sync/status';
import { createReferenceServer, referenceTransport } from '#shared/sync/reference-server';
import type { ReferenceServer } from '#shared/sync/reference-server';
import { SYNCED_SCHEMA_VERSION, checkChange } from '#shared/sync/synced-fields';
import { BlobIntegrityError } from './blobs.repository';
import { QuotientDb, syncedTables } from './database';
import { schemaVersion } from './migrations';
import { createNotifier } from './notifier';
import type { CommitEvent } from './notifier';
import { createRepositories } from '../repositories';
import { WorkspaceBoundError, createSyncStore } from './sync-store';
import { TEST_START, freshIndexedDb } from '#test/test-workspace';
import { LAST_HLC_KEY } from './write';

const NODE_A = 'a1a1a1a1a1a1a1a1';
const NODE_B = 'b2b2b2b2b2b2b2b2';

let time = TEST_START;
const now = () => time;
let server: ReferenceServer;

beforeEach(() => {
  freshIndexedDb();
  time = TEST_START;
  server = createReferenceServer({ now });
});

/** One device: its own database, node id, clock and author, on the shared test time. */
function openDevice(name: string, nodeId: string, author = name) {
  const db = new QuotientDb(name);
  const clock = createClock({ nodeId, now });
  const notifier = createNotifier();
  const events: CommitEvent[] = [];
  notifier.subscribe((event) => events.push(event));
  const repos = createRepositories({ db, clock, author: () => author });
  const store = createSyncStore({ db, clock, author: () => author, notifier });
  const progress: SyncProgress[] = [];
  const sync = (
    transport: SyncTransport = referenceTransport(server),
    waits: number[] = [],
  ): Promise<SyncRunResult> =>
    runSync({
      transport,
      store,
      clock,
      clientId: nodeId,
      schemaVersion,
      now,
      onProgress: (step) => progress.push(step),
      wait: async (ms) => {
        waits.push(ms);
      },
    });
  return { db, clock, repos, store, events, progress, sync };
}
type Device = ReturnType<typeof openDevice>;

/** Devices a and b, both synced with one client that a created. */
async function sharedClient({ authors = false, name }: { authors?: boolean; name?: string } = {}) {
  const a = openDevice('a', NODE_A, authors ? 'Anna' : 'a');
  const b = openDevice('b', NODE_B, authors ? 'Ben' : 'b');
  const [id] = await createClients(a, 1, name);
  await a.sync();
  await b.sync();
  return { a, b, id };
}

/** Everything a device holds in its synced tables (rows with field clocks). */
async function contents(device: Device) {
  const { db } = device;
  return {
    clients: await db.clients.orderBy('id').toArray(),
    offers: await db.offers.orderBy('id').toArray(),
    catalogItems: await db.catalogItems.orderBy('id').toArray(),
    documents: await db.documents.orderBy('id').toArray(),
  };
}

/** A transport that records calls and lets a test break one of them. */
function spyTransport(
  inner: SyncTransport,
  hooks: {
    beforePush?: (call: number) => Promise<void> | void;
    afterPush?: (call: number) => void;
    pullFails?: (call: number) => boolean;
  } = {},
) {
  const calls: string[] = [];
  let pushes = 0;
  let pulls = 0;
  const transport: SyncTransport = {
    async push(request) {
      pushes += 1;
      calls.push(`push ${request.mutations.flatMap((m) => m.changes).length}`);
      await hooks.beforePush?.(pushes);
      const reply = await inner.push(request);
      hooks.afterPush?.(pushes);
      return reply;
    },
    async pull(since, limit) {
      pulls += 1;
      calls.push(`pull ${since}`);
      if (hooks.pullFails?.(pulls)) throw new SyncError('network', 'connection reset');
      return inner.pull(since, limit);
    },
    async putBlob(sha256, bytes, type) {
      calls.push(`putBlob ${sha256.slice(0, 8)}`);
      return inner.putBlob(sha256, bytes, type);
    },
    async getBlob(sha256) {
      calls.push(`getBlob ${sha256.slice(0, 8)}`);
      return inner.getBlob(sha256);
    },
  };
  return { transport, calls };
}

async function createClients(device: Device, count: number, prefix = 'Kunde'): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    ids.push(
      (await device.repos.clients.create(makeClientInput({ name: `${prefix} ${index}` }))).id,
    );
  }
  return ids;
}

describe('push', () => {
  it('sends the outbox in batches of at most 500 changes and deletes records only after the reply', async () => {
    const a = openDevice('a', NODE_A);
    await createClients(a, 60);
    const pending = await a.store.pendingChanges();
    expect(pending).toBeGreaterThan(1000);
    const outboxAtPush: number[] = [];
    const { transport, calls } = spyTransport(referenceTransport(server), {
      beforePush: async () => {
        outboxAtPush.push(await a.db.outbox.count());
      },
    });

    const result = await a.sync(transport);

    // Whole records (one client write each) until the next would pass 500 changes.
    const perClient = pending / 60;
    const clientsPerBatch = Math.floor(500 / perClient);
    const batches = Math.ceil(60 / clientsPerBatch);
    const pushed = calls.filter((call) => call.startsWith('push')).map((c) => Number(c.slice(5)));
    expect(pushed).toEqual(
      Array.from(
        { length: batches },
        (_, index) => Math.min(clientsPerBatch, 60 - index * clientsPerBatch) * perClient,
      ),
    );
    // Each batch was still in the outbox while its push was under way.
    expect(outboxAtPush).toEqual(pushed.map((_, index) => 60 - index * clientsPerBatch));
    expect(await a.db.outbox.count()).toBe(0);
    expect(result).toMatchObject({ pushed: pending, resynced: false, conflicts: 0 });
    expect(server.log().length).toBe(pending);
    expect(a.progress.at(-1)).toMatchObject({ pushed: pending, toPush: pending });
  });

  it('re-sends the same mids after a lost reply, and the server adds nothing twice', async () => {
    const a = openDevice('a', NODE_A);
    await createClients(a, 3);
    const pending = await a.store.pendingChanges();
    const lossy = spyTransport(referenceTransport(server), {
      afterPush: () => {
        throw new SyncError('network', 'reply lost');
      },
    });

    await expect(a.sync(lossy.transport)).rejects.toMatchObject({ code: 'network' });
    expect(server.log().length).toBe(pending);
    expect(await a.store.pendingChanges()).toBe(pending);

    const second = await a.sync();
    expect(second.pushed).toBe(pending);
    expect(server.log().length).toBe(pending);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('retries a 503 after its Retry-After, then succeeds', async () => {
    const a = openDevice('a', NODE_A);
    await createClients(a, 1);
    const inner = referenceTransport(server);
    let failures = 2;
    const flaky: SyncTransport = {
      ...inner,
      push: async (request) => {
        if (failures-- > 0) throw new SyncError('server', 'busy', 503, 1500);
        return inner.push(request);
      },
    };
    const waits: number[] = [];
    const result = await a.sync(flaky, waits);
    expect(waits).toEqual([1500, 1500]);
    expect(result.pushed).toBeGreaterThan(0);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('gives up after three attempts with a server error', async () => {
    const a = openDevice('a', NODE_A);
    await createClients(a, 1);
    const down: SyncTransport = {
      ...referenceTransport(server),
      push: async () => {
        throw new SyncError('server', 'down', 500);
      },
    };
    const waits: number[] = [];
    await expect(a.sync(down, waits)).rejects.toMatchObject({ code: 'server', status: 500 });
    expect(waits).toEqual([500, 1000]);
    expect(await a.db.outbox.count()).toBe(1);
  });

  it('refuses locally a change the server would reject, naming it', async () => {
    const a = openDevice('a', NODE_A);
    await a.db.outbox.add({
      table: 'clients',
      id: 'c1',
      hlc: formatHlc({ millis: TEST_START, counter: 0, node: NODE_A }),
      fields: { notes: 'x'.repeat(1024 * 1024) },
    } as never);
    await expect(a.sync()).rejects.toMatchObject({
      code: 'rejected',
      message: expect.stringContaining('clients/c1/notes'),
    });
    expect(server.log()).toEqual([]);
  });
});

describe('push of a field the server would refuse', () => {
  it('is refused locally, naming the change', async () => {
    const a = openDevice('a', NODE_A);
    await a.db.outbox.add({
      table: 'clients',
      id: 'c1',
      hlc: formatHlc({ millis: TEST_START, counter: 0, node: NODE_A }),
      fields: { shoeSize: 42 },
    } as never);
    await expect(a.sync()).rejects.toMatchObject({
      code: 'rejected',
      message: 'Local change clients/c1/shoeSize cannot be sent: clients has no field shoeSize',
    });
    expect(server.log()).toEqual([]);
  });
});

describe('pull', () => {
  it('applies pages with their cursor and resumes after an interruption from the last applied page', async () => {
    const a = openDevice('a', NODE_A);
    await createClients(a, 150);
    await a.sync();
    const total = server.log().length;
    expect(total).toBeGreaterThan(2500);

    const b = openDevice('b', NODE_B);
    const broken = spyTransport(referenceTransport(server), { pullFails: (call) => call === 3 });
    await expect(b.sync(broken.transport)).rejects.toMatchObject({ code: 'network' });
    const cursor = await b.store.getCursor();
    // Two pages applied, each ending on a whole row.
    expect(cursor).toBeGreaterThan(1500);
    expect(cursor).toBeLessThanOrEqual(2000);
    expect(cursor % (total / 150)).toBe(0);
    expect(await b.db.clients.count()).toBe(cursor / (total / 150));

    const resumed = spyTransport(referenceTransport(server));
    const result = await b.sync(resumed.transport);
    expect(resumed.calls[0]).toBe(`pull ${cursor}`);
    expect(result.pulled).toBe(total - cursor);
    expect(await contents(b)).toEqual(await contents(a));
    expect(b.progress.at(-1)).toMatchObject({ pulled: total - cursor, toPull: total - cursor });
    // Applying never queues anything for push.
    expect(await b.db.outbox.count()).toBe(0);
    expect(b.events.find((event) => event.table === 'clients')?.ids.length).toBeGreaterThan(0);
  });

  it('keeps changes of a table it does not know and adopts them once it knows the table', async () => {
    const b = openDevice('b', NODE_B);
    const hlc = formatHlc({ millis: TEST_START, counter: 0, node: NODE_A });
    server.push({
      clientId: 'newer-client',
      schemaVersion: 99,
      mutations: [
        {
          mid: 1,
          changes: [
            { table: 'leadScores', id: 'l1', field: 'score', value: 7, hlc },
            { table: 'clients', id: 'c1', field: 'name', value: 'Neu GmbH', hlc },
          ],
        },
      ],
    });
    const result = await b.sync();
    expect(result).toMatchObject({ pulled: 2, foreign: 1 });
    expect(await b.db.foreignChanges.toArray()).toEqual([
      { table: 'leadScores', id: 'l1', field: 'score', value: 7, hlc },
    ]);
    expect((await b.db.clients.get('c1'))?.name).toBe('Neu GmbH');

    // A change parked for a table this client now knows (as after an upgrade) is adopted.
    await b.db.foreignChanges.put({ table: 'roles', id: 'r1', field: 'name', value: 'PM', hlc });
    const later = openDevice('b', NODE_B);
    await later.sync();
    expect((await later.db.roles.get('r1'))?.name).toBe('PM');
    expect((await later.db.foreignChanges.toArray()).map((change) => change.table)).toEqual([
      'leadScores',
    ]);

    // A restored server that lost them gets them back from the park.
    server.restore({ log: [], lastMids: [], blobs: [] }, 'epoch-2');
    expect((await later.sync()).resynced).toBe(true);
    expect(server.winner('leadScores', 'l1', 'score')).toEqual({ value: 7, hlc });
  });

  it('applies a change stamped far ahead and stamps later local edits after it', async () => {
    const b = openDevice('b', NODE_B);
    const client = await b.repos.clients.create(makeClientInput({ name: 'Mitte' }));
    await b.sync();
    const ahead = formatHlc({ millis: TEST_START + 60 * 60_000, counter: 0, node: NODE_A });
    server.push({
      clientId: NODE_A,
      schemaVersion,
      mutations: [
        {
          mid: 1,
          changes: [{ table: 'clients', id: client.id, field: 'name', value: 'Vorne', hlc: ahead }],
        },
      ],
    });
    const result = await b.sync();
    expect(result).toMatchObject({ pulled: 1, driftIgnored: 1 });
    expect((await b.db.clients.get(client.id))?.name).toBe('Vorne');
    // An edit of that field must win over the value it replaces, also after a restart.
    await b.repos.clients.update(client.id, { name: 'Hinten' });
    const edited = await b.db.clients.get(client.id);
    expect(edited?.name).toBe('Hinten');
    expect(edited!.fieldClocks.name! > ahead).toBe(true);
    expect((await b.db.syncState.get(LAST_HLC_KEY))?.value).toBe(edited!.fieldClocks.name);
    await b.sync();
    expect(server.rows().clients?.[client.id]?.name).toBe('Hinten');
  });

  it('measures the server offset from reply times', async () => {
    const b = openDevice('b', NODE_B);
    const skewed = createReferenceServer({ now: () => time + 90_000 });
    await b.sync(referenceTransport(skewed));
    const client = await b.repos.clients.create(makeClientInput());
    expect((await b.db.clients.get(client.id))?.fieldClocks.name).toBe(
      formatHlc({ millis: TEST_START + 90_000, counter: 0, node: NODE_B }),
    );
  });
});

describe('two devices', () => {
  it('converge: the higher stamp wins a field, edits of different fields of a row both stay', async () => {
    const { a, b, id } = await sharedClient({ authors: true });

    time += 1000;
    await a.repos.clients.update(id!, { city: 'Bonn', notes: 'von Anna' });
    time += 1000;
    await b.repos.clients.update(id!, { city: 'Aachen', website: 'https://ben.example.de' });
    await b.sync();
    await a.sync();
    await b.sync();

    const [clientA] = (await contents(a)).clients;
    expect(clientA).toMatchObject({
      city: 'Aachen',
      notes: 'von Anna',
      website: 'https://ben.example.de',
    });
    expect(await contents(b)).toEqual(await contents(a));
    expect(server.rows().clients?.[id!]).toMatchObject({ city: 'Aachen', notes: 'von Anna' });
  });

  it('records the overwritten value as a conflict and restores either value', async () => {
    const { a, b, id } = await sharedClient({ authors: true, name: 'Rheinland' });

    time += 1000;
    await a.repos.clients.update(id!, { name: 'Rheinland Logistik GmbH' });
    time += 1000;
    await b.repos.clients.update(id!, { name: 'Rheinland Logistik AG' });
    await a.sync();
    const atB = await b.sync();
    expect(atB.conflicts).toBe(0); // B's stamp is higher: it wins, nothing of B's is lost
    const atA = await a.sync();
    expect(atA.conflicts).toBe(1);

    const [conflict, ...others] = await a.store.listConflicts();
    expect(others).toEqual([]);
    const clientAtA = await a.db.clients.get(id!);
    expect(conflict).toEqual({
      id: expect.any(String),
      table: 'clients',
      rowId: id,
      field: 'name',
      label: 'Rheinland Logistik AG',
      localValue: 'Rheinland Logistik GmbH',
      localHlc: formatHlc({ millis: TEST_START + 1000, counter: 0, node: NODE_A }),
      localBy: 'Anna',
      remoteValue: 'Rheinland Logistik AG',
      remoteHlc: clientAtA?.fieldClocks.name,
      remoteBy: 'Ben',
      detectedAt: expect.any(String),
    });
    expect(await a.store.countConflicts()).toBe(1);

    // Keep the local value: a new edit, pushed like any other.
    time += 1000;
    await a.store.resolveConflict(conflict!.id, 'local');
    expect((await a.db.clients.get(id!))?.name).toBe('Rheinland Logistik GmbH');
    expect(await a.store.pendingChanges()).toBe(3); // name, updatedAt, updatedBy
    expect(await a.store.listConflicts()).toEqual([]);
    await a.sync();
    const back = await b.sync();
    expect((await b.db.clients.get(id!))?.name).toBe('Rheinland Logistik GmbH');

    // Anna chose after seeing Ben's value: an edit on top of his, not a conflict for Ben.
    expect(back.conflicts).toBe(0);
    expect(await b.store.listConflicts()).toEqual([]);
  });

  it('keeping the remote value resolves the conflict and writes nothing', async () => {
    const { a, b, id } = await sharedClient({ authors: true, name: 'Rheinland' });
    time += 1000;
    await a.repos.clients.update(id!, { name: 'Rheinland A' });
    await b.repos.clients.update(id!, { name: 'Rheinland B' }); // same millisecond: node b sorts higher
    await b.sync();
    expect((await a.sync()).conflicts).toBe(1);
    const [conflict] = await a.store.listConflicts();
    expect(conflict).toMatchObject({ localValue: 'Rheinland A', remoteValue: 'Rheinland B' });
    await a.store.resolveConflict(conflict!.id, 'remote');
    expect(await a.store.countConflicts()).toBe(0);
    expect(await a.db.outbox.count()).toBe(0);
    expect((await a.db.clients.get(id!))?.name).toBe('Rheinland B');
    expect((await a.db.conflicts.get(conflict!.id))?.resolution).toBe('remote');
  });

  it('records no conflict for an equal value or a field another device wrote last', async () => {
    const { a, b, id } = await sharedClient({});
    time += 1000;
    await b.repos.clients.update(id!, { notes: 'B eins' });
    await b.sync();
    await a.sync();
    time += 1000;
    await a.repos.clients.update(id!, { city: 'Bonn' });
    await b.repos.clients.update(id!, { city: 'Bonn', notes: 'B zwei' });
    await b.sync();
    const result = await a.sync();
    expect(result.conflicts).toBe(0);
    expect((await a.db.clients.get(id!))?.notes).toBe('B zwei');
  });

  it('records no conflict when another device changes a field after it pulled ours', async () => {
    const { a, b, id } = await sharedClient({});
    time += 1000;
    await b.repos.clients.update(id!, { notes: 'von B' });
    await b.sync();
    expect((await a.sync()).conflicts).toBe(0);
    expect((await a.db.clients.get(id!))?.notes).toBe('von B');
  });

  it('records a conflict when the other edit was made before ours reached the server', async () => {
    const { a, b, id } = await sharedClient({});
    time += 1000;
    await a.repos.clients.update(id!, { notes: 'von A' }); // offline
    time += 1000;
    await b.repos.clients.update(id!, { notes: 'von B' }); // offline, later stamp
    time += 60_000;
    await a.sync(); // A's edit reaches the server after B made his
    await b.sync();
    expect((await a.sync()).conflicts).toBe(1);
    expect(await a.store.listConflicts()).toMatchObject([
      { field: 'notes', localValue: 'von A', remoteValue: 'von B' },
    ]);
  });
});

describe('epoch', () => {
  it('resyncs fully after a server restore, keeping unsent changes and bringing lost data back', async () => {
    const a = openDevice('a', NODE_A);
    const b = openDevice('b', NODE_B);
    await createClients(a, 2, 'Früh');
    await a.sync();
    const backup = server.snapshot();
    time += 1000;
    const lost = await createClients(a, 2, 'Verloren');
    await a.sync();
    await b.sync();
    server.restore(backup, 'epoch-2');
    expect(server.rows().clients?.[lost[0]!]).toBeUndefined();

    time += 1000;
    const [unsent] = await createClients(a, 1, 'Ungesendet');
    const result = await a.sync();
    expect(result.resynced).toBe(true);
    expect(await a.store.getEpoch()).toBe('epoch-2');
    expect(await a.db.outbox.count()).toBe(0);
    const names = Object.values(server.rows().clients ?? {}).map((row) => row.name);
    expect(names.sort()).toEqual(['Früh 0', 'Früh 1', 'Ungesendet 0', 'Verloren 0', 'Verloren 1']);
    expect(server.rows().clients?.[unsent!]).toBeDefined();

    // The other device resyncs too and ends up with the same rows.
    const atB = await b.sync();
    expect(atB.resynced).toBe(true);
    expect(await contents(b)).toEqual(await contents(a));
    // A second resync push of the same data adds nothing to the log.
    const logLength = server.log().length;
    await a.sync();
    expect(server.log().length).toBe(logLength);
  });
});

describe('restored database', () => {
  it('pushes as a new client when the server has higher mids from it than it ever made', async () => {
    const a = openDevice('a', NODE_A);
    await createClients(a, 3, 'Vorher');
    await a.sync();
    // The same device's database restored from a copy older than those writes.
    const restored = openDevice('a-restored', NODE_A);
    const [written] = await createClients(restored, 1, 'Nachher');
    const result = await restored.sync();
    expect(result.pushed).toBeGreaterThan(0);
    expect(server.rows().clients?.[written!]?.name).toBe('Nachher 0');
    const clientId = await restored.store.getClientId();
    expect(clientId).toMatch(new RegExp(`^${NODE_A}-[0-9a-f]{16}$`));
    // It keeps that id: the next write is not mistaken for a duplicate either.
    const [next] = await createClients(restored, 1, 'Danach');
    await restored.sync();
    expect(server.rows().clients?.[next!]?.name).toBe('Danach 0');
    expect(await restored.store.getClientId()).toBe(clientId);
    await a.sync();
    await restored.sync();
    expect(await contents(restored)).toEqual(await contents(a));
  });
});

describe('server reset', () => {
  it('resyncs when the log ends before the cursor even though the epoch stayed', async () => {
    const a = openDevice('a', NODE_A);
    await createClients(a, 1, 'Früh');
    await a.sync();
    const backup = server.snapshot();
    time += 1000;
    await createClients(a, 2, 'Verloren');
    await a.sync();
    server.restore(backup, server.epoch);

    const result = await a.sync();
    expect(result.resynced).toBe(true);
    const names = Object.values(server.rows().clients ?? {}).map((row) => row.name);
    expect(names.sort()).toEqual(['Früh 0', 'Verloren 0', 'Verloren 1']);
    expect(await a.store.getCursor()).toBe(server.log().length);
  });
});

describe('blobs', () => {
  async function archive(device: Device) {
    const client = await device.repos.clients.create(makeClientInput());
    const offer = await device.repos.offers.create(makeOfferInput(client.id));
    const data = new TextEncoder().encode('PK Angebot Rheinland');
    const document = await device.repos.documents.archive(
      makeDocumentArchiveInput(offer.id, { data }),
    );
    const sheet = new TextEncoder().encode('%PDF-1.7 Datenblatt');
    const sheetSha = await device.repos.blobs.put({ data: sheet, type: 'application/pdf' });
    await device.repos.catalog.create(makeCatalogItemInput({ datasheetSha256: sheetSha }));
    return { document, data, sheet, sheetSha };
  }

  it('uploads referenced blobs before the rows, once, and downloads and verifies them elsewhere', async () => {
    const a = openDevice('a', NODE_A);
    const { document, data, sheet, sheetSha } = await archive(a);
    const { transport, calls } = spyTransport(referenceTransport(server));
    const result = await a.sync(transport);
    expect(result.blobs.uploaded).toBe(2);
    const firstPush = calls.findIndex((call) => call.startsWith('push'));
    expect(calls.slice(0, firstPush).sort()).toEqual(
      [`putBlob ${document.sha256.slice(0, 8)}`, `putBlob ${sheetSha.slice(0, 8)}`].sort(),
    );
    expect(server.getBlob(document.sha256)).toEqual(data);

    // An edit of the same row does not upload again.
    await a.repos.catalog.create(
      makeCatalogItemInput({ name: 'Zweites', datasheetSha256: sheetSha }),
    );
    expect((await a.sync(transport)).blobs.uploaded).toBe(0);

    const b = openDevice('b', NODE_B);
    expect((await b.sync()).blobs).toEqual({ uploaded: 0, downloaded: 2, failed: 0 });
    expect(await b.repos.blobs.get(document.sha256)).toMatchObject({
      type: document.mimeType,
      data,
    });
    expect(await b.repos.blobs.get(sheetSha)).toMatchObject({
      type: 'application/pdf',
      data: sheet,
    });
    expect(await b.store.missingBlobs()).toEqual([]);
    // Known to the server: B does not upload them back.
    expect(await b.store.blobsToUpload([document.sha256, sheetSha])).toEqual([]);
  });

  it('uploads a competitor attachment before its row and downloads it with its own type', async () => {
    const a = openDevice('a', NODE_A);
    const competitor = await a.repos.competitors.create(makeCompetitorInput());
    const bytes = new TextEncoder().encode('PK Preisvergleich Elbtal');
    const attachment = await a.repos.competitorAttachments.attach(competitor.id, {
      name: 'Preisvergleich.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes,
    });
    const { transport, calls } = spyTransport(referenceTransport(server));
    expect((await a.sync(transport)).blobs.uploaded).toBe(1);
    const firstPush = calls.findIndex((call) => call.startsWith('push'));
    expect(calls.slice(0, firstPush)).toEqual([`putBlob ${attachment.sha256.slice(0, 8)}`]);

    const b = openDevice('b', NODE_B);
    expect((await b.sync()).blobs).toEqual({ uploaded: 0, downloaded: 1, failed: 0 });
    expect(await b.repos.blobs.get(attachment.sha256)).toMatchObject({
      type: attachment.mimeType,
      data: bytes,
    });
    expect(await b.repos.competitorAttachments.readBytes(attachment.id)).toEqual(bytes);
    expect(await b.store.missingBlobs()).toEqual([]);
  });

  it("uploads a slide's image and video before the rows and downloads them with their types", async () => {
    const a = openDevice('a', NODE_A);
    const deck = await a.repos.decks.createDeck(makeDeckInput());
    const picture = await a.repos.slides.add(deck.id, 'text');
    const film = await a.repos.slides.add(deck.id, 'media');
    const png = makeSlidePng();
    const mp4 = new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 109, 112, 52, 50]);
    const image = await a.repos.slides.setMedia(picture.id, {
      name: 'stand.png',
      mimeType: 'image/png',
      data: png,
    });
    const video = await a.repos.slides.setMedia(film.id, {
      name: 'demo.mp4',
      mimeType: 'video/mp4',
      data: mp4,
    });
    // A copy of the deck points at the same bytes: uploaded once.
    await a.repos.decks.duplicateDeck(deck.id);
    const { transport, calls } = spyTransport(referenceTransport(server));
    expect((await a.sync(transport)).blobs.uploaded).toBe(2);
    const firstPush = calls.findIndex((call) => call.startsWith('push'));
    expect(calls.slice(0, firstPush).sort()).toEqual(
      [image.mediaSha256, video.mediaSha256].map((sha) => `putBlob ${sha.slice(0, 8)}`).sort(),
    );

    const b = openDevice('b', NODE_B);
    expect((await b.sync()).blobs).toEqual({ uploaded: 0, downloaded: 2, failed: 0 });
    expect(await b.repos.blobs.get(image.mediaSha256)).toMatchObject({
      type: 'image/png',
      data: png,
    });
    expect(await b.repos.blobs.get(video.mediaSha256)).toMatchObject({
      type: 'video/mp4',
      data: mp4,
    });
    expect(await b.store.missingBlobs()).toEqual([]);
    // A device without the bytes lists them as missing.
    await b.db.blobs.delete(video.mediaSha256);
    expect(await b.store.missingBlobs()).toEqual([video.mediaSha256]);
  });

  it('rejects downloaded bytes that do not match their hash and stores nothing', async () => {
    const a = openDevice('a', NODE_A);
    const { document } = await archive(a);
    await a.sync();
    const b = openDevice('b', NODE_B);
    const tampered: SyncTransport = {
      ...referenceTransport(server),
      getBlob: async () => new TextEncoder().encode('manipuliert'),
    };
    expect((await b.sync(tampered)).blobs).toEqual({ uploaded: 0, downloaded: 0, failed: 2 });
    expect(await b.db.blobs.count()).toBe(0);
    await expect(
      downloadBlob({ transport: tampered, store: b.store, sha256: document.sha256 }),
    ).rejects.toBeInstanceOf(BlobIntegrityError);
    expect(
      await downloadBlob({
        transport: referenceTransport(server),
        store: b.store,
        sha256: document.sha256,
      }),
    ).toBe(true);
    expect(await sha256Hex((await b.db.blobs.get(document.sha256))!.data)).toBe(document.sha256);
  });

  it('uploads blobs again after a new epoch', async () => {
    const a = openDevice('a', NODE_A);
    const backup = server.snapshot();
    const { document } = await archive(a);
    await a.sync();
    server.restore(backup, 'epoch-2');
    expect(server.getBlob(document.sha256)).toBeUndefined();
    const result = await a.sync();
    expect(result).toMatchObject({ resynced: true, blobs: { uploaded: 2 } });
    expect(server.getBlob(document.sha256)).toBeDefined();
  });
});

describe('account', () => {
  const account = {
    serverUrl: 'https://sync.example.de',
    email: 'anna@example.de',
    userId: 'u1',
    workspaceId: 'ws1',
    workspaceName: 'Vertrieb',
  };

  it('binds the database to its first workspace and keeps the binding on logout', async () => {
    const a = openDevice('a', NODE_A);
    expect(await a.store.getAccount()).toBeUndefined();
    await a.store.setAccount(account);
    expect(await a.store.getAccount()).toEqual(account);
    await a.store.setAccount(undefined);
    expect(await a.store.getAccount()).toBeUndefined();
    await expect(a.store.setAccount({ ...account, workspaceId: 'ws2' })).rejects.toBeInstanceOf(
      WorkspaceBoundError,
    );
    await a.store.setAccount({ ...account, email: 'anna.m@example.de' });
    expect((await a.store.getAccount())?.email).toBe('anna.m@example.de');
    await a.store.setLastSyncedAt('2026-11-28T10:00:00.000Z');
    expect(await a.store.getLastSyncedAt()).toBe('2026-11-28T10:00:00.000Z');
  });
});

describe('contracts', () => {
  /** A Werkvertrag drafted on `device` from a client's offer, with its term set (a draft). */
  async function draftContract(device: Device) {
    const { repos } = device;
    await repos.settings.saveCompany(makeCompanyProfile());
    const client = await repos.clients.create(makeClientInput());
    await repos.contacts.create(makeContactInput(client.id, { primary: true }));
    const offer = await repos.offers.create(makeOfferInput(client.id));
    const section = await repos.offerSections.add({ offerId: offer.id, title: 'Leistungen' });
    await repos.offerLines.add(makeOfferLineInput(offer.id, section.id));
    const { contract } = await repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: offer.id,
      type: 'werkvertrag',
      language: 'de',
    });
    await repos.contracts.setVariable(contract.id, 'contract.start', '2027-01-01');
    await repos.contracts.setVariable(contract.id, 'contract.termMonths', '24');
    return contract;
  }

  const signInput = () =>
    makeSignInput({
      signatures: [
        makeSignatureDraft('company'),
        makeSignatureDraft('client', { png: makeSignaturePng({ width: 380, height: 120 }) }),
      ],
    });

  it('uploads the signature images and the signed PDF before the rows and downloads them with their types', async () => {
    const a = openDevice('a', NODE_A);
    const contract = await draftContract(a);
    await a.repos.contracts.setStatus(contract.id, 'sent');
    const input = signInput();
    await a.repos.contracts.sign(contract.id, input);
    const revision = (await a.repos.contracts.listRevisions(contract.id))[0]!;
    const signatures = await a.repos.contracts.listSignatures(revision.id);
    const hashes = [revision.signedPdfSha256, ...signatures.map((s) => s.pngSha256)];
    expect(new Set(hashes).size).toBe(3);
    const { transport, calls } = spyTransport(referenceTransport(server));
    expect((await a.sync(transport)).blobs.uploaded).toBe(3);
    // The signing is the last write: its push (the last) comes after the three uploads.
    const lastPush = calls.findLastIndex((call) => call.startsWith('push'));
    const uploads = calls.flatMap((call, index) => (call.startsWith('putBlob') ? [index] : []));
    expect(uploads.map((index) => calls[index]).sort()).toEqual(
      hashes.map((sha) => `putBlob ${sha.slice(0, 8)}`).sort(),
    );
    expect(uploads.every((index) => index < lastPush)).toBe(true);

    const b = openDevice('b', NODE_B);
    expect(await b.store.missingBlobs()).toEqual([]);
    expect((await b.sync()).blobs).toEqual({ uploaded: 0, downloaded: 3, failed: 0 });
    expect(await b.repos.blobs.get(revision.signedPdfSha256)).toMatchObject({
      type: 'application/pdf',
      data: input.signedPdf,
    });
    expect(await b.repos.blobs.get(signatures[0]!.pngSha256)).toMatchObject({
      type: 'image/png',
      data: input.signatures[0]!.png,
    });
    expect(await b.repos.contracts.verifySigned(contract.id)).toMatchObject({ ok: true });
    expect(await b.store.missingBlobs()).toEqual([]);
  });

  it('lists the blobs of signed contracts it lacks', async () => {
    const a = openDevice('a', NODE_A);
    const contract = await draftContract(a);
    await a.repos.contracts.setStatus(contract.id, 'sent');
    await a.repos.contracts.sign(contract.id, signInput());
    const revision = (await a.repos.contracts.listRevisions(contract.id))[0]!;
    const signatures = await a.repos.contracts.listSignatures(revision.id);
    await a.db.blobs.clear();
    expect((await a.store.missingBlobs()).sort()).toEqual(
      [revision.signedPdfSha256, ...signatures.map((s) => s.pngSha256)].sort(),
    );
  });

  it('keeps a revision signed here: pulled edits to it become locked conflicts and change nothing', async () => {
    const a = openDevice('a', NODE_A, 'Anna');
    const b = openDevice('b', NODE_B, 'Ben');
    const contract = await draftContract(a);
    await a.sync();
    await b.sync();
    // Ben edits the draft while Anna, offline, sends and signs it at the customer's table.
    time += 1000;
    const clause = (await b.repos.contracts.revisionContent(contract.currentRevisionId))
      .clauses[0]!;
    await b.repos.contracts.editClause(contract.id, clause.id, { body: 'Bens Fassung.' });
    await b.repos.contracts.setVariable(contract.id, 'contract.termMonths', '36');
    await b.repos.contracts.addCustomClause(contract.id, {
      title: 'Nachtrag',
      body: 'Von Ben.',
      category: 'general',
    });
    time += 1000;
    await a.repos.contracts.setStatus(contract.id, 'sent');
    await a.repos.contracts.sign(contract.id, signInput());
    const signedAtA = await a.repos.contracts.revisionContent(contract.currentRevisionId);
    const rowsAtA = {
      revisions: await a.db.contractRevisions.toArray(),
      clauses: await a.db.contractRevisionClauses.toArray(),
      signatures: await a.db.contractSignatures.toArray(),
    };
    await b.sync();
    const pulled = await a.sync();
    expect(pulled.conflicts).toBeGreaterThanOrEqual(3);
    expect(await a.repos.contracts.revisionContent(contract.currentRevisionId)).toEqual(signedAtA);
    expect({
      revisions: await a.db.contractRevisions.toArray(),
      clauses: await a.db.contractRevisionClauses.toArray(),
      signatures: await a.db.contractSignatures.toArray(),
    }).toEqual(rowsAtA);
    expect(await a.repos.contracts.verifySigned(contract.id)).toMatchObject({ ok: true });

    const conflicts = await a.store.listConflicts();
    expect(conflicts.every((c) => c.reason === 'locked')).toBe(true);
    const byField = (table: string, field: string, rowId: string) =>
      conflicts.find((c) => c.table === table && c.field === field && c.rowId === rowId);
    expect(byField('contractRevisionClauses', 'body', clause.id)).toMatchObject({
      localValue: clause.body,
      remoteValue: 'Bens Fassung.',
      label: clause.title,
    });
    expect(byField('contractRevisions', 'variables', contract.currentRevisionId)).toMatchObject({
      remoteValue: expect.objectContaining({ 'contract.termMonths': '36' }),
    });
    // Ben's new clause in the signed revision was not created here.
    expect(
      conflicts.some((c) => c.table === 'contractRevisionClauses' && c.localValue === undefined),
    ).toBe(true);
    expect(conflicts.some((c) => ['updatedAt', 'updatedBy'].includes(c.field))).toBe(false);

    // Resolving either way writes nothing: the signed text stays.
    await a.store.resolveConflict(conflicts[0]!.id, 'local');
    await a.store.resolveConflict(conflicts[1]!.id, 'remote');
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.store.countConflicts()).toBe(conflicts.length - 2);
    expect(await a.repos.contracts.revisionContent(contract.currentRevisionId)).toEqual(signedAtA);

    // Ben's device takes the signing itself: the revision is signed and locked there too.
    await b.sync();
    const atB = (await b.repos.contracts.get(contract.id))!;
    expect(atB.status).toBe('signed');
    const revisionAtB = (await b.repos.contracts.getRevision(contract.currentRevisionId))!;
    expect(revisionAtB.signedPdfSha256).toBe(signedAtA.revision.signedPdfSha256);
    expect(revisionAtB.contentHash).toBe(signedAtA.revision.contentHash);
    expect(await b.repos.contracts.listSignatures(revisionAtB.id)).toHaveLength(2);
    expect(await b.store.listConflicts()).toEqual([]);
  });

  it('applies pulled changes to revisions not signed here', async () => {
    const a = openDevice('a', NODE_A);
    const b = openDevice('b', NODE_B);
    const contract = await draftContract(a);
    await a.sync();
    await b.sync();
    time += 1000;
    await b.repos.contracts.setVariable(contract.id, 'contract.termMonths', '36');
    await b.sync();
    expect((await a.sync()).conflicts).toBe(0);
    const revision = (await a.repos.contracts.getRevision(contract.currentRevisionId))!;
    expect(revision.variables['contract.termMonths']).toBe('36');
  });
});

describe('synced fields', () => {
  it('describe the schema version this client pushes', () => {
    expect(SYNCED_SCHEMA_VERSION).toBe(schemaVersion);
  });

  it('accept every change the repositories write, in every synced table', async () => {
    const a = openDevice('a', NODE_A);
    const { repos } = a;
    await repos.importWorkspace({
      ...workspaceDemo,
      catalog: catalogDemo,
      textBlocks: textBlocksDemo,
    });
    await repos.importOfferBundle(offerBundleExample);
    await repos.settings.saveCompany(makeCompanyProfile());
    await repos.offerSettings.save(makeOfferSettings());
    const client = await repos.clients.create(makeClientInput({ tags: ['Neukunde'] }));
    await repos.clients.update(client.id, { city: 'Bonn' });
    await repos.contacts.create(makeContactInput(client.id));
    await repos.activities.create(makeActivityInput(client.id));
    await repos.opportunities.create(makeOpportunityInput(client.id));
    const role = await repos.roles.create(makeRoleInput());
    const item = await repos.catalog.create(makeCatalogItemInput({ roleId: role.id }));
    await repos.bundles.create(makeBundleInput([item.id]));
    const block = await repos.textBlocks.create(makeTextBlockInput());
    const offer = await repos.offers.create(
      makeOfferInput(client.id, { currency: 'CHF', exchangeRate: '0.94' }),
    );
    const section = await repos.offerSections.add({ offerId: offer.id, title: 'Beratung' });
    const line = await repos.offerLines.add(
      makeOfferLineInput(offer.id, section.id, {
        unit: 'person-day',
        estimate: { optimistic: '2', mostLikely: '3', pessimistic: '6', riskPct: '10' },
      }),
    );
    await repos.offerLines.add(
      makeOfferLineInput(offer.id, section.id, {
        kind: 'alternative',
        replacesOriginId: line.originId,
      }),
    );
    await repos.offerLines.add(
      makeOfferLineInput(offer.id, section.id, { unitPrice: '-100.00', credit: true }),
    );
    await repos.offerChapters.add({ offerId: offer.id, textBlockId: block.id });
    await repos.documents.archive(makeDocumentArchiveInput(offer.id));
    await repos.offers.markSent(offer.id);
    const revision = await repos.offers.revise(offer.id);
    await repos.offers.duplicate(revision.id, { variantName: 'Variante B' });
    await repos.offers.markSent(revision.id);
    await repos.offers.accept(revision.id);
    const lost = await repos.offers.create(makeOfferInput(client.id, { title: 'Verloren' }));
    await repos.offers.markSent(lost.id);
    await repos.offers.reject(lost.id, { reason: 'Preis zu hoch' });
    await repos.offerLines.remove(line.id).catch(() => undefined);
    // Issue 12: competitors with an attachment, a battlecard and a price, every kind of
    // analysis, and an opportunity with competitors in play that was lost to one of them.
    const competitor = await repos.competitors.create(makeCompetitorInput());
    await repos.competitors.update(competitor.id, { lastVerified: '2026-11-20' });
    await repos.competitorAttachments.attach(competitor.id, {
      name: 'Preisliste.pdf',
      mimeType: 'application/pdf',
      bytes: new TextEncoder().encode('%PDF-1.7 Preisliste'),
    });
    await repos.battlecards.save(competitor.id, makeBattlecardInput(competitor.id));
    await repos.priceObservations.create(
      makePriceObservationInput(competitor.id, { category: '', catalogItemId: item.id }),
    );
    for (const kind of analysisKinds) {
      await repos.analyses.create(makeAnalysisInput(kind, {}, [competitor.id]));
    }
    const lostDeal = await repos.opportunities.create(
      makeOpportunityInput(client.id, {
        title: 'Verloren an Elbtal',
        stage: 'lost',
        probability: 0,
      }),
    );
    await repos.winLoss.setCompetitorsInPlay(lostDeal.id, [competitor.id], competitor.id);
    await repos.winLoss.recordLoss(lostDeal.id, {
      lossReason: 'price',
      lostToCompetitorId: competitor.id,
      lostToPrice: '41000.00',
      lostPriceGapPct: '-12.5',
      category: 'service',
    });
    // Issue 13: the clause library with a custom clause, a contract drafted from the accepted
    // offer, edited, sent, edited again (revision 2), sent, signed and terminated; one deleted.
    await repos.contractClauses.installLibrary();
    const travel = await repos.contractClauses.create(makeContractClauseInput());
    await repos.contractClauses.update(travel.id, { walkAwayBody: 'Keine Reisekosten.' });
    const { contract } = await repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: revision.id,
      type: 'werkvertrag',
      language: 'de',
    });
    await repos.contracts.update(contract.id, { title: 'Werkvertrag Lager' });
    await repos.contracts.setVariable(contract.id, 'contract.start', '2027-01-01');
    await repos.contracts.setVariable(contract.id, 'contract.termMonths', '24');
    await repos.contracts.setVariable(contract.id, 'contract.noticeMonths', '3');
    await repos.contracts.setSlaTable(contract.id, makeSlaRows());
    const travelClause = await repos.contracts.addClause(contract.id, travel.id, 1);
    await repos.contracts.setNegotiation(contract.id, travelClause.id, 'fallback');
    await repos.contracts.editClause(contract.id, travelClause.id, { body: 'Pauschal 500 EUR.' });
    const own = await repos.contracts.addCustomClause(contract.id, {
      title: 'Steuerung',
      body: 'Monatliche Steuerungsrunde.',
      category: 'general',
    });
    await repos.contracts.moveClause(contract.id, own.id, 0);
    await repos.contracts.setStatus(contract.id, 'in-review');
    await repos.contracts.setStatus(contract.id, 'sent');
    await repos.contracts.removeClause(contract.id, own.id); // revision 2
    const revisionTwo = (await repos.contracts.get(contract.id))!.currentRevisionId;
    const travelTwo = (await repos.contracts.revisionContent(revisionTwo)).clauses.find(
      (clause) => clause.clauseId === travel.id,
    )!;
    await repos.contracts.resetClause(contract.id, travelTwo.id);
    await repos.contracts.setStatus(contract.id, 'sent');
    await repos.contracts.sign(contract.id, makeSignInput());
    await repos.contracts.terminate(contract.id, '2028-09-30');
    const nda = await repos.contracts.createFromOffer({
      clientId: client.id,
      offerId: '',
      type: 'nda',
      language: 'en',
    });
    await repos.contracts.remove(nda.contract.id);
    // Issue 14: a deck with slides of every kind (one with an image), moved, copied and one
    // deleted; leads captured with their consent (one with the newsletter), converted with a
    // draft offer, one discarded.
    const deck = await repos.decks.createDeck(makeDeckInput());
    await repos.decks.update(deck.id, { hidePrices: true, brandColor: '#005EB8' });
    for (const kind of slideKinds) await repos.slides.add(deck.id, kind);
    const slides = await repos.slides.listFor(deck.id);
    await repos.slides.update(slides[2]!.id, { catalogItemId: item.id, showPrices: true });
    await repos.slides.update(slides[6]!.id, { competitorIds: [competitor.id] });
    await repos.slides.setMedia(slides[7]!.id, {
      name: 'stand.png',
      mimeType: 'image/png',
      data: makeSlidePng(),
    });
    await repos.slides.move(slides[7]!.id, 0);
    await repos.slides.remove(slides[1]!.id);
    await repos.decks.duplicateDeck(deck.id);
    const capture = (newsletterOptIn: boolean, lastName: string) =>
      repos.leads.capture({
        deckId: deck.id,
        form: makeLeadForm({ lastName, interestItemIds: [item.id] }),
        noticeText: 'Datenschutzhinweis nach Art. 13 DSGVO.',
        noticeShownAt: '2027-10-08T10:29:00.000Z',
        newsletterOptIn,
        newsletterText: 'Newsletter per E-Mail',
        language: 'de',
      });
    const lead = await capture(true, 'Weber');
    await repos.leads.update(lead.id, { rating: 'hot' });
    await repos.leads.convert(lead.id);
    await repos.leads.createDraftOffer(lead.id);
    await repos.leads.discard((await capture(false, 'Später')).id);
    // Issue 15: a project plan on a draft offer (phases, packages, links, a milestone, a payment
    // plan), edited, restructured, a package removed and restored, and carried into a duplicate;
    // its generated lines and sections are written with it.
    const project = await repos.offers.create(makeOfferInput(client.id, { title: 'Migration' }));
    const { plan } = await repos.plans.create(project.id, { region: 'BY', deadline: '2027-06-30' });
    const concept = await repos.workPackages.add(makeWorkPackageAdd(plan.id));
    const workshops = await repos.workPackages.add(
      makeWorkPackageAdd(plan.id, { parentId: concept.id, name: 'Workshops', roleId: role.id }),
    );
    const paper = await repos.workPackages.add(
      makeWorkPackageAdd(plan.id, { parentId: concept.id, name: 'Fachkonzept', roleId: role.id }),
    );
    const build = await repos.workPackages.add(
      makeWorkPackageAdd(plan.id, { name: 'Umsetzung', roleId: role.id, team: 2 }),
    );
    await repos.workPackages.update(build.id, { deliverables: 'System', description: 'Migration' });
    const planLink = await repos.planDependencies.add({
      planId: plan.id,
      predecessorId: workshops.id,
      successorId: paper.id,
      lagDays: 1,
    });
    await repos.planDependencies.update(planLink.id, { lagDays: 2 });
    await repos.planDependencies.setPredecessors(build.id, [{ id: paper.id, lagDays: 0 }]);
    const milestone = await repos.planMilestones.add({
      planId: plan.id,
      name: 'Konzept abgenommen',
      packageId: concept.id,
    });
    await repos.planMilestones.update(milestone.id, { name: 'Abnahme Konzept' });
    await repos.paymentInstalments.save(plan.id, [
      makeInstalmentRow(milestone.id, { percent: '30' }),
      makeInstalmentRow('', { percent: '70', label: 'Schlussrechnung' }),
    ]);
    await repos.plans.update(plan.id, {
      confidencePct: '90',
      companyHolidays: [{ from: '2027-12-24', to: '2027-12-31', label: 'Betriebsferien' }],
    });
    const buffer = await repos.workPackages.add(makeWorkPackageAdd(plan.id, { name: 'Puffer' }));
    await repos.workPackages.indent(buffer.id);
    await repos.workPackages.outdent(buffer.id);
    await repos.workPackages.move(buffer.id, { parentId: '', index: 0 });
    await repos.workPackages.remove(buffer.id);
    await repos.workPackages.restore(buffer.id);
    await repos.planDependencies.remove(planLink.id);
    await repos.planDependencies.restore(planLink.id);
    await repos.planMilestones.remove(milestone.id);
    await repos.planMilestones.restore(milestone.id);
    await repos.offers.duplicate(project.id);
    await repos.competitors.remove(competitor.id);
    await repos.clients.remove(client.id);

    const changes = (await a.db.outbox.toArray()).flatMap((record) =>
      Object.entries(record.fields).map(([field, value]) => ({ ...record, field, value })),
    );
    const refused = changes.flatMap((change) => {
      const problem = checkChange(change);
      return problem ? [`${change.table}.${change.field}: ${problem.message}`] : [];
    });
    expect(refused).toEqual([]);
    expect(new Set(changes.map((change) => change.table))).toEqual(new Set(syncedTables));
    const written = new Set(changes.map(({ table, field }) => `${table}.${field}`));
    for (const field of [
      'offers.rejectionReason',
      'offerLines.credit',
      'offerChapters.body',
      'opportunities.competitorIds',
      'opportunities.incumbentId',
      'opportunities.lossReason',
      'opportunities.lostToCompetitorId',
      'opportunities.lostToPrice',
      'opportunities.lostPriceGapPct',
      'competitorAttachments.sha256',
      'battlecards.objections',
      'analyses.scores',
      'analyses.forces',
      'analyses.market',
      'analyses.portfolio',
      'priceObservations.source',
      'contractClauses.walkAwayBody',
      'contracts.terminatedOn',
      'contracts.deleted',
      'contractRevisions.slaTable',
      'contractRevisions.contentHash',
      'contractRevisions.signedPdfSha256',
      'contractRevisionClauses.modified',
      'contractRevisionClauses.deleted',
      'contractSignatures.pngSha256',
      'decks.hidePrices',
      'decks.brandColor',
      'slides.mediaSha256',
      'slides.competitorIds',
      'slides.deleted',
      'leads.interestItemIds',
      'leads.convertedAt',
      'leads.offerId',
      'leads.deleted',
      'leadConsents.noticeSha256',
      'leadConsents.newsletterOptInAt',
      'projectPlans.companyHolidays',
      'projectPlans.confidencePct',
      'workPackages.parentId',
      'workPackages.deliverables',
      'workPackages.deleted',
      'planDependencies.lagDays',
      'planDependencies.deleted',
      'planMilestones.name',
      'paymentInstalments.milestoneId',
      'paymentInstalments.dueDate',
      'offerLines.planPackageId',
      'offerSections.planPhaseId',
    ]) {
      expect(written).toContain(field);
    }
  });
});

describe('poisoned changes', () => {
  /** A member's push made by hand, past every check of the app. */
  function pushCrafted(
    changes: { table?: string; id: string; field: string; value: unknown }[],
    schemaVersionOfPush = schemaVersion,
  ) {
    time += 1000;
    const hlc = formatHlc({ millis: time, counter: 0, node: 'e0e0e0e0e0e0e0e0' });
    server.push({
      clientId: 'mallory',
      schemaVersion: schemaVersionOfPush,
      mutations: [
        {
          mid: time,
          changes: changes.map(({ table = 'clients', ...change }) => ({ table, ...change, hlc })),
        },
      ],
    });
    return hlc;
  }

  it('are parked with their reason on every device, which keeps syncing with its rows intact', async () => {
    // A server from before the field rule passes reserved fields on; the client must not rely on it.
    server = createReferenceServer({ now, anyField: true });
    const { a, b, id: shared } = await sharedClient({ name: 'Erste' });
    const id = String(shared);
    const [other] = await createClients(a, 1, 'Zweite');
    await a.sync();
    await b.sync();
    const before = await contents(b);

    const hlc = pushCrafted([
      { id, field: 'id', value: other },
      { id, field: 'fieldClocks', value: { name: 'x' } },
      { id, field: '__proto__', value: { deleted: true } },
      { id, field: 'name', value: { de: 'Objekt statt Text' } },
      { id, field: 'tags', value: 'kein Array' },
      { id, field: 'shoeSize', value: 42 },
      { id: 'ghost', field: 'name', value: 7 },
      { table: 'leadScores', id: 'l1', field: 'id', value: 'x' },
      { id, field: 'city', value: 'Bonn' },
    ]);
    const result = await b.sync();
    expect(result).toMatchObject({ pulled: 9, parked: 8, foreign: 0 });
    expect(await b.store.getCursor()).toBe(server.log().length);
    const [first, second] = before.clients;
    expect((await contents(b)).clients).toEqual([
      { ...first, city: 'Bonn', fieldClocks: { ...first!.fieldClocks, city: hlc } },
      second,
    ]);
    const parked = await b.store.listParked();
    expect(
      parked
        .map(({ table, id: rowId, field, reason, hlc: at }) => [table, rowId, field, reason, at])
        .sort(),
    ).toEqual(
      [
        ['clients', id, 'id', 'reserved-field', hlc],
        ['clients', id, 'fieldClocks', 'reserved-field', hlc],
        ['clients', id, '__proto__', 'reserved-field', hlc],
        ['clients', id, 'name', 'invalid-value', hlc],
        ['clients', id, 'tags', 'invalid-value', hlc],
        ['clients', id, 'shoeSize', 'unknown-field', hlc],
        ['clients', 'ghost', 'name', 'invalid-value', hlc],
        ['leadScores', 'l1', 'id', 'reserved-field', hlc],
      ].sort(),
    );
    expect(parked.find((change) => change.field === 'name' && change.id === id)).toMatchObject({
      label: 'Erste 0',
      value: { de: 'Objekt statt Text' },
      message: 'clients.name: Invalid input: expected string, received object',
      parkedAt: expect.any(String),
    });
    expect(parked.find((change) => change.id === 'ghost')).not.toHaveProperty('label');
    expect(await b.db.foreignChanges.count()).toBe(0);

    // Both devices go on: a's next edit reaches b, and a new device finishes its first sync.
    await a.sync();
    await a.repos.clients.update(id, { name: 'Erste Neu' });
    await a.sync();
    await b.sync();
    expect((await b.db.clients.get(id))?.name).toBe('Erste Neu');
    const c = openDevice('c', 'c3c3c3c3c3c3c3c3');
    await c.sync();
    expect(await contents(c)).toEqual(await contents(b));
    expect((await c.store.listParked()).length).toBe(8);
    // A resync sends nothing that was parked.
    server.restore({ log: [], lastMids: [], blobs: [] }, 'epoch-2');
    expect((await b.sync()).resynced).toBe(true);
    expect(server.log().some((change) => change.field === 'id' || change.id === 'ghost')).toBe(
      false,
    );
  });

  it("pass the real field rule only as a newer client's values and fields, and are parked", async () => {
    const { a, b, id: shared } = await sharedClient();
    const id = String(shared);
    await expect(
      Promise.resolve().then(() => pushCrafted([{ id, field: 'fieldClocks', value: {} }])),
    ).rejects.toMatchObject({ status: 400, path: 'mutations.0.changes.0.field' });
    await expect(
      Promise.resolve().then(() => pushCrafted([{ id, field: 'notes', value: ['a', 'list'] }])),
    ).rejects.toMatchObject({ status: 400, path: 'mutations.0.changes.0.value' });
    // A client claiming to be newer passes with values and fields this server cannot judge.
    pushCrafted([{ id, field: 'notes', value: ['a', 'list'] }], SYNCED_SCHEMA_VERSION + 1);
    pushCrafted([{ id, field: 'rating', value: 5 }], SYNCED_SCHEMA_VERSION + 1);
    const result = await b.sync();
    expect(result.parked).toBe(2);
    expect((await b.db.clients.get(id))?.notes).toBe((await a.db.clients.get(id))?.notes);
    expect((await b.store.listParked()).map(({ field, reason }) => [field, reason])).toEqual(
      expect.arrayContaining([
        ['notes', 'invalid-value'],
        ['rating', 'unknown-field'],
      ]),
    );
  });

  it('applies a parked change once an upgrade makes it valid, by its stamp', async () => {
    const { b, id: shared } = await sharedClient();
    const id = String(shared);
    const hlc = formatHlc({ millis: time + 5000, counter: 0, node: 'e0e0e0e0e0e0e0e0' });
    // As parked by an older version that did not know the value yet.
    await b.db.parkedChanges.put({
      table: 'clients',
      id,
      field: 'city',
      value: 'Bonn',
      hlc,
      reason: 'invalid-value',
      message: 'old',
      parkedAt: new Date(time).toISOString(),
    });
    const later = openDevice('b', NODE_B);
    await later.sync();
    expect((await later.db.clients.get(id))?.city).toBe('Bonn');
    expect((await later.db.clients.get(id))?.fieldClocks.city).toBe(hlc);
    expect(await later.store.listParked()).toEqual([]);
  });
});
