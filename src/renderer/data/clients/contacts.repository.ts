import { contactInputSchema } from '#shared/domain';
import type { Contact, ContactInput } from '#shared/domain';
import type { QuotientDb, StoredContact } from '../core/database';
import { parseInput, parseMany } from '../core/errors';
import {
  commit,
  definedOnly,
  loadRow,
  newRow,
  patchRow,
  requireClients,
  setDeleted,
  toEntity,
} from '../core/write';
import type { Stamp, WriteBatch, WriteContext } from '../core/write';

export type ContactsRepository = {
  /** A primary contact clears `primary` on the client's other contacts in the same write. */
  create(input: ContactInput): Promise<Contact>;
  update(id: string, patch: Partial<ContactInput>): Promise<Contact>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  get(id: string): Promise<Contact | undefined>;
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
  const tables = ['contacts', 'clients'] as const;
  return {
    async create(input) {
      const fields = parseInput(contactInputSchema, input);
      return commit(ctx, tables, async (batch, stamp) => {
        await requireClients(db, batch, [fields.clientId]);
        const written = newRow<StoredContact>({ table: 'contacts', fields, stamp });
        batch.add('contacts', written);
        if (fields.primary) {
          const keep = new Set([written.row.id]);
          await clearOtherPrimaries({ db, batch, stamp, clientIds: [fields.clientId], keep });
        }
        return toEntity(written.row);
      });
    },
    update(id, patch) {
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'contacts', id);
        const fields = parseInput(contactInputSchema, { ...existing, ...definedOnly(patch) });
        if (fields.clientId !== existing.clientId)
          await requireClients(db, batch, [fields.clientId]);
        const written = patchRow({ table: 'contacts', existing, next: fields, stamp });
        batch.put('contacts', written);
        if (written?.row.primary) {
          const keep = new Set([id]);
          await clearOtherPrimaries({ db, batch, stamp, clientIds: [fields.clientId], keep });
        }
        return toEntity(written?.row ?? existing);
      });
    },
    remove: (id) => setDeleted(ctx, 'contacts', id, true),
    restore: (id) => setDeleted(ctx, 'contacts', id, false),
    async get(id) {
      const row = await db.contacts.get(id);
      return row && toEntity(row);
    },
    async listByClient(clientId) {
      const rows = await db.contacts
        .where('clientId')
        .equals(clientId)
        .filter((row) => !row.deleted)
        .toArray();
      return rows.map(toEntity).sort(byPrimaryThenName);
    },
    async listAll() {
      const rows = await db.contacts.toArray();
      return rows.filter((row) => !row.deleted).map(toEntity);
    },
    async bulkCreate(inputs) {
      const all = lastPrimaryWins(parseMany(contactInputSchema, inputs));
      return commit(ctx, tables, async (batch, stamp) => {
        await requireClients(
          db,
          batch,
          all.map((input) => input.clientId),
        );
        const created = all.map((fields) => {
          const written = newRow<StoredContact>({ table: 'contacts', fields, stamp });
          batch.add('contacts', written);
          return toEntity(written.row);
        });
        const primaries = created.filter((contact) => contact.primary);
        const keep = new Set(primaries.map((contact) => contact.id));
        const clientIds = [...new Set(primaries.map((contact) => contact.clientId))];
        await clearOtherPrimaries({ db, batch, stamp, clientIds, keep });
        return created;
      });
    },
  };
}
