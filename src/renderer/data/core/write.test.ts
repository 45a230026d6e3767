import { beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput } from '../../../../test/factories/domain';
import { createClock } from '#shared/sync/hlc';
import { QuotientDb } from './database';
import { createRepositories } from '../repositories';
import { createNotifier } from './notifier';
import { createSyncStore } from './sync-store';
import { TEST_NODE, TEST_START, freshIndexedDb } from '#test/test-workspace';
import { OUTBOX_CHANGES_KEY, countOutboxChanges } from './write';

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
