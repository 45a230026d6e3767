import { activityInputSchema } from '#shared/domain';
import type { Activity, ActivityInput } from '#shared/domain';
import type { QuotientDb } from '../core/database';
import { createEntityRepository } from '../core/entity.repository';
import type { EntityRepository } from '../core/entity.repository';
import { parseInput } from '../core/errors';
import { omitKeys, queueNew, requireOfClient, toEntity } from '../core/write';
import type { Stamp, WriteBatch, WriteContext } from '../core/write';

/** Activities of clients; an activity may name only a contact person of its own client. */
export type ActivitiesRepository = Omit<EntityRepository<ActivityInput, Activity>, 'list'> & {
  /** The client's activities that are not deleted, newest first (by date, then createdAt). */
  listByClient(clientId: string): Promise<Activity[]>;
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
function requireContactOf(
  db: QuotientDb,
  batch: WriteBatch,
  fields: ActivityInput,
  previous?: ActivityInput,
): Promise<void> {
  const id = fields.contactId ?? '';
  const { clientId } = fields;
  const keepDeleted = previous?.contactId === id && previous.clientId === clientId;
  const noun = 'the contact person';
  return requireOfClient({
    db,
    batch,
    table: 'contacts',
    field: 'contactId',
    id,
    clientId,
    noun,
    keepDeleted,
  });
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
  return queueNew({ batch, stamp, table: 'activities', fields });
}

/** The activities repository over a write context. */
export function createActivitiesRepository(ctx: WriteContext): ActivitiesRepository {
  const { db } = ctx;
  const activities = createEntityRepository({
    ctx,
    table: 'activities',
    schema: activityInputSchema,
    references: { clientId: 'clients' },
    refTables: ['contacts'],
    check: async (database, batch, inputs, existing) => {
      for (const fields of inputs) await requireContactOf(database, batch, fields, existing);
    },
    compare: newestFirst,
  });
  return {
    ...omitKeys(activities, ['list', 'listBy']),
    listByClient: (clientId) => activities.listBy('clientId', clientId),
    async listOpenFollowUps() {
      const rows = await db.activities
        .filter((row) => !row.deleted && (row.dueDate ?? '') !== '' && !row.completedAt)
        .toArray();
      return rows
        .map(toEntity)
        .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!) || newestFirst(a, b));
    },
    setCompleted: (id, day) => activities.update(id, { completedAt: day }),
  };
}
