import { beforeEach, describe, expect, it } from 'vitest';
import { createClock } from '#shared/sync/hlc';
import { TEST_AUTHOR, TEST_NODE, TEST_START, freshIndexedDb } from '#test/test-workspace';
import { QuotientDb } from './database';
import { createNotifier } from './notifier';
import { createOrderedChildRepository } from './ordered-child.repository';
import type { OrderedAction, OrderedChildRepository } from './ordered-child.repository';
import { loadRow, patchRow } from './write';
import type { WriteContext } from './write';

// The generic repository over a fake parent: section rows whose `offerId` names no offer, a
// parent guard that consults a set of locked parents, and a check that knows which parents exist.
let db: QuotientDb;
let children: OrderedChildRepository<'offerSections'>;
let locked: Set<string>;
let parents: Set<string>;
let heard: string[];

beforeEach(() => {
  freshIndexedDb();
  db = new QuotientDb('ordered-child-test');
  const clock = createClock({ nodeId: TEST_NODE, now: () => TEST_START });
  const ctx: WriteContext = { db, clock, author: () => TEST_AUTHOR, notifier: createNotifier() };
  locked = new Set();
  parents = new Set(['p1', 'p2']);
  heard = [];
  children = createOrderedChildRepository({
    ctx,
    table: 'offerSections',
    parentKey: 'offerId',
    guard: async (_db, row, action: OrderedAction) => {
      heard.push(`${action} ${row.offerId}`);
      if (locked.has(row.offerId)) throw new Error(`parent ${row.offerId} is locked`);
    },
    check: async (_db, _batch, row) => {
      if (!parents.has(row.offerId)) throw new Error(`no parent ${row.offerId}`);
    },
    onSetDeleted: async (_write, row, deleted) => {
      heard.push(`${deleted ? 'deleting' : 'restoring'} ${row.title}`);
    },
  });
});

const add = (title: string, placement = {}, offerId = 'p1') =>
  children.add({ offerId, title }, placement);
const titles = async (parent = 'p1') =>
  (await children.listByParent(parent)).map((row) => row.title);

