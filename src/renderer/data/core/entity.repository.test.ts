import { beforeEach, describe, expect, it } from 'vitest';
import { clientInputSchema, contactInputSchema } from '#shared/domain';
import type { Contact } from '#shared/domain';
import { createClock } from '#shared/sync/hlc';
import { makeClientInput, makeContactInput } from '../../../../test/factories/domain';
import { TEST_AUTHOR, TEST_NODE, TEST_START, freshIndexedDb } from '#test/test-workspace';
import { QuotientDb } from './database';
import { createEntityRepository } from './entity.repository';
import type { EntityRepositoryOptions } from './entity.repository';
import { RowNotFoundError, ValidationError } from './errors';
import { createNotifier } from './notifier';
import { patchRow } from './write';
import type { WriteContext } from './write';

// The generic repository's options over contacts (referencing clients), set up here rather
// than through the contacts repository, so each option is seen on its own.
let db: QuotientDb;
let ctx: WriteContext;
let clientId: string;
let heard: string[];

beforeEach(async () => {
  freshIndexedDb();
  db = new QuotientDb('entity-test');
  const clock = createClock({ nodeId: TEST_NODE, now: () => TEST_START });
  ctx = { db, clock, author: () => TEST_AUTHOR, notifier: createNotifier() };
  const clients = createEntityRepository({ ctx, table: 'clients', schema: clientInputSchema });
  clientId = (await clients.create(makeClientInput())).id;
  heard = [];
});

type ContactSchema = typeof contactInputSchema;
type ContactOptions = EntityRepositoryOptions<'contacts', ContactSchema, ContactSchema>;

const contactsWith = (options: Partial<Omit<ContactOptions, 'ctx' | 'table' | 'schema'>> = {}) =>
  createEntityRepository({
    ctx,
    table: 'contacts',
    schema: contactInputSchema,
    references: { clientId: 'clients' },
    ...options,
  });

const contact = (lastName: string, extra: Partial<Contact> = {}) =>
  makeContactInput(clientId, { lastName, ...extra });

describe('entity repository options', () => {
  it('checks references on create and bulkCreate, writing nothing when one is missing', async () => {
    const contacts = contactsWith();
    const before = await db.outbox.count();
    await expect(contacts.create(makeContactInput('no-client'))).rejects.toThrow(RowNotFoundError);
    await expect(
      contacts.bulkCreate([contact('A'), makeContactInput('no-client', { lastName: 'B' })]),
    ).rejects.toThrow(/no-client/);
    expect(await db.outbox.count()).toBe(before);
    expect(await contacts.list()).toEqual([]);
  });

  it('checks a reference on update only when its value changes', async () => {
    const contacts = contactsWith();
    const a = await contacts.create(contact('A'));
    // The client is gone (as a partial sync could leave it): other fields still change.
    await db.clients.delete(clientId);
    expect((await contacts.update(a.id, { role: 'CTO' })).role).toBe('CTO');
    await expect(contacts.update(a.id, { clientId: 'elsewhere' })).rejects.toThrow(
      new RowNotFoundError('clients', 'elsewhere'),
    );
  });

  it('validates create inputs with createSchema and fills them in with prepare, in the write', async () => {
    const contacts = createEntityRepository({
      ctx,
      table: 'contacts',
      schema: contactInputSchema,
      createSchema: contactInputSchema.extend({
        lastName: contactInputSchema.shape.lastName.optional(),
      }),
      prepare: async (database, inputs) => {
        const count = await database.contacts.count();
        return inputs.map((input, index) => ({
          ...input,
          lastName: input.lastName ?? `Nr. ${count + index + 1}`,
        }));
      },
    });
    const created = await contacts.bulkCreate([
      { ...contact('A'), lastName: undefined },
      contact('B'),
      { ...contact('C'), lastName: undefined },
    ]);
    expect(created.map((row) => row.lastName)).toEqual(['Nr. 1', 'B', 'Nr. 3']);
    // Updates validate with `schema`: the name stays required.
    await expect(contacts.update(created[0]!.id, { lastName: '' })).rejects.toThrow(
      ValidationError,
    );
  });

  it('gives check the inputs, and the stored row on update', async () => {
    const contacts = contactsWith({
      check: async (_db, _batch, inputs, existing) => {
        const names = inputs.map((input) => input.lastName).join(',');
        heard.push(`${names} ${existing?.lastName ?? '-'}`);
        if (inputs.some((input) => input.lastName === 'Refused')) {
          throw new Error('refused');
        }
      },
    });
    const [a] = await contacts.bulkCreate([contact('A'), contact('B')]);
    await contacts.update(a!.id, { lastName: 'A2' });
    await expect(contacts.update(a!.id, { lastName: 'Refused' })).rejects.toThrow('refused');
    expect(heard).toEqual(['A,B -', 'A2 A', 'Refused A2']);
    expect((await contacts.get(a!.id))?.lastName).toBe('A2');
  });

  it('runs afterWrite with the created or changed rows, in the same write', async () => {
    const contacts = contactsWith({
      afterWrite: async ({ batch, stamp }, rows) => {
        heard.push(rows.map((row) => row.lastName).join(','));
        const client = await db.clients.get(clientId);
        const next = { notes: `${rows.length} contact(s) changed` };
        batch.put('clients', patchRow({ table: 'clients', existing: client!, next, stamp }));
      },
      refTables: ['clients'],
    });
    const [a] = await contacts.bulkCreate([contact('A'), contact('B')]);
    await contacts.update(a!.id, { role: 'CTO' });
    // Nothing changes: afterWrite is not run.
    await contacts.update(a!.id, { role: 'CTO' });
    expect(heard).toEqual(['A,B', 'A']);
    const records = await db.outbox.toArray();
    const last = records.at(-1)!;
    expect([last.table, last.fields.notes, last.hlc]).toEqual([
      'clients',
      '1 contact(s) changed',
      records.at(-2)?.hlc,
    ]);
  });

  it('orders list and listBy with compare, by name (sortKey) when none is given', async () => {
    const other = (
      await createEntityRepository({ ctx, table: 'clients', schema: clientInputSchema }).create(
        makeClientInput({ name: 'Andere' }),
      )
    ).id;
    const byRole = contactsWith({
      compare: (a, b) => a.role.localeCompare(b.role),
    });
    await byRole.bulkCreate([
      contact('A', { role: 'c' }),
      contact('B', { role: 'a' }),
      makeContactInput(other, { lastName: 'C', role: 'b' }),
    ]);
    const gone = await byRole.create(contact('D', { role: '0' }));
    await byRole.remove(gone.id);
    expect((await byRole.list()).map((row) => row.lastName)).toEqual(['B', 'C', 'A']);
    expect((await byRole.listBy('clientId', clientId)).map((row) => row.lastName)).toEqual([
      'B',
      'A',
    ]);
    const clients = createEntityRepository({ ctx, table: 'clients', schema: clientInputSchema });
    expect((await clients.list()).map((row) => row.name)).toEqual([
      'Andere',
      makeClientInput().name,
    ]);
  });
});
