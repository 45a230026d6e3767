import { beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput } from '../../../test/factories/domain';
import { createClock } from '../../shared/sync/hlc';
import { QuotientDb } from './database';
import { createRepositories } from './repositories';
import { TEST_NODE, TEST_START, freshIndexedDb } from './test-workspace';

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
