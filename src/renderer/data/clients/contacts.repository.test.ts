import { beforeEach, describe, expect, it } from 'vitest';
import { makeClientInput, makeContactInput } from '../../../../test/factories/domain';
import type { Client } from '#shared/domain';
import { RowNotFoundError, ValidationError } from '../core/errors';
import { TEST_AUTHOR, TEST_TIME, openTestWorkspace, stampN } from '#test/test-workspace';

let ws: ReturnType<typeof openTestWorkspace>;
let client: Client;
let other: Client;
beforeEach(async () => {
  ws = openTestWorkspace();
  [client, other] = (await ws.repos.clients.bulkCreate([
    makeClientInput(),
    makeClientInput({ name: 'Andere AG' }),
  ])) as [Client, Client];
});

/** Outbox entries after the first `skip`, without seq. */
const outboxAfter = async (skip: number) =>
  (await ws.repos.outbox.list()).slice(skip).map(({ seq: _seq, ...change }) => change);

const primaries = async (clientId: string) =>
  (await ws.db.contacts.where('clientId').equals(clientId).toArray())
    .filter((contact) => contact.primary)
    .map((contact) => contact.lastName);

describe('contacts repository', () => {
  it('creates a contact of an existing client and records its fields', async () => {
    const before = (await ws.repos.outbox.list()).length;
    const input = makeContactInput(client.id);
    const contact = await ws.repos.contacts.create(input);
    const row = {
      ...input,
      createdAt: TEST_TIME,
      updatedAt: TEST_TIME,
      createdBy: TEST_AUTHOR,
      updatedBy: TEST_AUTHOR,
      deleted: false,
    };
    expect(contact).toEqual({ id: contact.id, ...row });
    expect(await outboxAfter(before)).toEqual(
      Object.entries(row).map(([field, value]) => ({
        table: 'contacts',
        id: contact.id,
        field,
        value,
        hlc: stampN(1),
      })),
    );
  });

  it('refuses a contact of an unknown client and an invalid e-mail, writing nothing', async () => {
    const before = (await ws.repos.outbox.list()).length;
    await expect(ws.repos.contacts.create(makeContactInput('no-such-client'))).rejects.toThrow(
      RowNotFoundError,
    );
    await expect(
      ws.repos.contacts.create(makeContactInput(client.id, { email: 'anna@' })),
    ).rejects.toThrow(ValidationError);
    expect(await ws.db.contacts.count()).toBe(0);
    expect(await ws.repos.outbox.list()).toHaveLength(before);
  });

  it('keeps one primary contact per client, recording the cleared flag', async () => {
    const first = await ws.repos.contacts.create(
      makeContactInput(client.id, { lastName: 'Erste', primary: true }),
    );
    await ws.repos.contacts.create(
      makeContactInput(other.id, { lastName: 'Fremd', primary: true }),
    );
    const before = (await ws.repos.outbox.list()).length;
    const second = await ws.repos.contacts.create(
      makeContactInput(client.id, { lastName: 'Zweite', primary: true }),
    );
    expect(await primaries(client.id)).toEqual(['Zweite']);
    expect(await primaries(other.id)).toEqual(['Fremd']);
    const cleared = (await outboxAfter(before)).filter((change) => change.id === first.id);
    expect(cleared).toEqual([
      { table: 'contacts', id: first.id, field: 'primary', value: false, hlc: stampN(3) },
      { table: 'contacts', id: first.id, field: 'updatedAt', value: TEST_TIME, hlc: stampN(3) },
      { table: 'contacts', id: first.id, field: 'updatedBy', value: TEST_AUTHOR, hlc: stampN(3) },
    ]);

    await ws.repos.contacts.update(first.id, { primary: true });
    expect(await primaries(client.id)).toEqual(['Erste']);
    expect((await ws.repos.contacts.get(second.id))?.primary).toBe(false);
  });

  it('clears primary on deleted contacts too, so a restore cannot bring back a second one', async () => {
    const old = await ws.repos.contacts.create(
      makeContactInput(client.id, { lastName: 'Alt', primary: true }),
    );
    await ws.repos.contacts.remove(old.id);
    await ws.repos.contacts.create(makeContactInput(client.id, { lastName: 'Neu', primary: true }));
    await ws.repos.contacts.restore(old.id);
    expect(await primaries(client.id)).toEqual(['Neu']);
  });

  it('bulk-creates with the last primary of a client winning over earlier and stored ones', async () => {
    await ws.repos.contacts.create(
      makeContactInput(client.id, { lastName: 'Gespeichert', primary: true }),
    );
    const created = await ws.repos.contacts.bulkCreate([
      makeContactInput(client.id, { lastName: 'A', primary: true }),
      makeContactInput(client.id, { lastName: 'B', primary: true }),
      makeContactInput(other.id, { lastName: 'C', primary: true }),
      makeContactInput(client.id, { lastName: 'D' }),
    ]);
    expect(created.map((contact) => [contact.lastName, contact.primary])).toEqual([
      ['A', false],
      ['B', true],
      ['C', true],
      ['D', false],
    ]);
    expect(await primaries(client.id)).toEqual(['B']);
    expect(await primaries(other.id)).toEqual(['C']);
  });

  it('bulk-creates nothing when a client is unknown', async () => {
    const inputs = [makeContactInput(client.id), makeContactInput('gone')];
    await expect(ws.repos.contacts.bulkCreate(inputs)).rejects.toThrow(RowNotFoundError);
    expect(await ws.db.contacts.count()).toBe(0);
  });

  it('lists a client’s live contacts primary first, then by name, and all live contacts', async () => {
    const [weber, , mueller, gone] = await ws.repos.contacts.bulkCreate([
      makeContactInput(client.id, { lastName: 'Weber' }),
      makeContactInput(other.id, { lastName: 'Anders' }),
      makeContactInput(client.id, { lastName: 'Müller', primary: true }),
      makeContactInput(client.id, { lastName: 'Alt' }),
    ]);
    await ws.repos.contacts.remove(gone!.id);
    expect((await ws.repos.contacts.listByClient(client.id)).map((c) => c.lastName)).toEqual([
      'Müller',
      'Weber',
    ]);
    expect((await ws.repos.contacts.listAll()).map((c) => c.lastName).sort()).toEqual([
      'Anders',
      'Müller',
      'Weber',
    ]);
    expect([weber, mueller].map((c) => c!.clientId)).toEqual([client.id, client.id]);
  });
});
