import { contactInputSchema } from '#shared/domain';
import type { Contact, ContactInput } from '#shared/domain';
import type { QuotientDb } from '../core/database';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { omitKeys, patchRow, toEntity } from '../core/write';
import type { Stamp, WriteBatch, WriteContext } from '../core/write';

/**
 * Contacts of clients. A primary contact clears `primary` on the client's other contacts in
 * the same write (create, update, bulkCreate).
 */
export type ContactsRepository = Omit<
  EntityRepository<ContactInput, Contact>,
  'list' | 'bulkCreate'
> & {
  /** The client's contacts that are not deleted, primary first, then by last and first name. */
  listByClient(clientId: string): Promise<Contact[]>;
  /** Every contact that is not deleted (the search index reads it). */
  listAll(): Promise<Contact[]>;
  /** Creates all or none; where several inputs of one client are primary, the last one wins. */
  bulkCreate(inputs: readonly ContactInput[]): Promise<Contact[]>;
};

const byPrimaryThenName = (a: Contact, b: Contact): number =>
  Number(b.primary) - Number(a.primary) ||
  a.lastName.localeCompare(b.lastName) ||
  a.firstName.localeCompare(b.firstName);

/** Keeps at most one primary per client among new inputs: the last primary input wins. */
export function lastPrimaryWins<T extends { clientId: string; primary: boolean }>(
  inputs: T[],
): T[] {
  const lastPrimary = new Map<string, number>();
  inputs.forEach((input, index) => {
    if (input.primary) lastPrimary.set(input.clientId, index);
  });
  return inputs.map((input, index) =>
    input.primary && lastPrimary.get(input.clientId) !== index
      ? { ...input, primary: false }
      : input,
  );
}

/**
 * Clears `primary` on the clients' contacts other than `keep`, deleted ones included, so a
 * restore cannot bring back a second primary.
 */
export async function clearOtherPrimaries({
  db,
  batch,
  stamp,
  clientIds,
  keep,
}: {
  db: QuotientDb;
  batch: WriteBatch;
  stamp: Stamp;
  clientIds: readonly string[];
  keep: ReadonlySet<string>;
}): Promise<void> {
  if (clientIds.length === 0) return;
  const others = await db.contacts
    .where('clientId')
    .anyOf([...clientIds])
    .filter((contact) => contact.primary && !keep.has(contact.id))
    .toArray();
  for (const other of others) {
    const existing = batch.pending('contacts', other.id) ?? other;
    batch.put(
      'contacts',
      patchRow({ table: 'contacts', existing, next: { primary: false }, stamp }),
    );
  }
}

/** The contacts repository over a write context. */
export function createContactsRepository(ctx: WriteContext): ContactsRepository {
  const { db } = ctx;
  const contacts = createEntityRepository({
    ctx,
    table: 'contacts',
    schema: contactInputSchema,
    prepare: (_db, inputs) => lastPrimaryWins(inputs),
    references: { clientId: 'clients' },
    // One primary per client: a new or changed primary contact clears the others in the write.
    afterWrite: (write, rows) => {
      const primaries = rows.filter((contact) => contact.primary);
      const keep = new Set(primaries.map((contact) => contact.id));
      const clientIds = [...new Set(primaries.map((contact) => contact.clientId))];
      return clearOtherPrimaries({ ...write, clientIds, keep });
    },
    compare: byPrimaryThenName,
  });
  return {
    ...omitKeys(contacts, ['list', 'listBy']),
    listByClient: (clientId) => contacts.listBy('clientId', clientId),
    async listAll() {
      const rows = await db.contacts.toArray();
      return rows.filter((row) => !row.deleted).map(toEntity);
    },
  };
}
