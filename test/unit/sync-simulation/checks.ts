import type { QuotientDb, SyncedTable } from '../../../src/renderer/data/core/database';
import { syncedTables } from '../../../src/renderer/data/core/database';
import type { Db } from '../../../src/server';
import { jsonEqual } from '../../../src/shared/sync/change';
import type { Change } from '../../../src/shared/sync/change';
import type { PulledChange } from '../../../src/shared/sync/protocol';
import { checkChange } from '../../../src/shared/sync/synced-fields';
import type { WorkspaceLedger } from './ledger';

/**
 * The invariants checked once the network healed and every device went quiet. Each check
 * returns the problems it found (empty when it holds), worded for the failure message.
 */

/** A field's value and the stamp it carries. */
export type FieldState = { value: unknown; hlc: string };
/** table → row id → field → value and stamp. */
export type State = Record<string, Record<string, Record<string, FieldState>>>;

const keyOf = ({ table, id, field }: Pick<Change, 'table' | 'id' | 'field'>): string =>
  `${table}/${id}/${field}`;

function setField(state: State, { table, id, field, value, hlc }: Change): void {
  ((state[table] ??= {})[id] ??= {})[field] = { value, hlc };
}

function fieldOf(state: State, { table, id, field }: Omit<Change, 'value' | 'hlc'>) {
  return state[table]?.[id]?.[field];
}

/**
 * The oracle: per (table, id, field) the value with the highest stamp among the acknowledged
 * changes. One stamp naming two values would break every merge: reported.
 */
export function oracleOf(acked: readonly Change[]): { state: State; problems: string[] } {
  const state: State = {};
  const problems: string[] = [];
  for (const change of acked) {
    const current = fieldOf(state, change);
    if (current && current.hlc === change.hlc && !jsonEqual(current.value, change.value)) {
      problems.push(
        `stamp ${change.hlc} names two values of ${keyOf(change)}: ` +
          `${JSON.stringify(current.value)} and ${JSON.stringify(change.value)}`,
      );
    }
    if (!current || change.hlc > current.hlc) setField(state, change);
  }
  return { state, problems };
}

/**
 * What the devices must hold of the oracle: every field whose winner the merge accepts.
 * A field whose winner it refuses (a malformed change a member pushed, see poison.ts) is in
 * `refused`: no device holds that value; each keeps the valid value it had (checkRefusedFields).
 */
export function deviceExpectation(oracle: State): { expected: State; refused: State } {
  const expected: State = {};
  const refused: State = {};
  for (const [table, rows] of Object.entries(oracle)) {
    for (const [id, fields] of Object.entries(rows)) {
      for (const [field, { value, hlc }] of Object.entries(fields)) {
        const change = { table, id, field, value, hlc };
        setField(checkChange(change) ? refused : expected, change);
      }
    }
  }
  return { expected, refused };
}

/** `state` without the fields `drop` has (checked on their own). */
export function withoutFields(state: State, drop: State): State {
  const kept: State = {};
  for (const [table, rows] of Object.entries(state)) {
    for (const [id, fields] of Object.entries(rows)) {
      for (const [field, { value, hlc }] of Object.entries(fields)) {
        if (!fieldOf(drop, { table, id, field })) setField(kept, { table, id, field, value, hlc });
      }
    }
  }
  return kept;
}

/** Where the winner was refused, a device holds nothing or a valid value stamped below it. */
export function checkRefusedFields(refused: State, device: State, label: string): string[] {
  const problems: string[] = [];
  for (const [table, rows] of Object.entries(refused)) {
    for (const [id, fields] of Object.entries(rows)) {
      for (const [field, winner] of Object.entries(fields)) {
        const held = fieldOf(device, { table, id, field });
        if (!held) continue;
        const problem = checkChange({ table, id, field, value: held.value });
        if (problem || held.hlc >= winner.hlc) {
          problems.push(
            `${label}: ${table}/${id}/${field} holds ${JSON.stringify(held.value)} @ ${held.hlc} ` +
              `where the refused ${JSON.stringify(winner.value)} @ ${winner.hlc} won`,
          );
        }
      }
    }
  }
  return problems.slice(0, 8);
}

/** Every malformed change the server accepted is parked on the device (the newest per field). */
export async function checkParked(
  db: QuotientDb,
  accepted: readonly Change[],
  label: string,
): Promise<string[]> {
  const parked = new Set((await db.parkedChanges.toArray()).map(keyOf));
  return accepted
    .filter((change) => !parked.has(keyOf(change)))
    .map((change) => `${label}: ${keyOf(change)} = ${JSON.stringify(change.value)} is not parked`)
    .slice(0, 8);
}

