import type { Db, Queryable } from '../db/db';
import type { PulledChange, PushRequest } from '#shared/sync/protocol';
import { HttpError } from '../http/errors';
import { planPush } from './winners';

/**
 * Merges the candidates into field_state (a stamp wins only when strictly higher) and appends
 * the winners to the change log with contiguous sequence numbers from $7, in push order.
 */
const MERGE_SQL = `
with input as (
  select * from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
    with ordinality as t (tbl, row_id, field, hlc, value, ord)
), won as (
  insert into field_state as f (workspace_id, tbl, row_id, field, hlc)
  select $1, tbl, row_id, field, hlc from input
  on conflict (workspace_id, tbl, row_id, field)
    do update set hlc = excluded.hlc where excluded.hlc > f.hlc
  returning f.tbl, f.row_id, f.field
), logged as (
  insert into change_log (workspace_id, seq, tbl, row_id, field, value, hlc)
  select $1, $7 + row_number() over (order by i.ord) - 1, i.tbl, i.row_id, i.field, i.value::json, i.hlc
    from won w
    join input i on i.tbl = w.tbl and i.row_id = w.row_id and i.field = w.field
  returning seq
)
select count(*) as appended from logged`;

/** The outcome of a push. */
export type PushResult = { lastMid: number; appended: number };

async function lockWorkspace(tx: Queryable, workspaceId: string): Promise<number> {
  const rows = await tx.query<{ next_seq: number }>(
    'select next_seq from workspaces where id = $1 for update',
    [workspaceId],
  );
  const row = rows[0];
  if (!row) throw new HttpError(403, 'forbidden', 'Not a member of this workspace');
  return row.next_seq;
}

async function clientLastMid(
  tx: Queryable,
  { workspaceId, clientId, userId }: { workspaceId: string; clientId: string; userId: string },
): Promise<number> {
  const rows = await tx.query<{ user_id: string; last_mid: number }>(
    'select user_id, last_mid from clients where workspace_id = $1 and client_id = $2',
    [workspaceId, clientId],
  );
  const row = rows[0];
  if (row && row.user_id !== userId) {
    throw new HttpError(403, 'client_taken', `Client id ${clientId} belongs to another user`);
  }
  return row?.last_mid ?? 0;
}

/**
 * Applies a validated push in one transaction. The workspace row lock serialises pushes per
 * workspace, so sequence numbers are assigned, and become visible, in commit order without gaps.
 */
export function applyPush(
  db: Db,
  { workspaceId, userId, push }: { workspaceId: string; userId: string; push: PushRequest },
): Promise<PushResult> {
  return db.transaction(async (tx) => {
    const nextSeq = await lockWorkspace(tx, workspaceId);
    const { clientId } = push;
    const lastMid = await clientLastMid(tx, { workspaceId, clientId, userId });
    const plan = planPush(push.mutations, lastMid);
    let appended = 0;
    if (plan.candidates.tables.length > 0) {
      const { tables, ids, fields, hlcs, values } = plan.candidates;
      const rows = await tx.query<{ appended: number }>(MERGE_SQL, [
        workspaceId,
        tables,
        ids,
        fields,
        hlcs,
        values,
        nextSeq,
      ]);
      appended = rows[0]?.appended ?? 0;
      if (appended > 0) {
        await tx.query('update workspaces set next_seq = next_seq + $2 where id = $1', [
          workspaceId,
          appended,
        ]);
      }
    }
    await tx.query(
      `insert into clients (workspace_id, client_id, user_id, last_mid, schema_version)
       values ($1, $2, $3, $4, $5)
       on conflict (workspace_id, client_id)
         do update set last_mid = excluded.last_mid, schema_version = excluded.schema_version`,
      [workspaceId, clientId, userId, plan.lastMid, push.schemaVersion],
    );
    return { lastMid: plan.lastMid, appended };
  });
}

/** Largest total of value JSON a pull page carries; a page always holds at least one change. */
export const MAX_PULL_PAGE_BYTES = 8 * 1024 * 1024;

/** One page of the change log. */
export type ChangePage = { changes: PulledChange[]; nextSeq: number; hasMore: boolean };

type LogRow = {
  seq: number;
  tbl: string;
  row_id: string;
  field: string;
  value: unknown;
  hlc: string;
};

/** How many of the sized rows fit a page: at most `limit`, and within the byte budget unless it is the first. */
function pageLength(sizes: readonly number[], limit: number, budget: number): number {
  let total = 0;
  let length = 0;
  for (const size of sizes.slice(0, limit)) {
    if (length > 0 && total + size > budget) break;
    total += size;
    length++;
  }
  return length;
}

/** The changes with `seq > since` in sequence order: at most `limit`, and at most MAX_PULL_PAGE_BYTES of values. */
export async function readChanges(
  db: Queryable,
  {
    workspaceId,
    since,
    limit,
    budget = MAX_PULL_PAGE_BYTES,
  }: { workspaceId: string; since: number; limit: number; budget?: number },
): Promise<ChangePage> {
  // Sizes first (octet_length reads a stored value's length without loading it), values second.
  const sized = await db.query<{ seq: number; bytes: number }>(
    `select seq, octet_length(value::text) as bytes from change_log
      where workspace_id = $1 and seq > $2 order by seq limit $3`,
    [workspaceId, since, limit + 1],
  );
  const length = pageLength(
    sized.map((row) => row.bytes),
    limit,
    budget,
  );
  const last = sized[length - 1];
  if (!last) return { changes: [], nextSeq: since, hasMore: false };
  const rows = await db.query<LogRow>(
    `select seq, tbl, row_id, field, value, hlc from change_log
      where workspace_id = $1 and seq > $2 and seq <= $3 order by seq`,
    [workspaceId, since, last.seq],
  );
  return {
    changes: rows.map((row) => ({
      seq: row.seq,
      table: row.tbl,
      id: row.row_id,
      field: row.field,
      value: row.value,
      hlc: row.hlc,
    })),
    nextSeq: last.seq,
    hasMore: sized.length > length,
  };
}
