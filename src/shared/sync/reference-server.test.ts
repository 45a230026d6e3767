import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../hash';
import { formatHlc } from './hlc';
import { MAX_FUTURE_MS } from './protocol';
import type { Mutation } from './protocol';
import {
  ReferenceServerError,
  createReferenceServer,
  referenceTransport,
} from './reference-server';

const t0 = Date.parse('2026-11-28T09:15:02.123Z');
const nodeA = 'aaaaaaaaaaaaaaaa';
const nodeB = 'bbbbbbbbbbbbbbbb';
const stamp = (offset: number, node = nodeA) =>
  formatHlc({ millis: t0 + offset, counter: 0, node });
const mutation = (
  mid: number,
  field: string,
  value: unknown,
  hlc: string,
  id = 'c1',
): Mutation => ({
  mid,
  changes: [{ table: 'clients', id, field, value, hlc }],
});
const push = (clientId: string, mutations: Mutation[]) => ({
  clientId,
  schemaVersion: 5,
  mutations,
});

describe('reference server', () => {
  it('keeps the highest stamp per field and logs only winners, gap-free from 1', () => {
    const server = createReferenceServer({ now: () => t0 });
    server.push(
      push('a', [mutation(1, 'name', 'A', stamp(10)), mutation(2, 'city', 'Köln', stamp(10))]),
    );
    server.push(
      push('b', [
        mutation(1, 'name', 'B-alt', stamp(5, nodeB)),
        mutation(2, 'name', 'B', stamp(20, nodeB)),
      ]),
    );
    expect(server.log().map(({ seq, field, value }) => [seq, field, value])).toEqual([
      [1, 'name', 'A'],
      [2, 'city', 'Köln'],
      [3, 'name', 'B'],
    ]);
    expect(server.rows()).toEqual({ clients: { c1: { name: 'B', city: 'Köln' } } });
    expect(server.winner('clients', 'c1', 'name')).toEqual({ value: 'B', hlc: stamp(20, nodeB) });
  });

  it('skips mutations it has recorded for the client and answers the last mid', () => {
    const server = createReferenceServer({ now: () => t0 });
    const first = server.push(
      push('a', [mutation(1, 'name', 'A', stamp(1)), mutation(2, 'city', 'X', stamp(2))]),
    );
    const again = server.push(
      push('a', [mutation(2, 'city', 'X', stamp(2)), mutation(3, 'notes', 'n', stamp(3))]),
    );
    expect([first.lastMid, again.lastMid, server.log().length]).toEqual([2, 3, 3]);
    expect(first.serverTime).toBe('2026-11-28T09:15:02.123Z');
    // Another client's mids are its own.
    expect(server.push(push('b', [mutation(1, 'industry', 'IT', stamp(4, nodeB))])).lastMid).toBe(
      1,
    );
  });

  it('pages the log with nextSeq and hasMore', () => {
    const server = createReferenceServer({ now: () => t0 });
    server.push(
      push(
        'a',
        [1, 2, 3, 4, 5].map((n) => mutation(n, 'name', `N${n}`, stamp(n), `c${n}`)),
      ),
    );
    const first = server.pull({ since: 0, limit: 2 });
    const last = server.pull({ since: 4, limit: 2 });
    const empty = server.pull({ since: 5 });
    expect([first.changes.map((c) => c.seq), first.nextSeq, first.hasMore]).toEqual([
      [1, 2],
      2,
      true,
    ]);
    expect([last.changes.map((c) => c.seq), last.nextSeq, last.hasMore]).toEqual([[5], 5, false]);
    expect([empty.changes, empty.nextSeq, empty.hasMore, empty.epoch]).toEqual([
      [],
      5,
      false,
      'epoch-1',
    ]);
    expect(() => server.pull({ since: 0, limit: 1001 })).toThrow(ReferenceServerError);
  });

  it('rejects a whole push with a change stamped more than 24 h ahead, or a malformed one', () => {
    const server = createReferenceServer({ now: () => t0 });
    const ahead = formatHlc({ millis: t0 + MAX_FUTURE_MS + 1, counter: 0, node: nodeA });
    expect(() =>
      server.push(
        push('a', [mutation(1, 'name', 'ok', stamp(1)), mutation(2, 'city', 'x', ahead)]),
      ),
    ).toThrow(expect.objectContaining({ status: 400, error: 'clock_ahead' }));
    expect(() => server.push({ clientId: 'a', mutations: [] })).toThrow(
      expect.objectContaining({ status: 400, error: 'bad_request', path: 'schemaVersion' }),
    );
    expect(server.log()).toEqual([]);
    expect(server.push(push('a', [])).lastMid).toBe(0);
  });

  it('refuses reserved and unknown fields as the server does, unless it plays an older server', () => {
    const server = createReferenceServer({ now: () => t0 });
    for (const [field, path] of [
      ['id', 'mutations.1.changes.0.field'],
      ['shoeSize', 'mutations.1.changes.0.field'],
    ] as const) {
      expect(() =>
        server.push(
          push('a', [mutation(1, 'name', 'ok', stamp(1)), mutation(2, field, 'c2', stamp(1))]),
        ),
      ).toThrow(expect.objectContaining({ status: 400, error: 'bad_request', path }));
    }
    expect(server.log()).toEqual([]);
    const older = createReferenceServer({ now: () => t0, anyField: true });
    expect(older.push(push('a', [mutation(1, 'id', 'c2', stamp(1))])).lastMid).toBe(1);
  });

  it('stores blobs under their hash only, and restores a snapshot under a new epoch', async () => {
    const server = createReferenceServer({ now: () => t0 });
    const bytes = new TextEncoder().encode('%PDF');
    const sha = await sha256Hex(bytes);
    await expect(server.putBlob('b'.repeat(64), bytes)).rejects.toMatchObject({
      error: 'hash_mismatch',
    });
    const backup = server.snapshot();
    await server.putBlob(sha, bytes);
    server.push(push('a', [mutation(1, 'name', 'A', stamp(1))]));
    expect(server.getBlob(sha)).toEqual(bytes);

    server.restore(backup, 'epoch-2');
    expect([server.epoch, server.log(), server.getBlob(sha), server.rows()]).toEqual([
      'epoch-2',
      [],
      undefined,
      {},
    ]);
    // The restored server forgot the client's mids, so the same push counts again.
    expect(server.push(push('a', [mutation(1, 'name', 'A', stamp(1))])).lastMid).toBe(1);
    expect(server.log().length).toBe(1);
  });

  it('maps its errors to SyncErrors through the transport, and copies data both ways', async () => {
    const server = createReferenceServer({ now: () => t0 });
    const transport = referenceTransport(server);
    await expect(
      transport.push({ clientId: 'a', schemaVersion: -1, mutations: [] }),
    ).rejects.toMatchObject({
      name: 'SyncError',
      code: 'rejected',
      status: 400,
    });
    const request = push('a', [mutation(1, 'tags', ['x'], stamp(1))]);
    await transport.push(request);
    (request.mutations[0]!.changes[0]!.value as string[]).push('changed later');
    const page = await transport.pull(0);
    expect(page.changes[0]?.value).toEqual(['x']);
    expect(await transport.getBlob('c'.repeat(64))).toBeUndefined();
  });
});