/** The state a log materializes: the last row per field (which must carry its highest stamp). */
export function stateOfLog(log: readonly PulledChange[]): State {
  const state: State = {};
  for (const change of log) setField(state, change);
  return state;
}

/** Differences between two states, `expected` first; at most `limit`. */
export function diffStates(expected: State, actual: State, label: string, limit = 8): string[] {
  const problems: string[] = [];
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const table of [...tables].sort()) {
    const ids = new Set([
      ...Object.keys(expected[table] ?? {}),
      ...Object.keys(actual[table] ?? {}),
    ]);
    for (const id of [...ids].sort()) {
      const want = expected[table]?.[id];
      const got = actual[table]?.[id];
      const fields = new Set([...Object.keys(want ?? {}), ...Object.keys(got ?? {})]);
      for (const field of [...fields].sort()) {
        const w = want?.[field];
        const g = got?.[field];
        if (w && g && w.hlc === g.hlc && jsonEqual(w.value, g.value)) continue;
        const show = (f: FieldState | undefined) =>
          f ? `${JSON.stringify(f.value)} @ ${f.hlc}` : 'nothing';
        problems.push(`${label}: ${table}/${id}/${field} is ${show(g)}, expected ${show(w)}`);
        if (problems.length >= limit) return problems;
      }
    }
  }
  return problems;
}

/**
 * A local write is causally after everything its device holds: each field it changes gets a
 * stamp above the field's previous one, or the edit loses to a value its author already saw.
 */
export function checkLocalWrite(before: State, after: State, label: string): string[] {
  const problems: string[] = [];
  for (const [table, rows] of Object.entries(after)) {
    for (const [id, fields] of Object.entries(rows)) {
      for (const [field, { hlc }] of Object.entries(fields)) {
        const previous = before[table]?.[id]?.[field]?.hlc;
        if (previous !== undefined && hlc < previous) {
          problems.push(
            `${label} stamped ${table}/${id}/${field} ${hlc}, below the ${previous} it overwrote`,
          );
        }
      }
    }
  }
  return problems;
}

/** Everything a device holds in its synced tables (or in `tables`), with each field's stamp. */
export async function deviceState(
  db: QuotientDb,
  tables: readonly SyncedTable[] = syncedTables,
): Promise<{ state: State; problems: string[] }> {
  const state: State = {};
  const problems: string[] = [];
  for (const table of tables) {
    for (const row of await db.synced(table).toArray()) {
      const { id, fieldClocks } = row as { id: string; fieldClocks: Record<string, string> };
      const values = row as unknown as Record<string, unknown>;
      for (const [field, hlc] of Object.entries(fieldClocks)) {
        setField(state, { table, id, field, value: values[field], hlc });
      }
      for (const field of Object.keys(values)) {
        if (field !== 'id' && field !== 'fieldClocks' && !(field in fieldClocks)) {
          problems.push(`${table}/${id}/${field} has a value but no field clock`);
        }
      }
    }
  }
  return { state, problems };
}

/** A workspace's change log in sequence order, read with SQL. */
export async function readLog(db: Db, workspaceId: string): Promise<PulledChange[]> {
  const rows = await db.query<{
    seq: number;
    tbl: string;
    row_id: string;
    field: string;
    value: unknown;
    hlc: string;
  }>(
    'select seq, tbl, row_id, field, value, hlc from change_log where workspace_id = $1 order by seq',
    [workspaceId],
  );
  return rows.map(({ seq, tbl, row_id, field, value, hlc }) => ({
    seq,
    table: tbl,
    id: row_id,
    field,
    value,
    hlc,
  }));
}

/** The server's last sequence number of a workspace (its `next_seq` − 1). */
export async function lastSeq(db: Db, workspaceId: string): Promise<number> {
  const rows = await db.query<{ next_seq: number }>(
    'select next_seq from workspaces where id = $1',
    [workspaceId],
  );
  const row = rows[0];
  if (!row) throw new Error(`Workspace ${workspaceId} does not exist`);
  return row.next_seq - 1;
}

/** One field_state row of the server: the stamp it holds for a field. */
export type FieldStateRow = { tbl: string; row_id: string; field: string; hlc: string };

/** field_state of a workspace, read with SQL. */
export function readFieldState(db: Db, workspaceId: string): Promise<FieldStateRow[]> {
  return db.query<FieldStateRow>(
    'select tbl, row_id, field, hlc from field_state where workspace_id = $1',
    [workspaceId],
  );
}