describe('ordered-child repository', () => {
  it('appends to the end of the parent, places after and before siblings, per parent', async () => {
    const a = await add('A');
    const c = await add('C');
    await add('B', { after: a.id });
    await add('Start', { before: a.id });
    await add('Other', {}, 'p2');
    expect([a.position, c.position]).toEqual(['a0', 'a1']);
    expect(await titles()).toEqual(['Start', 'A', 'B', 'C']);
    expect(await titles('p2')).toEqual(['Other']);
    expect(heard).toEqual(['add p1', 'add p1', 'add p1', 'add p1', 'add p2']);
  });

  it('records a move as its position alone, and a move to another parent with the parent key', async () => {
    const [a, b, c] = [await add('A'), await add('B'), await add('C')];
    await add('Other', {}, 'p2');
    const before = await db.outbox.count();
    const moved = await children.move(c.id, { after: a.id, before: b.id });
    expect(await titles()).toEqual(['A', 'C', 'B']);
    const toOther = await children.move(a.id, {}, 'p2');
    expect(await titles()).toEqual(['C', 'B']);
    expect(await titles('p2')).toEqual(['Other', 'A']);
    const records = (await db.outbox.toArray()).slice(before);
    expect(records.map(({ id, fields }) => [id, Object.keys(fields)])).toEqual([
      [c.id, ['position', 'updatedAt', 'updatedBy']],
      [a.id, ['offerId', 'position', 'updatedAt', 'updatedBy']],
    ]);
    expect([moved.position, toOther.offerId]).toEqual([records[0]?.fields.position, 'p2']);
    expect(heard.slice(-2)).toEqual(['move p1', 'move p1']);
  });

  it('refuses a move into a parent the check does not know, and neighbours of another parent', async () => {
    const [a] = [await add('A'), await add('B')];
    const other = await add('X', {}, 'p2');
    const before = await db.outbox.count();
    await expect(children.move(a.id, {}, 'p9')).rejects.toThrow('no parent p9');
    await expect(children.move(a.id, { after: other.id })).rejects.toThrow(RangeError);
    await expect(children.add({ offerId: 'p9', title: 'Y' })).rejects.toThrow('no parent p9');
    expect(await db.outbox.count()).toBe(before);
    expect(await titles()).toEqual(['A', 'B']);
  });

  it('spreads two siblings that concurrent inserts gave one key, in the same write', async () => {
    const a = await add('A');
    const b = await add('B');
    const c = await add('C');
    await db.offerSections.update(c.id, { position: b.position });
    const [lower, upper] = [b, c].sort((x, y) => (x.id < y.id ? -1 : 1));
    const before = await db.outbox.count();
    await children.move(a.id, { after: lower!.id, before: upper!.id });
    expect(await titles()).toEqual([lower!.title, 'A', upper!.title]);
    const records = (await db.outbox.toArray()).slice(before);
    expect(records.map(({ id }) => id)).toEqual([upper!.id, a.id]);
    expect(new Set(records.map(({ hlc }) => hlc)).size).toBe(1);
  });

  it('removes and restores softly, the hook hearing only real state changes', async () => {
    const a = await add('A');
    await add('B');
    await children.remove(a.id);
    await children.remove(a.id);
    expect(await titles()).toEqual(['B']);
    expect((await children.get(a.id))?.deleted).toBe(true);
    // A new child goes past the deleted one, so restoring it cannot collide.
    const c = await add('C');
    await children.restore(a.id);
    expect(await titles()).toEqual(['A', 'B', 'C']);
    expect(c.position > a.position && c.position > 'a1').toBe(true);
    expect(heard.filter((entry) => !entry.startsWith('add'))).toEqual([
      'remove p1',
      'deleting A',
      'remove p1',
      'restore p1',
      'restoring A',
    ]);
  });

  it('writes nothing when the parent guard refuses', async () => {
    const a = await add('A');
    locked.add('p1');
    const before = await db.outbox.count();
    await expect(add('B')).rejects.toThrow('parent p1 is locked');
    await expect(children.move(a.id, {})).rejects.toThrow('locked');
    await expect(children.remove(a.id)).rejects.toThrow('locked');
    await expect(children.addMany([{ offerId: 'p1', title: 'C' }])).rejects.toThrow('locked');
    expect(await db.outbox.count()).toBe(before);
    locked.clear();
    expect(await titles()).toEqual(['A']);
  });

  it('rejects a malformed placement before the write', async () => {
    await expect(add('A', { after: '' })).rejects.toThrow(/after/);
    expect(await db.outbox.count()).toBe(0);
  });

  it('appends many children to the ends of their parents in input order, in one write', async () => {
    await add('A');
    const created = await children.addMany([
      { offerId: 'p1', title: 'B' },
      { offerId: 'p2', title: 'X' },
      { offerId: 'p1', title: 'C', id: 'given-id' },
    ]);
    expect(created.map((row) => [row.title, row.position])).toEqual([
      ['B', 'a1'],
      ['X', 'a0'],
      ['C', 'a2'],
    ]);
    expect(created[2]?.id).toBe('given-id');
    expect(await titles()).toEqual(['A', 'B', 'C']);
    const hlcs = (await db.outbox.toArray()).slice(1).map(({ hlc }) => hlc);
    expect(new Set(hlcs).size).toBe(1);
  });

  it('adds inside a larger write, sharing its stamp', async () => {
    const a = await add('A');
    await add('C');
    const b = await children.write(async (batch, stamp) => {
      const existing = await loadRow(db, 'offerSections', a.id);
      const next = { title: 'A2' };
      batch.put('offerSections', patchRow({ table: 'offerSections', existing, next, stamp }));
      return children.queueAdd({ batch, stamp }, { offerId: 'p1', title: 'B' }, { after: a.id });
    });
    expect(await titles()).toEqual(['A2', 'B', 'C']);
    const records = (await db.outbox.toArray()).slice(-2);
    expect(records.map(({ id }) => id)).toEqual([a.id, b.id]);
    expect(records[0]?.hlc).toBe(records[1]?.hlc);
    expect(heard.at(-1)).toBe('add p1');
  });
});
