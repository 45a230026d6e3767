import { describe, expect, it } from 'vitest';
import {
  PUSH_BATCH_CHARS,
  batchOutbox,
  mergeChanges,
  mergeRemoteStamps,
  trimTrailingRow,
  waitFor,
} from './engine';
import type { MergeableRow, OutboxRecordLike } from './engine';
import { createClock, formatHlc } from './hlc';
import type { PullReply, PulledChange } from './protocol';

const t0 = Date.parse('2026-11-28T09:15:02.123Z');
const own = '0123456789abcdef';
const other = 'fedcba9876543210';
const stamp = (millis: number, node = own, counter = 0) => formatHlc({ millis, counter, node });

const record = (
  seq: number,
  fields: Record<string, unknown>,
  table = 'clients',
): OutboxRecordLike => ({
  seq,
  table,
  id: `row${seq}`,
  hlc: stamp(t0 + seq),
  fields,
});

describe('batchOutbox', () => {
  it('takes whole records, one mutation each with mid = seq, until the next would pass the limit', () => {
    const records = [
      record(3, { a: 1, b: 2 }),
      record(4, { c: 3 }),
      record(7, { d: 4, e: 5 }),
      record(8, { f: 6 }),
    ];
    expect(batchOutbox({ records, maxChanges: 4 })).toEqual({
      mutations: [
        {
          mid: 3,
          changes: [
            { table: 'clients', id: 'row3', field: 'a', value: 1, hlc: stamp(t0 + 3) },
            { table: 'clients', id: 'row3', field: 'b', value: 2, hlc: stamp(t0 + 3) },
          ],
        },
        {
          mid: 4,
          changes: [{ table: 'clients', id: 'row4', field: 'c', value: 3, hlc: stamp(t0 + 4) }],
        },
      ],
      changes: 3,
      throughMid: 4,
      blobs: [],
    });
  });

  it('always takes the first record, even when it alone passes the limit', () => {
    const batch = batchOutbox({
      records: [record(1, { a: 1, b: 2, c: 3 }), record(2, { d: 1 })],
      maxChanges: 2,
    });
    expect([batch?.throughMid, batch?.changes]).toEqual([1, 3]);
  });

  it('stops before a record that would pass the character budget', () => {
    const big = 'x'.repeat(PUSH_BATCH_CHARS / 2);
    const batch = batchOutbox({
      records: [record(1, { a: big }), record(2, { b: big }), record(3, { c: 1 })],
    });
    expect(batch?.throughMid).toBe(1);
  });

  it('covers records without fields without sending them, and collects referenced blobs once', () => {
    const sha = 'a'.repeat(64);
    const batch = batchOutbox({
      records: [
        record(1, { sha256: sha }, 'documents'),
        record(2, {}),
        record(3, { sha256: sha }, 'documents'),
      ],
      blobsOf: (r) => (r.table === 'documents' ? [r.fields.sha256 as string] : []),
    });
    expect(batch?.mutations.map((m) => m.mid)).toEqual([1, 3]);
    expect([batch?.throughMid, batch?.blobs]).toEqual([3, [sha]]);
  });

  it('returns undefined for an empty outbox', () => {
    expect(batchOutbox({ records: [] })).toBeUndefined();
  });
});

describe('trimTrailingRow', () => {
  const change = (seq: number, id: string): PulledChange => ({
    seq,
    table: 'clients',
    id,
    field: `f${seq}`,
    value: seq,
    hlc: stamp(t0),
  });
  const page = (changes: PulledChange[], hasMore: boolean): PullReply => ({
    changes,
    nextSeq: changes.at(-1)?.seq ?? 0,
    hasMore,
    epoch: 'e',
    serverTime: '2026-11-28T09:15:02.123Z',
  });

  it('holds back the last row of a page when more pages follow', () => {
    const trimmed = trimTrailingRow(page([change(1, 'a'), change(2, 'b'), change(3, 'b')], true));
    expect([trimmed.changes.map((c) => c.seq), trimmed.nextSeq]).toEqual([[1], 1]);
  });

  it('keeps the last page whole, and a page that is one row only', () => {
    const last = page([change(1, 'a'), change(2, 'b')], false);
    expect(trimTrailingRow(last)).toBe(last);
    const single = page([change(1, 'b'), change(2, 'b')], true);
    expect(trimTrailingRow(single)).toBe(single);
  });
});

