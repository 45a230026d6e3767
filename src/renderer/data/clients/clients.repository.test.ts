import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeClientInput } from '../../../../test/factories/domain';
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
};

describe('clients repository', () => {
  it('creates a client and records exactly its fields in the outbox', async () => {
    const input = makeClientInput();
    const client = await ws.repos.clients.create(input);
    expect(client).toEqual({ id: client.id, ...input, ...meta, deleted: false });
    expect(client.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);

    const hlc = stampN(0);
    const outbox = await ws.repos.outbox.list();
    expect(outbox).toEqual(
      Object.entries({ ...input, ...meta, deleted: false }).map(([field, value]) => ({
        seq: 1,
        table: 'clients',
        id: client.id,
        field,
        value,
        hlc,
      })),
    );
    const stored = await ws.db.clients.get(client.id);
    expect(stored?.fieldClocks).toEqual(
      Object.fromEntries(outbox.map(({ field }) => [field, hlc])),
    );
  });

  it('stores the normalised, validated values', async () => {
    const client = await ws.repos.clients.create(
      makeClientInput({ name: '  ACME  ', country: 'de' }),
    );
    expect([client.name, client.country]).toEqual(['ACME', 'DE']);
  });

  it('records only the changed fields of an update, plus updatedAt and updatedBy', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const before = (await ws.repos.outbox.list()).length;
    ws.setAuthor('Erika Musterfrau');
    const updated = await ws.repos.clients.update(client.id, {
      city: 'Bonn',
      postalCode: '53111',
      tags: ['logistik', 'bestand'], // same array: not a change
      name: client.name,
    });
    expect(updated).toEqual({
      ...client,
      city: 'Bonn',
      postalCode: '53111',
      updatedAt: TEST_TIME,
      updatedBy: 'Erika Musterfrau',
    });
    const hlc = stampN(1);
    const entry = (field: string, value: unknown) => ({
      table: 'clients',
      id: client.id,
      field,
      value,
      hlc,
    });
    expect(
      (await ws.repos.outbox.list()).slice(before).map(({ seq: _seq, ...change }) => change),
    ).toEqual([
      entry('postalCode', '53111'),
      entry('city', 'Bonn'),
      entry('updatedAt', TEST_TIME),
      entry('updatedBy', 'Erika Musterfrau'),
    ]);
    // One outbox record per row write: the update's changes share the second seq.
    expect((await ws.repos.outbox.list()).slice(before).map(({ seq }) => seq)).toEqual([
      2, 2, 2, 2,
    ]);
    const clocks = (await ws.db.clients.get(client.id))?.fieldClocks;
    expect([clocks?.city, clocks?.name, clocks?.updatedBy]).toEqual([hlc, stampN(0), hlc]);
  });

  it('writes nothing for an update that changes nothing', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const before = await ws.repos.outbox.list();
    expect(await ws.repos.clients.update(client.id, { city: 'Köln', notes: undefined })).toEqual(
      client,
    );
    expect(await ws.repos.outbox.list()).toEqual(before);
  });

  it('rejects invalid input with ValidationError and writes nothing', async () => {
    const error = await ws.repos.clients
      .create(makeClientInput({ name: '', postalCode: '1234' }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['name'], 'validation.required'],
      [['postalCode'], 'validation.postalCode'],
    ]);
    expect(await ws.db.clients.count()).toBe(0);
    expect(await ws.repos.outbox.count()).toBe(0);

    const client = await ws.repos.clients.create(makeClientInput());
    const outbox = await ws.repos.outbox.list();
    await expect(ws.repos.clients.update(client.id, { website: 'not a url' })).rejects.toThrow(
      ValidationError,
    );
    expect(await ws.repos.clients.get(client.id)).toEqual(client);
    expect(await ws.repos.outbox.list()).toEqual(outbox);
  });

  it('throws RowNotFoundError for an unknown id', async () => {
    await expect(ws.repos.clients.update('missing', { city: 'Bonn' })).rejects.toThrow(
      RowNotFoundError,
    );
    await expect(ws.repos.clients.remove('missing')).rejects.toThrow(RowNotFoundError);
    expect(await ws.repos.outbox.count()).toBe(0);
  });

  it('leaves neither the row nor outbox entries when the outbox write fails', async () => {
    vi.spyOn(ws.db.outbox, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
    await expect(ws.repos.clients.create(makeClientInput())).rejects.toThrow('disk full');
    expect(await ws.db.clients.count()).toBe(0);
    expect(await ws.repos.outbox.count()).toBe(0);
  });

  it('rolls an update back entirely when the transaction aborts after the row was written', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const outbox = await ws.repos.outbox.list();
    ws.db.outbox.hook('creating', () => {
      throw new Error('outbox refused');
    });
    await expect(ws.repos.clients.update(client.id, { city: 'Bonn' })).rejects.toThrow(
      'outbox refused',
    );
    expect(await ws.repos.clients.get(client.id)).toEqual(client);
    expect(await ws.repos.outbox.list()).toEqual(outbox);
  });

  it('soft-deletes and restores, recording deleted like any other field', async () => {
    const client = await ws.repos.clients.create(makeClientInput());
    const before = (await ws.repos.outbox.list()).length;
    await ws.repos.clients.remove(client.id);
    expect(await ws.repos.clients.get(client.id)).toEqual({ ...client, deleted: true });
    expect(await ws.repos.clients.list()).toEqual([]);
    await ws.repos.clients.remove(client.id); // already deleted: no change
    await ws.repos.clients.restore(client.id);
    expect(await ws.repos.clients.list()).toEqual([client]);
    expect(
      (await ws.repos.outbox.list())
        .slice(before)
        .map(({ field, value, hlc }) => [field, value, hlc]),
    ).toEqual([
      ['deleted', true, stampN(1)],
      ['updatedAt', TEST_TIME, stampN(1)],
      ['updatedBy', TEST_AUTHOR, stampN(1)],
      ['deleted', false, stampN(3)],
      ['updatedAt', TEST_TIME, stampN(3)],
      ['updatedBy', TEST_AUTHOR, stampN(3)],
    ]);
  });

  it('lists clients that are not deleted, by name', async () => {
    const [b, a, c] = await ws.repos.clients.bulkCreate(
      ['Beta', 'Alpha', 'Gamma'].map((name) => makeClientInput({ name })),
    );
    await ws.repos.clients.remove(c!.id);
    expect((await ws.repos.clients.list()).map((client) => client.id)).toEqual([a!.id, b!.id]);
  });

  it('bulk-creates n clients with all their outbox entries in one write', async () => {
    const inputs = Array.from({ length: 50 }, (_, index) =>
      makeClientInput({ name: `Kunde ${index}` }),
    );
    const created = await ws.repos.clients.bulkCreate(inputs);
    expect(created.map(({ name }) => name)).toEqual(inputs.map(({ name }) => name));
    expect(await ws.db.clients.count()).toBe(50);
    expect(await ws.repos.outbox.count()).toBe(50); // one record per row written
    const outbox = await ws.repos.outbox.list();
    const fieldsPerRow = Object.keys({ ...inputs[0], ...meta, deleted: false }).length;
    expect(outbox).toHaveLength(50 * fieldsPerRow);
    expect(new Set(outbox.map((change) => change.id))).toEqual(
      new Set(created.map((client) => client.id)),
    );
    expect(new Set(outbox.map((change) => change.hlc))).toEqual(new Set([stampN(0)]));
  });

  it('bulk-creates nothing when one input is invalid, naming its index', async () => {
    const inputs = [
      makeClientInput(),
      makeClientInput({ country: 'Deutschland' }),
      makeClientInput(),
    ];
    const error = await ws.repos.clients.bulkCreate(inputs).catch((caught: unknown) => caught);
    expect((error as ValidationError).issues.map((issue) => issue.path)).toEqual([[1, 'country']]);
    expect(await ws.db.clients.count()).toBe(0);
    expect(await ws.repos.outbox.count()).toBe(0);
  });

  it('tells listeners which rows a committed write touched, and nothing for a failed one', async () => {
    const events: unknown[] = [];
    const unsubscribe = ws.repos.onCommitted((event) => events.push(event));
    const client = await ws.repos.clients.create(makeClientInput());
    await ws.repos.clients.create(makeClientInput({ name: '' })).catch(() => undefined);
    await ws.repos.clients.update(client.id, { city: 'Bonn' });
    unsubscribe();
    await ws.repos.clients.remove(client.id);
    expect(events).toEqual([
      { table: 'clients', ids: [client.id] },
      { table: 'clients', ids: [client.id] },
    ]);
  });
});
