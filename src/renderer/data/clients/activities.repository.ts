import { activityInputSchema } from '#shared/domain';
import type { Activity, ActivityInput } from '#shared/domain';
import type { StoredActivity } from '../core/database';
import { parseInput, parseMany, RowNotFoundError, ValidationError } from '../core/errors';
import type { QuotientDb } from '../core/database';
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

export type ActivitiesRepository = {
  create(input: ActivityInput): Promise<Activity>;
  update(id: string, patch: Partial<ActivityInput>): Promise<Activity>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  get(id: string): Promise<Activity | undefined>;
  /** The client's activities that are not deleted, newest first (by date, then createdAt). */
  listByClient(clientId: string): Promise<Activity[]>;
  bulkCreate(inputs: readonly ActivityInput[]): Promise<Activity[]>;
  /**
   * Every live activity with a due date that is not ticked off, of all clients, earliest due
   * first; which of them are due on a given day is `dueFollowUps` (features/clients).
   */
  listOpenFollowUps(): Promise<Activity[]>;
  /** Ticks a follow-up off on `day` (`YYYY-MM-DD`), or reopens it with `day` ''. */
  setCompleted(id: string, day: string): Promise<Activity>;
};

/**
 * An activity may name only a contact person of its own client (or none: ''); a contact that was
 * deleted since stays acceptable on an existing row, so editing its other fields still works.
 */
async function requireContactOf(
  db: QuotientDb,
  batch: WriteBatch,
  fields: ActivityInput,
  previous?: ActivityInput,
): Promise<void> {
  const contactId = fields.contactId ?? '';
  if (contactId === '') return;
  const contact = batch.pending('contacts', contactId) ?? (await db.contacts.get(contactId));
  const kept = previous?.contactId === contactId && previous.clientId === fields.clientId;
  if (!contact || (contact.deleted && !kept)) throw new RowNotFoundError('contacts', contactId);
  if (contact.clientId !== fields.clientId) {
    throw new ValidationError([
      {
        code: 'custom',
        path: ['contactId'],
        message: 'the contact person belongs to another client',
        input: contactId,
      },
    ]);
  }
}

/** Newest first: by date, then by creation time, both descending. */
export const newestFirst = (a: Activity, b: Activity): number =>
  b.date.localeCompare(a.date) ||
  b.createdAt.localeCompare(a.createdAt) ||
  b.id.localeCompare(a.id);

/**
 * Queues a new activity inside another write (an offer's step logs one on its client); the
 * caller's transaction must include `activities`. Invalid input throws before anything is queued.
 */
export function queueActivity(batch: WriteBatch, stamp: Stamp, input: ActivityInput): Activity {
  const fields = parseInput(activityInputSchema, input);
  const written = newRow<StoredActivity>({ table: 'activities', fields, stamp });
  batch.add('activities', written);
  return toEntity(written.row);
}

/** The activities repository over a write context. */
export function createActivitiesRepository(ctx: WriteContext): ActivitiesRepository {
  const { db } = ctx;
  const tables = ['activities', 'clients', 'contacts'] as const;
  const repository: ActivitiesRepository = {
    async create(input) {
      const fields = parseInput(activityInputSchema, input);
      return commit(ctx, tables, async (batch, stamp) => {
        await requireClients(db, batch, [fields.clientId]);
        await requireContactOf(db, batch, fields);
        const written = newRow<StoredActivity>({ table: 'activities', fields, stamp });
        batch.add('activities', written);
        return toEntity(written.row);
      });
    },
    update(id, patch) {
      return commit(ctx, tables, async (batch, stamp) => {
        const existing = await loadRow(db, 'activities', id);
        const fields = parseInput(activityInputSchema, { ...existing, ...definedOnly(patch) });
        if (fields.clientId !== existing.clientId)
          await requireClients(db, batch, [fields.clientId]);
        await requireContactOf(db, batch, fields, existing);
        const written = patchRow({ table: 'activities', existing, next: fields, stamp });
        batch.put('activities', written);
        return toEntity(written?.row ?? existing);
      });
    },
    remove: (id) => setDeleted(ctx, 'activities', id, true),
    restore: (id) => setDeleted(ctx, 'activities', id, false),
    async get(id) {
      const row = await db.activities.get(id);
      return row && toEntity(row);
    },
    async listByClient(clientId) {
      const rows = await db.activities
        .where('clientId')
        .equals(clientId)
        .filter((row) => !row.deleted)
        .toArray();
      return rows.map(toEntity).sort(newestFirst);
    },
    async listOpenFollowUps() {
      const rows = await db.activities
        .filter((row) => !row.deleted && (row.dueDate ?? '') !== '' && !row.completedAt)
        .toArray();
      return rows
        .map(toEntity)
        .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!) || newestFirst(a, b));
    },
    setCompleted(id, day) {
      return repository.update(id, { completedAt: day });
    },
    async bulkCreate(inputs) {
      const all = parseMany(activityInputSchema, inputs);
      return commit(ctx, tables, async (batch, stamp) => {
        await requireClients(
          db,
          batch,
          all.map((input) => input.clientId),
        );
        for (const fields of all) await requireContactOf(db, batch, fields);
        return all.map((fields) => {
          const written = newRow<StoredActivity>({ table: 'activities', fields, stamp });
          batch.add('activities', written);
          return toEntity(written.row);
        });
      });
    },
  };
  return repository;
}
