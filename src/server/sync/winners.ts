import type { Mutation } from '#shared/sync/protocol';

/** The changes of a push that compete with the stored state, as parallel arrays for one bulk statement. */
export type Candidates = {
  tables: string[];
  ids: string[];
  fields: string[];
  hlcs: string[];
  /** Each value's JSON text. */
  values: string[];
};

/** What a push contributes after duplicate mutations are skipped. */
export type PushPlan = {
  /** The highest mid recorded for the client afterwards. */
  lastMid: number;
  /** One change per (table, id, field): the highest stamp; in push order. */
  candidates: Candidates;
};

type Kept = {
  order: number;
  table: string;
  id: string;
  field: string;
  value: unknown;
  hlc: string;
};

/**
 * Skips mutations already applied (`mid <= lastMid`) and keeps, for each (table, id, field),
 * the change with the highest hlc; on equal stamps the first one, since an equal stamp is the
 * same change seen again. The kept changes stay in the order they appear in the push, which
 * becomes their order in the change log.
 */
export function planPush(mutations: readonly Mutation[], lastMid: number): PushPlan {
  const kept = new Map<string, Kept>();
  let order = 0;
  let newLastMid = lastMid;
  for (const mutation of mutations) {
    if (mutation.mid <= newLastMid) continue;
    newLastMid = mutation.mid;
    for (const { table, id, field, value, hlc } of mutation.changes) {
      // Identifiers never contain NUL and ids with NUL are rejected earlier, so the key is unambiguous.
      const key = `${table}\u0000${id}\u0000${field}`;
      const previous = kept.get(key);
      if (previous === undefined || hlc > previous.hlc) {
        kept.set(key, { order, table, id, field, value, hlc });
      }
      order++;
    }
  }
  const sorted = [...kept.values()].sort((a, b) => a.order - b.order);
  return {
    lastMid: newLastMid,
    candidates: {
      tables: sorted.map((change) => change.table),
      ids: sorted.map((change) => change.id),
      fields: sorted.map((change) => change.field),
      hlcs: sorted.map((change) => change.hlc),
      values: sorted.map((change) => JSON.stringify(change.value)),
    },
  };
}
