import { activityInputSchema } from '../../shared/domain';
import type { Activity, ActivityInput } from '../../shared/domain';
import type { StoredActivity } from './database';
import { parseInput, parseMany } from './errors';
import {
  commit,
  definedOnly,
  loadRow,
  newRow,
  patchRow,
  requireClients,
  setDeleted,
  toEntity,
} from './write';
import type { Stamp, WriteBatch, WriteContext } from './write';

export type ActivitiesRepository = {
  create(input: ActivityInput): Promise<Activity>;
  update(id: string, patch: Partial<ActivityInput>): Promise<Activity>;
  remove(id: string): Promise<void>;
  restore(id: string): Promise<void>;
  get(id: string): Promise<Activity | undefined>;
  /** The client's activities that are not deleted, newest first (by date, then createdAt). */
  listByClient(clientId: string): Promise<Activity[]>;
  bulkCreate(inputs: readonly ActivityInput[]): Promise<Activity[]>;
};

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
  const tables = ['activities', 'clients'] as const;
  return {
    async create(input) {
      const fields = parseInput(activityInputSchema, input);
      return commit(ctx, tables, async (batch, stamp) => {
        await requireClients(db, batch, [fields.clientId]);
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
    async bulkCreate(inputs) {
      const all = parseMany(activityInputSchema, inputs);
      return commit(ctx, tables, async (batch, stamp) => {
        await requireClients(
          db,
          batch,
          all.map((input) => input.clientId),
        );
        return all.map((fields) => {
          const written = newRow<StoredActivity>({ table: 'activities', fields, stamp });
          batch.add('activities', written);
          return toEntity(written.row);
        });
      });
    },
  };
}
