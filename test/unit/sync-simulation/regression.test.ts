import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Scenario } from './actions';
import { isPoison } from './poison';
import { startSimServer } from './sim-server';
import type { SimServer } from './sim-server';
import { runScenario } from './simulation';

// Ids from a counter, so every scenario replays exactly (see deterministic-ids.ts).
vi.mock('../../../src/shared/ids', () => import('./deterministic-ids'));

/**
 * Scenarios of the sync simulation written out: hand-written ones, and counterexamples the
 * property test found and fast-check shrunk. Each runs through the whole check of
 * runScenario (oracle, model log, sequence, deletes, isolation).
 */

let server: SimServer;
beforeAll(async () => {
  server = await startSimServer();
}, 60_000);
afterAll(async () => {
  await server?.close();
});

const NO_SKEW = [0, 0, 0, 0, 0];
/** Fields of a new client row: 14 input fields, created/updated at/by, deleted. */
const CLIENT_FIELDS = 19;
/** An edit of one field also stamps updatedAt and updatedBy. */
const EDIT_FIELDS = 3;

describe('sync simulation regressions', () => {
  it('a push committed twice over a crash, a replay and a duplicate adds each change to the log once', async () => {
    const scenario: Scenario = {
      devicesInA: 2,
      skews: NO_SKEW,
      pageLimit: 2,
      shared: false,
      actions: [
        { t: 'createClient', d: 0, name: 'Alpha GmbH' },
        { t: 'edit', d: 0, row: 0, edit: { table: 'clients', field: 'city', value: 'Köln' } },
        // The server commits the push; its reply is lost and the app dies before the ack.
        { t: 'sync', d: 0, faults: ['loseResponse'] },
        { t: 'crash', d: 0 },
        // The network delivers a stale copy of that push, then the restarted app sends it
        // again, and that request arrives twice.
        { t: 'replay', pick: 0 },
        { t: 'sync', d: 0, faults: ['duplicate'] },
        { t: 'sync', d: 1, faults: ['stalePull'] },
        { t: 'edit', d: 1, row: 0, edit: { table: 'clients', field: 'name', value: 'Süd IT' } },
        // A proxy forwards the push and answers 502: the retry is a duplicate by mid.
        { t: 'sync', d: 1, faults: ['gatewayAfterCommit'] },
      ],
    };
    const { logA, logB } = await runScenario(server, scenario);
    // One push created the client and edited it: one row per field, the newer stamp winning.
    expect(logA).toHaveLength(CLIENT_FIELDS + EDIT_FIELDS);
    expect(logA.filter((change) => change.field === 'city').map((c) => c.value)).toEqual(['Köln']);
    expect(logB).toEqual([]);
  });

  it('a delayed push that arrives after newer pushes of its device changes nothing', async () => {
    const scenario: Scenario = {
      devicesInA: 2,
      skews: NO_SKEW,
      pageLimit: 1000,
      shared: false,
      actions: [
        { t: 'createClient', d: 0, name: 'Alpha GmbH' },
        { t: 'sync', d: 0, faults: ['delay'] },
        { t: 'edit', d: 0, row: 0, edit: { table: 'clients', field: 'city', value: 'Bonn' } },
        { t: 'sync', d: 0, faults: [] },
        { t: 'deliverDelayed', pick: 0 },
        { t: 'remove', d: 1, table: 'clients', row: 0 },
        { t: 'sync', d: 1, faults: [] },
      ],
    };
    const { logA } = await runScenario(server, scenario);
    // Nothing reached the server before the second push, which carried everything.
    expect(logA).toHaveLength(CLIENT_FIELDS);
  });

  // Found by the simulation and fixed: a local write could be stamped below the stamp the field
  // already held on the device (the device showed its edit, the server kept the older value and
  // the device never pulled it again). The write layer now stamps above the replaced field
  // (write.ts), and applied stamps are merged into the clock and kept across restarts (sync-store.ts).

  // A restarted app resumes its clock from its last stamp: it must include the stamps it applied.
  it('fixed: a restarted device with a slow clock stamps an edit above the field it changes', async () => {
    await runScenario(server, {
      devicesInA: 2,
      skews: [0, -60_000, 0, 0, 0],
      pageLimit: 1000,
      shared: false,
      actions: [
        { t: 'createClient', d: 0, name: 'Alpha GmbH' },
        { t: 'sync', d: 0, faults: [] },
        { t: 'sync', d: 1, faults: [] },
        { t: 'crash', d: 1 },
        { t: 'edit', d: 1, row: 0, edit: { table: 'clients', field: 'name', value: 'Süd IT' } },
      ],
    });
  });

  it('fixed (shrunk counterexample): two restarts and 22 ms of skew keep a price change', async () => {
    // fast-check seed 1227918201, path 0:1:2:1:1:1:1:1:1:1:1:1:1:1:1:1:3:2:1:1:5:2:6:17:17:21:25:29:31:35:37:37:40:41:40:40:41:41:22;
    // steps 0–8 are the shared start of four devices.
    await runScenario(server, {
      devicesInA: 3,
      skews: [0, 0, 22, 0, 0],
      pageLimit: 1000,
      shared: true,
      actions: [
        { t: 'crash', d: 2 },
        {
          t: 'addLine',
          d: 2,
          section: 0,
          name: 'Server R450',
          quantity: '1',
          unitPrice: '4290.00',
        },
        { t: 'sync', d: 2, faults: [] },
        { t: 'sync', d: 0, faults: [] },
        { t: 'crash', d: 0 },
        {
          t: 'edit',
          d: 0,
          row: 0,
          edit: { table: 'offerLines', field: 'unitPrice', value: '0.00' },
        },
      ],
    });
  });

  // A pulled stamp more than 5 minutes ahead of the device's clock is applied and merged too.
  it('fixed (shrunk counterexample): an edit of a field stamped by a device 10 minutes ahead reaches everyone', async () => {
    // fast-check seed -1730666221, path 25:0:1:0:0:0:2:2:2:3:5:5:5:3; steps 0–7 are the shared start.
    await runScenario(server, {
      devicesInA: 2,
      skews: [600_000, 0, 0, 0, 0],
      pageLimit: 1,
      shared: true,
      actions: [
        {
          t: 'edit',
          d: 1,
          row: 0,
          edit: { table: 'clients', field: 'name', value: 'Nordwind AG' },
        },
      ],
    });
  });

  it('a member pushing malformed changes stops nobody: the server refuses bad fields, devices park bad values', async () => {
    const sync = (d: number) => ({ t: 'sync' as const, d, faults: [] });
    const scenario: Scenario = {
      devicesInA: 3,
      skews: NO_SKEW,
      pageLimit: 7,
      shared: true,
      actions: [
        { t: 'poison', d: 1, row: 0, kind: 'reserved' },
        { t: 'poison', d: 1, row: 1, kind: 'reserved' },
        { t: 'poison', d: 1, row: 0, kind: 'unknown' },
        { t: 'poison', d: 1, row: 0, kind: 'newerField' },
        // clients.name as an object (refused), contacts.primary as a string from a "newer" client
        { t: 'poison', d: 1, row: 0, kind: 'wrongType' },
        { t: 'poison', d: 1, row: 1, kind: 'wrongType' },
        { t: 'poison', d: 1, row: 0, kind: 'phantom' },
        { t: 'advance', ms: 1000 },
        sync(0),
        // An edit after the bad value reaches everyone.
        { t: 'edit', d: 0, row: 0, edit: { table: 'clients', field: 'name', value: 'Süd IT' } },
        sync(0),
        sync(2),
        { t: 'crash', d: 2 },
        { t: 'renewEpoch', workspace: 'a' },
        sync(2),
      ],
    };
    const { logA } = await runScenario(server, scenario);
    const bad = logA.filter(isPoison);
    expect(bad.map(({ table, field }) => `${table}.${field}`).sort()).toEqual([
      'clients.name',
      'clients.rating',
      'contacts.primary',
    ]);
    const names = logA.filter((change) => change.table === 'clients' && change.field === 'name');
    expect(names.at(-1)?.value).toBe('Süd IT');
  });
});
