import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput, makeContactInput } from '../../../../test/factories/domain';
import { createClock } from '#shared/sync/hlc';
import { QuotientDb } from './database';
import type { StoredContact } from './database';
import { createRepositories } from '../repositories';
import { createNotifier } from './notifier';
import { createSyncStore } from './sync-store';
import { TEST_NODE, TEST_START, freshIndexedDb } from '#test/test-workspace';
import { RowNotFoundError, ValidationError } from './errors';
import {
  OUTBOX_CHANGES_KEY,
  WriteBatch,
  countOutboxChanges,
  newRow,
  requireOfClient,
} from './write';

beforeEach(() => {
  freshIndexedDb();
});

/** Repositories on one database with a clock whose wall time is `now` and whose memory is empty. */
function withClock(db: QuotientDb, now: number) {
  return createRepositories({
    db,
    clock: createClock({ nodeId: TEST_NODE, now: () => now }),
    author: () => 'Test',
  });
}

describe('commit', () => {
  it('stamps an edit above the field it replaces even when the clock forgot a newer stamp', async () => {
    const db = new QuotientDb('quotient-write');
    const client = await withClock(db, TEST_START).clients.create(makeClientInput({ name: 'Alt' }));
    const before = (await db.clients.get(client.id))!.fieldClocks.name!;

    // The same database under a clock one minute slow that never saw that stamp.
    await withClock(db, TEST_START - 60_000).clients.update(client.id, { name: 'Neu' });
    const after = (await db.clients.get(client.id))!;
    expect(after.name).toBe('Neu');
    expect(after.fieldClocks.name! > before).toBe(true);
    // The outbox carries the same, winning stamp for the change.
    const records = await db.outbox.toArray();
    expect(records.at(-1)).toMatchObject({ id: client.id, hlc: after.fieldClocks.name });
    expect(records.at(-1)?.fields).toMatchObject({ name: 'Neu' });
  });
});

describe("commit nested in a caller's transaction", () => {
  it('tells its listeners once the outer transaction commits, outside it, and never when it aborts', async () => {
    const db = new QuotientDb('quotient-write-nested');
    const repos = withClock(db, TEST_START);
    const heard: { id: string; inTransaction: boolean; stored: boolean }[] = [];
    const reads: Promise<unknown>[] = [];
    repos.onCommitted((event) => {
      if (event.table !== 'clients') return;
      const inTransaction = Dexie.currentTransaction !== null;
      // A listener that reads, as the client search index does.
      reads.push(
        db.clients.get(event.ids[0]!).then((row) => {
          heard.push({ id: event.ids[0]!, inTransaction, stored: row !== undefined });
        }),
      );
    });

    const tables = ['clients', 'contacts', 'outbox', 'syncState'] as const;
    const kept = await db.transaction('rw', tables, async () => {
      const client = await repos.clients.create(makeClientInput({ name: 'Außen' }));
      await repos.contacts.create(makeContactInput(client.id));
      // Not yet heard while the outer transaction is open.
      expect(reads).toEqual([]);
      return client;
    });
    await Promise.all(reads);
    expect(heard).toEqual([{ id: kept.id, inTransaction: false, stored: true }]);

    await expect(
      db.transaction('rw', tables, async () => {
        await repos.clients.create(makeClientInput({ name: 'Verworfen' }));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toHaveLength(1);
    expect(await db.clients.count()).toBe(1);
  });

  it('tells its listeners at once when it is not nested', async () => {
    const db = new QuotientDb('quotient-write-plain');
    const repos = withClock(db, TEST_START);
    const heard: string[] = [];
    repos.onCommitted((event) => heard.push(event.table));
    await repos.clients.create(makeClientInput({ name: 'Allein' }));
    expect(heard).toEqual(['clients']);
  });
});

describe('the outbox field-change count', () => {
  const scan = async (db: QuotientDb) =>
    (await db.outbox.toArray()).reduce((sum, r) => sum + Object.keys(r.fields).length, 0);

  it('follows every write and every acknowledgement without reading the outbox', async () => {
    const db = new QuotientDb('quotient-count');
    const repos = withClock(db, TEST_START);
    const client = await repos.clients.create(makeClientInput());
    const afterCreate = await scan(db);
    expect(await countOutboxChanges(db)).toBe(afterCreate);
    await repos.clients.update(client.id, { name: 'Neu', city: 'Bonn' });
    expect(await countOutboxChanges(db)).toBe(afterCreate + 4); // name, city, updatedAt, updatedBy

    const [first] = await db.outbox.toArray();
    const store = createSyncStore({
      db,
      clock: createClock({ nodeId: TEST_NODE, now: () => TEST_START }),
      author: () => 'Test',
      notifier: createNotifier(),
    });
    await store.ack(first!.seq);
    expect(await db.outbox.count()).toBe(1);
    expect(await countOutboxChanges(db)).toBe(await scan(db));
    expect(await store.pendingChanges()).toBe(await scan(db));
  });

  it('counts the outbox once in a database from before the count existed', async () => {
    const db = new QuotientDb('quotient-old');
    const repos = withClock(db, TEST_START);
    await repos.clients.create(makeClientInput());
    const fields = await scan(db);
    await db.syncState.delete(OUTBOX_CHANGES_KEY);
    expect(await countOutboxChanges(db)).toBe(fields);
    await repos.clients.create(makeClientInput({ name: 'Zweiter' }));
    expect(await countOutboxChanges(db)).toBe(await scan(db));
  });
});

describe('requireOfClient', () => {
  it('accepts none, a live row of the client (stored or queued), and a deleted one only when kept', async () => {
    const db = new QuotientDb('quotient-of-client');
    const repos = withClock(db, TEST_START);
    const [client, other] = [
      await repos.clients.create(makeClientInput()),
      await repos.clients.create(makeClientInput({ name: 'Andere' })),
    ];
    const mine = await repos.contacts.create(makeContactInput(client.id));
    const foreign = await repos.contacts.create(makeContactInput(other.id));
    const batch = new WriteBatch();
    const stamp = { hlc: 'h', at: 'now', by: 'Test' };
    const queued = newRow<StoredContact>({
      table: 'contacts',
      fields: makeContactInput(client.id),
      stamp,
    });
    batch.add('contacts', queued);
    const check = (id: string, keepDeleted = false) =>
      requireOfClient({
        db,
        batch,
        table: 'contacts',
        field: 'contactId',
        id,
        clientId: client.id,
        noun: 'the contact person',
        keepDeleted,
      });
    await expect(check('')).resolves.toBeUndefined();
    await expect(check(mine.id)).resolves.toBeUndefined();
    await expect(check(queued.row.id)).resolves.toBeUndefined();
    await expect(check('missing')).rejects.toThrow(new RowNotFoundError('contacts', 'missing'));
    const error = await check(foreign.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map(({ path, message }) => [path, message])).toEqual([
      [['contactId'], 'the contact person belongs to another client'],
    ]);
    await repos.contacts.remove(mine.id);
    await expect(check(mine.id)).rejects.toThrow(RowNotFoundError);
    await expect(check(mine.id, true)).resolves.toBeUndefined();
  });
});
