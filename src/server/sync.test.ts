import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '#shared/sync/change';
import type {
  ErrorReply,
  Mutation,
  PullReply,
  PushReply,
  PushRequest,
} from '#shared/sync/protocol';
import { MAX_PUSH_CHANGES, MAX_SCHEMA_VERSION } from '#shared/sync/protocol';
import { SYNCED_SCHEMA_VERSION } from '#shared/sync/synced-fields';
import type { Db } from './db/db';
import { addMember, renewEpoch } from './manage';
import type { RunningServer, TestUser } from '#test/server-harness';
import {
  call,
  createUser,
  openTestDb,
  pullAll,
  rowChanges,
  stamp,
  startServer,
  testBackends,
} from '#test/server-harness';

const START = Date.parse('2026-11-28T10:00:00.000Z');
const NEWER_CLIENT = SYNCED_SCHEMA_VERSION + 1;
const HOUR = 60 * 60 * 1000;

describe.each(testBackends())('push and pull on %s', (backend) => {
  let db: Db;
  let dispose: () => Promise<void>;
  let server: RunningServer;
  let clock = START;

  const push = (
    user: TestUser,
    body: PushRequest | Record<string, unknown>,
    workspaceId = user.workspaceId,
  ) =>
    call<PushReply & ErrorReply>(`${server.url}/v1/workspaces/${workspaceId}/push`, {
      method: 'POST',
      token: user.token,
      body,
    });
  // A client newer than the server: fields the server does not know are opaque values to it.
  const pushMutations = (user: TestUser, clientId: string, mutations: Mutation[]) =>
    push(user, { clientId, schemaVersion: NEWER_CLIENT, mutations });
  const pullPage = (user: TestUser, query: string) =>
    call<PullReply & ErrorReply>(
      `${server.url}/v1/workspaces/${user.workspaceId}/changes?${query}`,
      {
        token: user.token,
      },
    );
  const pulled = async (user: TestUser) =>
    (await pullAll(server.url, { token: user.token, workspaceId: user.workspaceId })).changes;
  const logRows = async (workspaceId: string) =>
    (
      await db.query<{ count: number }>(
        'select count(*) as count from change_log where workspace_id = $1',
        [workspaceId],
      )
    )[0]?.count;

  beforeAll(async () => {
    ({ db, dispose } = await openTestDb(backend));
    server = await startServer({ db, now: () => clock });
  }, 30_000);
  afterAll(async () => {
    await server?.close();
    await dispose?.();
  });
  beforeEach(() => {
    clock = START;
  });

  it('appends pushed changes from seq 1 and pulls them back with their values', async () => {
    const user = await createUser(db, server.url);
    const values = {
      name: 'Müller GmbH 🚀',
      address: { street: 'Hauptstr. 1', lines: ['a', null, 2.5] },
      count: 42,
      deleted: false,
      note: null,
      odd: 'nul\u0000 and lone \ud800',
    };
    const hlc = stamp(START - 1000);
    const reply = await pushMutations(user, 'laptop', [
      { mid: 1, changes: rowChanges({ id: 'c1', hlc }, values) },
      { mid: 2, changes: rowChanges({ table: 'offers', id: 'o1', hlc }, { title: 'Offer' }) },
    ]);
    expect(reply).toMatchObject({
      status: 200,
      body: { lastMid: 2, serverTime: '2026-11-28T10:00:00.000Z' },
    });
    const page = await pullPage(user, 'since=0');
    expect(page.body).toEqual({
      changes: [
        ...Object.entries(values).map(([field, value], index) => ({
          seq: index + 1,
          table: 'clients',
          id: 'c1',
          field,
          value,
          hlc,
        })),
        { seq: 7, table: 'offers', id: 'o1', field: 'title', value: 'Offer', hlc },
      ],
      nextSeq: 7,
      hasMore: false,
      epoch: expect.any(String),
      lastSeq: 7,
      serverTime: '2026-11-28T10:00:00.000Z',
    });
  });

  it('skips mutations it has seen: a retried push adds no change-log rows', async () => {
    const user = await createUser(db, server.url);
    const first: Mutation[] = [
      { mid: 1, changes: rowChanges({ id: 'c1', hlc: stamp(START - 3000) }, { name: 'A' }) },
      { mid: 2, changes: rowChanges({ id: 'c1', hlc: stamp(START - 2000) }, { city: 'Berlin' }) },
    ];
    expect((await pushMutations(user, 'laptop', first)).body.lastMid).toBe(2);
    expect((await pushMutations(user, 'laptop', first)).body).toMatchObject({ lastMid: 2 });
    // A retry that overlaps: mid 2 again plus the new mid 3.
    const overlap = await pushMutations(user, 'laptop', [
      first[1] as Mutation,
      { mid: 3, changes: rowChanges({ id: 'c1', hlc: stamp(START - 1000) }, { zip: '10115' }) },
    ]);
    expect(overlap.body.lastMid).toBe(3);
    expect(await logRows(user.workspaceId)).toBe(3);
    const empty = await pushMutations(user, 'laptop', []);
    expect(empty.body.lastMid).toBe(3);
  });

  it('keeps the highest hlc per field, appends only winners and ignores an equal stamp', async () => {
    const owner = await createUser(db, server.url);
    const colleague = await createUser(db, server.url);
    await addMember(db, { email: colleague.email, workspace: owner.workspaceId });
    const team = { ...colleague, workspaceId: owner.workspaceId };
    const t1 = stamp(START - 3000, '00000000000000a1');
    const t2 = stamp(START - 2000, '00000000000000a2');
    const t3 = stamp(START - 1000, '00000000000000a3');
    await pushMutations(owner, 'owner-laptop', [
      { mid: 1, changes: rowChanges({ id: 'c1', hlc: t2 }, { name: 'Owner' }) },
    ]);
    await pushMutations(team, 'colleague-laptop', [
      {
        mid: 1,
        changes: [
          ...rowChanges({ id: 'c1', hlc: t1 }, { name: 'Older' }),
          ...rowChanges({ id: 'c1', hlc: t3 }, { city: 'Köln' }),
        ],
      },
      // Same stamp as the stored one, different value: the stored change stands.
      { mid: 2, changes: rowChanges({ id: 'c1', hlc: t2 }, { name: 'Same stamp' }) },
    ]);
    await pushMutations(owner, 'owner-laptop', [
      { mid: 2, changes: rowChanges({ id: 'c1', hlc: t3 }, { name: 'Newest' }) },
    ]);
    expect(await pulled(owner)).toEqual([
      { seq: 1, table: 'clients', id: 'c1', field: 'name', value: 'Owner', hlc: t2 },
      { seq: 2, table: 'clients', id: 'c1', field: 'city', value: 'Köln', hlc: t3 },
      { seq: 3, table: 'clients', id: 'c1', field: 'name', value: 'Newest', hlc: t3 },
    ]);
  });

  it('keeps one change per field within a push, in push order', async () => {
    const user = await createUser(db, server.url);
    const early = stamp(START - 2000);
    const late = stamp(START - 1000);
    await pushMutations(user, 'laptop', [
      {
        mid: 1,
        changes: [
          ...rowChanges({ id: 'c1', hlc: late }, { name: 'Late' }),
          ...rowChanges({ id: 'c2', hlc: early }, { name: 'Second row' }),
        ],
      },
      { mid: 2, changes: rowChanges({ id: 'c1', hlc: early }, { name: 'Early', city: 'Bonn' }) },
    ]);
    expect(
      (await pulled(user)).map(({ seq, id, field, value }) => ({ seq, id, field, value })),
    ).toEqual([
      { seq: 1, id: 'c1', field: 'name', value: 'Late' },
      { seq: 2, id: 'c2', field: 'name', value: 'Second row' },
      { seq: 3, id: 'c1', field: 'city', value: 'Bonn' },
    ]);
  });

  it('pages by sequence with hasMore and nextSeq', async () => {
    const user = await createUser(db, server.url);
    const changes: Change[] = Array.from({ length: 25 }, (_, index) => ({
      table: 'catalogItems',
      id: `item-${index}`,
      field: 'price',
      value: `${index}.00`,
      hlc: stamp(START - 1000),
    }));
    await pushMutations(user, 'laptop', [{ mid: 1, changes }]);
    const { pages } = await pullAll(server.url, {
      token: user.token,
      workspaceId: user.workspaceId,
      limit: 10,
    });
    expect(
      pages.map((page) => [page.changes.map((change) => change.seq), page.nextSeq, page.hasMore]),
    ).toEqual([
      [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10, true],
      [[11, 12, 13, 14, 15, 16, 17, 18, 19, 20], 20, true],
      [[21, 22, 23, 24, 25], 25, false],
    ]);
    expect(pages.map((page) => page.lastSeq)).toEqual([25, 25, 25]);
    expect((await pullPage(user, 'since=25')).body).toMatchObject({
      changes: [],
      nextSeq: 25,
      hasMore: false,
    });
    expect((await pullPage(user, 'since=24&limit=1')).body).toMatchObject({
      nextSeq: 25,
      hasMore: false,
    });
  });

  it('cuts a page at 8 MiB of values, but never below one change', async () => {
    const user = await createUser(db, server.url);
    // Each value's JSON is exactly 1,000,000 bytes: eight fit in 8 MiB, the ninth does not.
    const big = 'x'.repeat(999_998);
    const changes = Array.from({ length: 9 }, (_, index) => ({
      table: 'documents',
      id: `doc-${index}`,
      field: 'text',
      value: big,
      hlc: stamp(START),
    }));
    await pushMutations(user, 'laptop', [{ mid: 1, changes }]);
    const { pages } = await pullAll(server.url, {
      token: user.token,
      workspaceId: user.workspaceId,
    });
    expect(pages.map((page) => [page.changes.length, page.nextSeq, page.hasMore])).toEqual([
      [8, 8, true],
      [1, 9, false],
    ]);
    expect(pages[1]?.changes[0]?.value).toBe(big);
  });

  it('rejects a bad pull query with its path', async () => {
    const user = await createUser(db, server.url);
    for (const [query, path] of [
      ['limit=1001', 'limit'],
      ['limit=0', 'limit'],
      ['since=-1', 'since'],
      ['since=abc', 'since'],
    ]) {
      expect(await pullPage(user, query ?? '')).toMatchObject({
        status: 400,
        body: { error: 'bad_request', path },
      });
    }
  });

  it('rejects a malformed push with the path of the first problem and writes nothing', async () => {
    const user = await createUser(db, server.url);
    const good = rowChanges({ id: 'c1', hlc: stamp(START) }, { name: 'A', city: 'B', notes: 'C' });
    const cases: [Record<string, unknown>, string][] = [
      [
        {
          clientId: 'laptop',
          schemaVersion: 1,
          mutations: [{ mid: 1, changes: [...good, { ...good[0], hlc: 'yesterday' }] }],
        },
        'mutations.0.changes.3.hlc',
      ],
      [
        {
          clientId: 'laptop',
          schemaVersion: 1,
          mutations: [{ mid: 1, changes: [{ ...good[0], table: 'no spaces' }] }],
        },
        'mutations.0.changes.0.table',
      ],
      [{ clientId: 'lap top', schemaVersion: 1, mutations: [] }, 'clientId'],
      [{ clientId: 'laptop', mutations: [] }, 'schemaVersion'],
      [
        {
          clientId: 'laptop',
          schemaVersion: 1,
          mutations: [
            { mid: 2, changes: good },
            { mid: 2, changes: good },
          ],
        },
        'mutations.1.mid',
      ],
      [
        {
          clientId: 'laptop',
          schemaVersion: 1,
          mutations: [{ mid: 1, changes: [{ ...good[0], id: 'a\u0000b' }] }],
        },
        'mutations.0.changes.0.id',
      ],
    ];
    for (const [body, path] of cases) {
      expect(await push(user, body)).toMatchObject({
        status: 400,
        body: { error: 'bad_request', path },
      });
    }
    expect(await logRows(user.workspaceId)).toBe(0);
  });

  it('rejects a change stamped more than 24 h ahead and writes nothing of the push', async () => {
    const user = await createUser(db, server.url);
    const mutations: Mutation[] = [
      { mid: 1, changes: rowChanges({ id: 'c1', hlc: stamp(START + HOUR) }, { name: 'fine' }) },
      {
        mid: 2,
        changes: rowChanges({ id: 'c1', hlc: stamp(START + 25 * HOUR) }, { city: 'future' }),
      },
    ];
    const reply = await pushMutations(user, 'laptop', mutations);
    expect(reply).toMatchObject({
      status: 400,
      body: { error: 'clock_ahead', path: 'mutations.1.changes.0.hlc' },
    });
    expect(await logRows(user.workspaceId)).toBe(0);
    // Nothing was recorded for the client either: mid 1 still applies.
    clock = START + 2 * HOUR;
    expect((await pushMutations(user, 'laptop', mutations.slice(0, 1))).body.lastMid).toBe(1);
    expect(await logRows(user.workspaceId)).toBe(1);
  });

  it('refuses a reserved field in any table, from any client, with its path, and writes nothing', async () => {
    const user = await createUser(db, server.url);
    const hlc = stamp(START);
    await pushMutations(user, 'honest', [
      { mid: 1, changes: rowChanges({ id: 'c2', hlc }, { name: 'Zweite GmbH' }) },
    ]);
    const cases: [string, string, unknown][] = [
      ['clients', 'id', 'c2'],
      ['clients', 'fieldClocks', { name: 'x' }],
      ['settings', 'id', 'offers'],
      ['leadScores', 'fieldClocks', {}],
      ['offers', '__proto__', { status: 'accepted' }],
    ];
    for (const [table, field, value] of cases) {
      for (const schemaVersion of [SYNCED_SCHEMA_VERSION, NEWER_CLIENT]) {
        const reply = await push(user, {
          clientId: 'mallory',
          schemaVersion,
          mutations: [
            { mid: 1, changes: rowChanges({ table, id: 'c1', hlc }, { deleted: false }) },
            {
              mid: 2,
              changes: [
                ...rowChanges({ table, id: 'c1', hlc }, { deleted: false }),
                { table, id: 'c1', field, value, hlc },
              ],
            },
          ],
        });
        expect(reply).toMatchObject({
          status: 400,
          body: {
            error: 'bad_request',
            path: 'mutations.1.changes.1.field',
            message: expect.stringContaining(`${field} is reserved`),
          },
        });
      }
    }
    expect(await logRows(user.workspaceId)).toBe(1);
    // Nothing was recorded for the refused client: its mid 1 still applies.
    const honest = { mid: 1, changes: rowChanges({ id: 'c1', hlc }, { name: 'Erste' }) };
    expect((await pushMutations(user, 'mallory', [honest])).body.lastMid).toBe(1);
  });

  it('refuses a field its table does not have unless the client is newer than the server', async () => {
    const user = await createUser(db, server.url);
    const hlc = stamp(START);
    const body = (schemaVersion: number, table = 'clients', field = 'shoeSize') => ({
      clientId: `v${schemaVersion}-${table}`,
      schemaVersion,
      mutations: [{ mid: 1, changes: [{ table, id: 'r1', field, value: 42, hlc }] }],
    });
    for (const schemaVersion of [1, SYNCED_SCHEMA_VERSION]) {
      expect(await push(user, body(schemaVersion))).toMatchObject({
        status: 400,
        body: {
          error: 'bad_request',
          path: 'mutations.0.changes.0.field',
          message: 'mutations.0.changes.0.field: clients has no field shoeSize',
        },
      });
    }
    expect(await logRows(user.workspaceId)).toBe(0);
    // A newer client's new field, a newer client's table, any field of a settings row: kept.
    for (const accepted of [
      body(NEWER_CLIENT),
      body(SYNCED_SCHEMA_VERSION, 'leadScores', 'score'),
      body(SYNCED_SCHEMA_VERSION, 'settings', 'invoiceFooter'),
    ]) {
      expect((await push(user, accepted)).status).toBe(200);
    }
    expect((await pulled(user)).map(({ table, field }) => `${table}.${field}`)).toEqual([
      'clients.shoeSize',
      'leadScores.score',
      'settings.invoiceFooter',
    ]);
  });

  it('caps the changes of one push and refuses a schema version that is no small integer', async () => {
    const user = await createUser(db, server.url);
    const changes = (from: number, count: number) =>
      Array.from({ length: count }, (_, index) => ({
        table: 'clients',
        id: `c${from + index}`,
        field: 'name',
        value: 'A',
        hlc: stamp(START),
      }));
    const body = (schemaVersion: number, counts: number[]) => ({
      clientId: 'laptop',
      schemaVersion,
      mutations: counts.map((count, index) => ({
        mid: index + 1,
        changes: changes(index * 1000, count),
      })),
    });
    const tooMany = await push(user, body(1, [1000, MAX_PUSH_CHANGES - 999]));
    expect(tooMany).toMatchObject({
      status: 400,
      body: {
        error: 'bad_request',
        path: 'mutations',
        message: `mutations: a push carries at most ${MAX_PUSH_CHANGES} changes, this one ${MAX_PUSH_CHANGES + 1}: send them in several pushes`,
      },
    });
    for (const schemaVersion of [2 ** 31, MAX_SCHEMA_VERSION + 1, -1, 2.5]) {
      expect(await push(user, body(schemaVersion, [1]))).toMatchObject({
        status: 400,
        body: { error: 'bad_request', path: 'schemaVersion' },
      });
    }
    expect(await logRows(user.workspaceId)).toBe(0);
    const full = await push(user, body(MAX_SCHEMA_VERSION, [1000, MAX_PUSH_CHANGES - 1000]));
    expect(full).toMatchObject({ status: 200, body: { lastMid: 2 } });
    expect(await logRows(user.workspaceId)).toBe(MAX_PUSH_CHANGES);
  });

  it('binds a client id to the user who first pushed with it', async () => {
    const owner = await createUser(db, server.url);
    const colleague = await createUser(db, server.url);
    await addMember(db, { email: colleague.email, workspace: owner.workspaceId });
    const team = { ...colleague, workspaceId: owner.workspaceId };
    const changes = rowChanges({ id: 'c1', hlc: stamp(START) }, { name: 'x' });
    expect((await pushMutations(owner, 'shared-id', [{ mid: 1, changes }])).status).toBe(200);
    const taken = await pushMutations(team, 'shared-id', [{ mid: 2, changes }]);
    expect(taken).toMatchObject({ status: 403, body: { error: 'client_taken' } });
    // The same id is free in another workspace.
    expect((await pushMutations(colleague, 'shared-id', [{ mid: 1, changes }])).status).toBe(200);
  });

  it('keeps workspaces apart', async () => {
    const a = await createUser(db, server.url);
    const b = await createUser(db, server.url);
    const hlc = stamp(START);
    await pushMutations(a, 'a-laptop', [
      { mid: 1, changes: rowChanges({ id: 'same', hlc }, { name: 'A' }) },
    ]);
    await pushMutations(b, 'b-laptop', [
      { mid: 1, changes: rowChanges({ id: 'same', hlc }, { name: 'B' }) },
    ]);
    expect(await pulled(a)).toEqual([
      { seq: 1, table: 'clients', id: 'same', field: 'name', value: 'A', hlc },
    ]);
    expect(await pulled(b)).toEqual([
      { seq: 1, table: 'clients', id: 'same', field: 'name', value: 'B', hlc },
    ]);
  });

  it('reports the epoch and a new one after renewal', async () => {
    const user = await createUser(db, server.url);
    const before = (await pullPage(user, 'since=0')).body.epoch;
    const renewed = await renewEpoch(db, { workspace: user.workspaceId });
    const after = (await pullPage(user, 'since=0')).body.epoch;
    expect([renewed.previousEpoch, after]).toEqual([before, renewed.epoch]);
    expect(after).not.toBe(before);
  });

  it('gives concurrent pushes contiguous sequences in commit order', async () => {
    const owner = await createUser(db, server.url);
    const clients = await Promise.all(
      Array.from({ length: 3 }, async () => {
        const user = await createUser(db, server.url);
        await addMember(db, { email: user.email, workspace: owner.workspaceId });
        return { ...user, workspaceId: owner.workspaceId };
      }),
    );
    const PUSHES = 8;
    const PER_PUSH = 20;
    let done = false;
    const observed: number[] = [];
    // A reader pulling all along must never see a gap: seq N+1 only becomes visible after N.
    const reader = (async () => {
      let since = 0;
      let drained = false;
      // After the pushes are done, one more pass drains what is left.
      while (!drained) {
        drained = done;
        const page = (await pullPage(owner, `since=${since}`)).body;
        observed.push(...page.changes.map((change) => change.seq));
        since = page.nextSeq;
        drained &&= !page.hasMore;
      }
    })();
    try {
      await Promise.all(
        clients.map(async (user, c) => {
          for (let p = 1; p <= PUSHES; p++) {
            const changes = Array.from({ length: PER_PUSH }, (_, i) => ({
              table: 'offerLines',
              id: `client-${c}-push-${p}`,
              field: `f${i}`,
              value: i,
              hlc: stamp(START, `00000000000000c${c}`, p),
            }));
            expect((await pushMutations(user, `client-${c}`, [{ mid: p, changes }])).status).toBe(
              200,
            );
          }
        }),
      );
    } finally {
      done = true;
      await reader;
    }
    const total = clients.length * PUSHES * PER_PUSH;
    expect(observed).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    // Each push's changes got one contiguous block.
    const log = await pulled(owner);
    const blocks = new Map<string, number[]>();
    for (const change of log) blocks.set(change.id, [...(blocks.get(change.id) ?? []), change.seq]);
    for (const seqs of blocks.values()) {
      expect(seqs).toEqual(Array.from({ length: PER_PUSH }, (_, i) => (seqs[0] ?? 0) + i));
    }
  });
});
