import type { OutboxEntry, QuotientDb } from './database';

/** Read access to the changes waiting to be pushed; the sync layer will drain it. */
export type OutboxRepository = {
  /** Every pending field change, in write order (seq, then the row's field order). */
  list(): Promise<OutboxEntry[]>;
  /** How many row writes are pending (each holds one or more field changes); cheap for a badge. */
  count(): Promise<number>;
};

/** The outbox repository. */
export function createOutboxRepository(db: QuotientDb): OutboxRepository {
  return {
    async list() {
      const records = await db.outbox.toArray();
      return records.flatMap(({ seq, table, id, hlc, fields }) =>
        Object.entries(fields).map(([field, value]) => ({ seq, table, id, field, value, hlc })),
      );
    },
    count: () => db.outbox.count(),
  };
}