/** Sequence numbers run 1…N without gaps, and the workspace's last seq is N. */
export function checkSequence(log: readonly PulledChange[], last: number): string[] {
  const problems: string[] = [];
  log.forEach(({ seq }, index) => {
    if (seq !== index + 1) problems.push(`log row ${index + 1} has seq ${seq}: not 1…N`);
  });
  if (last !== log.length) {
    problems.push(`next_seq says ${last} changes, the log holds ${log.length}`);
  }
  return problems.slice(0, 8);
}

/**
 * Per field, each log row carries a strictly higher stamp than the field's previous row: a
 * duplicate or a stale change never adds a row.
 */
export function checkStampsIncrease(log: readonly PulledChange[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, PulledChange>();
  for (const change of log) {
    const previous = seen.get(keyOf(change));
    if (previous && previous.hlc >= change.hlc) {
      problems.push(
        `log seq ${change.seq} logs ${keyOf(change)} at ${change.hlc}, ` +
          `not above seq ${previous.seq} at ${previous.hlc}` +
          (previous.hlc === change.hlc ? ' (a duplicate row)' : ''),
      );
    }
    seen.set(keyOf(change), change);
  }
  return problems.slice(0, 8);
}

/** field_state holds exactly the stamp of each field's last log row. */
export function checkFieldState(
  log: readonly PulledChange[],
  fieldState: readonly FieldStateRow[],
): string[] {
  const last = new Map(log.map((change) => [keyOf(change), change.hlc]));
  const problems: string[] = [];
  if (fieldState.length !== last.size) {
    problems.push(`field_state has ${fieldState.length} fields, the log ${last.size}`);
  }
  for (const { tbl, row_id, field, hlc } of fieldState) {
    const logged = last.get(keyOf({ table: tbl, id: row_id, field }));
    if (logged !== hlc) {
      problems.push(`field_state ${tbl}/${row_id}/${field} = ${hlc}, last logged ${logged}`);
    }
  }
  return problems.slice(0, 8);
}

const rowKey = (change: Change): string =>
  `${keyOf(change)}@${change.hlc}=${JSON.stringify(change.value)}`;

/**
 * The log against the model server, push by push: each committed push appended exactly the
 * changes the model appended for it (in any order within the push), nothing else.
 */
export function checkLogAgainstModel(
  log: readonly PulledChange[],
  ledger: WorkspaceLedger,
): string[] {
  const expected = ledger.appendedPerPush.reduce((sum, rows) => sum + rows.length, 0);
  if (expected !== log.length) {
    return [`the log holds ${log.length} rows, the model server appended ${expected}`];
  }
  let offset = 0;
  for (const [index, appended] of ledger.appendedPerPush.entries()) {
    const real = log.slice(offset, offset + appended.length);
    const want = appended.map(rowKey).sort();
    const got = real.map(rowKey).sort();
    if (!jsonEqual(want, got)) {
      return [
        `committed push ${index + 1} (log seq ${offset + 1}…${offset + appended.length}) ` +
          `appended ${JSON.stringify(got)}, the model ${JSON.stringify(want)}`,
      ];
    }
    offset += appended.length;
  }
  return [];
}

/** Every acknowledged change still holds or lost to a higher stamp. */
export function checkNothingLost(acked: readonly Change[], server: State): string[] {
  const problems: string[] = [];
  for (const change of acked) {
    const held = fieldOf(server, change);
    if (!held || held.hlc < change.hlc) {
      problems.push(
        `acknowledged ${keyOf(change)} = ${JSON.stringify(change.value)} @ ${change.hlc} ` +
          `is lost: the server holds ${held ? `${held.hlc}` : 'nothing'}`,
      );
    }
  }
  return problems.slice(0, 8);
}

/** Rows whose winning `deleted` is true are deleted on the device too (and the reverse). */
export function checkDeletes(oracle: State, device: State, label: string): string[] {
  const problems: string[] = [];
  for (const [table, rows] of Object.entries(oracle)) {
    for (const [id, fields] of Object.entries(rows)) {
      const want = fields.deleted?.value;
      const got = device[table]?.[id]?.deleted?.value;
      if (want !== got) {
        problems.push(
          `${label}: ${table}/${id} deleted is ${String(got)}, its winner ${String(want)}`,
        );
      }
    }
  }
  return problems.slice(0, 8);
}

/** The ids of a log's rows. */
export const idsOf = (log: readonly PulledChange[]): Set<string> =>
  new Set(log.map((change) => `${change.table}/${change.id}`));

/** Two workspaces share no row. */
export function checkIsolation(a: readonly PulledChange[], b: readonly PulledChange[]): string[] {
  const inA = idsOf(a);
  const shared = [...idsOf(b)].filter((id) => inA.has(id));
  return shared.length === 0
    ? []
    : [`workspaces A and B share rows ${shared.slice(0, 5).join(', ')}`];
}