describe('mergeChanges', () => {
  const row = (fields: Record<string, [unknown, string]>): MergeableRow => ({
    id: 'r1',
    ...Object.fromEntries(Object.entries(fields).map(([field, [value]]) => [field, value])),
    fieldClocks: Object.fromEntries(Object.entries(fields).map(([field, [, hlc]]) => [field, hlc])),
  });
  const change = (field: string, value: unknown, hlc: string) => ({ id: 'r1', field, value, hlc });

  it('sets newer fields, skips older and equal stamps, and creates a missing row', () => {
    const rows = new Map([
      ['r1', row({ name: ['A', stamp(t0 + 10, other)], city: ['Köln', stamp(t0, other)] })],
    ]);
    const result = mergeChanges({
      table: 'clients',
      rows,
      nodeId: own,
      changes: [
        change('name', 'old', stamp(t0 + 5, other)),
        change('name', 'same', stamp(t0 + 10, other)),
        change('city', 'Bonn', stamp(t0 + 20, other)),
        { id: 'r2', field: 'name', value: 'Neu', hlc: stamp(t0, other) },
      ],
    });
    expect(result).toEqual({
      changed: new Set(['r1', 'r2']),
      applied: 2,
      skipped: 2,
      overwritten: [],
      rejected: [],
    });
    expect(rows.get('r1')).toEqual(
      row({ name: ['A', stamp(t0 + 10, other)], city: ['Bonn', stamp(t0 + 20, other)] }),
    );
    expect(rows.get('r2')).toEqual({
      id: 'r2',
      name: 'Neu',
      fieldClocks: { name: stamp(t0, other) },
    });
  });

  it('reports an own value overwritten by another node, with both authors', () => {
    const mine = stamp(t0, own);
    const theirs = stamp(t0 + 1, other);
    const rows = new Map([['r1', row({ name: ['Mein', mine], updatedBy: ['Anna', mine] })]]);
    const result = mergeChanges({
      table: 'clients',
      rows,
      nodeId: own,
      changes: [change('name', 'Dein', theirs), change('updatedBy', 'Ben', theirs)],
    });
    expect(result.overwritten).toEqual([
      {
        table: 'clients',
        rowId: 'r1',
        field: 'name',
        localValue: 'Mein',
        localHlc: mine,
        localBy: 'Anna',
        remoteValue: 'Dein',
        remoteHlc: theirs,
        remoteBy: 'Ben',
      },
    ]);
  });

  it('reports nothing for equal values, provenance fields, own echoes or values of other nodes', () => {
    const mine = stamp(t0, own);
    const rows = new Map([
      [
        'r1',
        row({
          tags: [['a', 'b'], mine],
          updatedAt: ['x', mine],
          city: ['Köln', stamp(t0, other)],
          notes: ['', mine],
        }),
      ],
    ]);
    const result = mergeChanges({
      table: 'clients',
      rows,
      nodeId: own,
      changes: [
        change('tags', ['a', 'b'], stamp(t0 + 1, other)),
        change('updatedAt', 'y', stamp(t0 + 1, other)),
        change('city', 'Bonn', stamp(t0 + 1, 'aaaaaaaaaaaaaaaa')),
        change('notes', 'später', stamp(t0 + 1, own)),
      ],
    });
    expect([result.applied, result.overwritten]).toEqual([4, []]);
  });

  it('never writes a reserved or unknown field or a value of the wrong form, and applies the rest', () => {
    const rows = new Map([
      ['r1', row({ name: ['A', stamp(t0, other)] })],
      ['r2', row({ name: ['B', stamp(t0, other)] })],
    ]);
    const before = structuredClone([...rows]);
    const later = stamp(t0 + 1, other);
    const bad = [
      change('id', 'r2', later),
      change('fieldClocks', {}, later),
      change('__proto__', { polluted: true }, later),
      change('shoeSize', 42, later),
      change('name', { de: 'Objekt statt Text' }, later),
      change('tags', 'kein Array', later),
      change('country', 7, later),
      change('language', 'fr', later),
      change('deleted', 'yes', later),
      { id: 'r3', field: 'name', value: null, hlc: later },
    ];
    const result = mergeChanges({
      table: 'clients',
      rows,
      nodeId: own,
      changes: [...bad, change('city', 'Bonn', later)],
    });
    expect(result.rejected.map(({ change: { field }, reason }) => [field, reason])).toEqual([
      ['id', 'reserved-field'],
      ['fieldClocks', 'reserved-field'],
      ['__proto__', 'reserved-field'],
      ['shoeSize', 'unknown-field'],
      ['name', 'invalid-value'],
      ['tags', 'invalid-value'],
      ['country', 'invalid-value'],
      ['language', 'invalid-value'],
      ['deleted', 'invalid-value'],
      ['name', 'invalid-value'],
    ]);
    expect(result.rejected[4]?.message).toBe(
      'clients.name: Invalid input: expected string, received object',
    );
    expect([result.applied, [...result.changed]]).toEqual([1, ['r1']]);
    const [[, r1], [, r2]] = before as [[string, MergeableRow], [string, MergeableRow]];
    expect(rows.get('r1')).toEqual({
      ...r1,
      city: 'Bonn',
      fieldClocks: { ...r1.fieldClocks, city: later },
    });
    expect(rows.get('r2')).toEqual(r2);
    expect(rows.has('r3')).toBe(false);
    expect(Object.getPrototypeOf(rows.get('r1'))).toBe(Object.prototype);
  });

  it('leaves the fields of a table the registry does not know to the caller, except reserved ones', () => {
    const rows = new Map<string, MergeableRow>();
    const result = mergeChanges({
      table: 'leadScores',
      rows,
      nodeId: own,
      changes: [change('score', 7, stamp(t0, other)), change('id', 'x', stamp(t0, other))],
    });
    expect([result.applied, result.rejected.map((entry) => entry.reason)]).toEqual([
      1,
      ['reserved-field'],
    ]);
  });
});

describe('mergeRemoteStamps', () => {
  it('merges every stamp, also one beyond the drift limit, and counts those far ahead', () => {
    const clock = createClock({ nodeId: own, now: () => t0 });
    const changes = [
      stamp(t0 + 2_000, other),
      stamp(t0 + 3_600_000, other),
      stamp(t0 + 1_000, other),
    ].map((hlc, index) => ({ seq: index + 1, table: 't', id: 'i', field: 'f', value: 1, hlc }));
    expect(mergeRemoteStamps(clock, changes)).toBe(1);
    // +2 s and +1 s merged, then the one an hour ahead (counter 1): the tick sorts after it.
    expect(clock.tick()).toBe(stamp(t0 + 3_600_000, own, 2));
    expect(mergeRemoteStamps(clock, [])).toBe(0);
  });
});

describe('waitFor', () => {
  it('rejects with the abort reason', async () => {
    const controller = new AbortController();
    const waiting = waitFor(60_000, controller.signal);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    await expect(waitFor(1)).resolves.toBeUndefined();
  });
});
