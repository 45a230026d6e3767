import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  makeBundleInput,
  makeCatalogItemInput,
  makeRoleInput,
} from '../../../../test/factories/domain';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
beforeEach(() => {
  ws = openTestWorkspace();
});

const meta = {
  createdAt: TEST_TIME,
  updatedAt: TEST_TIME,
  createdBy: TEST_AUTHOR,
  updatedBy: TEST_AUTHOR,
  deleted: false,
};

describe('catalog repository', () => {
  it('creates an item and records exactly its fields in the outbox', async () => {
    const input = makeCatalogItemInput();
    const item = await ws.repos.catalog.create(input);
    expect(item).toEqual({ id: item.id, ...input, ...meta });
    expect(await ws.repos.outbox.list()).toEqual(
      Object.entries({ ...input, ...meta }).map(([field, value]) => ({
        seq: 1,
        table: 'catalogItems',
        id: item.id,
        field,
        value,
        hlc: stampN(0),
      })),
    );
  });

  it('updates only changed fields and lists live items (inactive too) by name', async () => {
    const server = await ws.repos.catalog.create(makeCatalogItemInput());
    const licence = await ws.repos.catalog.create(
      makeCatalogItemInput({ name: 'Office-Lizenz', kind: 'software', unit: 'licence' }),
    );
    const gone = await ws.repos.catalog.create(makeCatalogItemInput({ name: 'Alt' }));
    const before = (await ws.repos.outbox.list()).length;
    await ws.repos.catalog.update(licence.id, { active: false, name: 'Office-Lizenz' });
    expect(
      (await ws.repos.outbox.list()).slice(before).map(({ field, value }) => [field, value]),
    ).toEqual([
      ['active', false],
      ['updatedAt', TEST_TIME],
      ['updatedBy', TEST_AUTHOR],
    ]);
    await ws.repos.catalog.remove(gone.id);
    expect((await ws.repos.catalog.list()).map((item) => [item.name, item.active])).toEqual([
      ['Office-Lizenz', false],
      ['Server R450', true],
    ]);
    await ws.repos.catalog.restore(gone.id);
    expect((await ws.repos.catalog.list()).map((item) => item.id)).toEqual([
      gone.id,
      licence.id,
      server.id,
    ]);
    expect((await ws.repos.catalog.get(server.id))?.name).toBe('Server R450');
  });

  it('rejects bad input and writes nothing', async () => {
    const error = await ws.repos.catalog
      .create(makeCatalogItemInput({ listPrice: '12,50', vatPct: '16' as '19' }))
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['listPrice'], 'validation.decimal'],
      [['vatPct'], 'validation.vatRate'],
    ]);
    expect(await ws.repos.outbox.count()).toBe(0);
  });

  it('bulk-creates all items or, with one bad row, none, listing every bad row', async () => {
    const error = await ws.repos.catalog
      .bulkCreate([
        makeCatalogItemInput({ name: 'A' }),
        makeCatalogItemInput({ name: '' }),
        makeCatalogItemInput({ name: 'C' }),
        makeCatalogItemInput({ purchasePrice: '-1' }),
      ])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [[1, 'name'], 'validation.required'],
      [[3, 'purchasePrice'], 'validation.negative'],
    ]);
    expect([await ws.repos.catalog.list(), await ws.repos.outbox.count()]).toEqual([[], 0]);

    const created = await ws.repos.catalog.bulkCreate([
      makeCatalogItemInput({ name: 'B' }),
      makeCatalogItemInput({ name: 'A' }),
    ]);
    expect(created.map((item) => item.name)).toEqual(['B', 'A']);
    expect((await ws.repos.catalog.list()).map((item) => item.name)).toEqual(['A', 'B']);
    // One write: both rows share one stamp.
    expect(new Set((await ws.repos.outbox.list()).map(({ hlc }) => hlc))).toEqual(
      new Set([stampN(0)]),
    );
  });

  it('rolls a bulk create back when writing fails halfway', async () => {
    // The rows are stored, then the outbox write fails: the transaction must drop the rows too.
    vi.spyOn(ws.db.outbox, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(
      ws.repos.catalog.bulkCreate([makeCatalogItemInput(), makeCatalogItemInput({ name: 'B' })]),
    ).rejects.toThrow('QuotaExceededError');
    expect([await ws.db.catalogItems.count(), await ws.repos.outbox.count()]).toEqual([0, 0]);
  });
});

describe('bundles and roles repositories', () => {
  it('creates a bundle of existing catalog items only', async () => {
    const item = await ws.repos.catalog.create(makeCatalogItemInput());
    const bundle = await ws.repos.bundles.create(makeBundleInput([item.id]));
    expect(await ws.repos.bundles.list()).toEqual([bundle]);
    const before = await ws.repos.outbox.count();
    await expect(
      ws.repos.bundles.create(makeBundleInput([item.id, 'no-such-item'])),
    ).rejects.toThrow(RowNotFoundError);
    await expect(
      ws.repos.bundles.update(bundle.id, { items: [{ catalogItemId: 'nope', quantity: '1' }] }),
    ).rejects.toThrow(RowNotFoundError);
    await expect(ws.repos.bundles.create(makeBundleInput([]))).rejects.toThrow(ValidationError);
    expect(await ws.repos.outbox.count()).toBe(before);
    await ws.repos.bundles.remove(bundle.id);
    expect(await ws.repos.bundles.list()).toEqual([]);
    await ws.repos.bundles.restore(bundle.id);
    expect((await ws.repos.bundles.get(bundle.id))?.deleted).toBe(false);
  });

  it('keeps rate-card roles', async () => {
    const role = await ws.repos.roles.create(makeRoleInput());
    const updated = await ws.repos.roles.update(role.id, { dayRate: '1350.00' });
    expect(updated).toEqual({ ...role, dayRate: '1350.00' });
    expect(await ws.repos.roles.list()).toEqual([updated]);
    await expect(ws.repos.roles.update(role.id, { costPerDay: 'viel' })).rejects.toThrow(
      ValidationError,
    );
    await ws.repos.roles.remove(role.id);
    expect(await ws.repos.roles.list()).toEqual([]);
  });
});
