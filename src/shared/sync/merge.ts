import { jsonEqual } from './change';
import { ClockDriftError, compareHlc, parseHlc } from './hlc';
import type { Clock } from './hlc';
import type { PullReply, PulledChange } from './protocol';
import { checkChange } from './synced-fields';
import type { ChangeProblem } from './synced-fields';

/** The pull side of sync: a pulled page cut at a row boundary, its stamps in the clock, field-level merge. */

/**
 * Holds back the trailing changes of the page's last row while more pages follow, so a row
 * created by one push never shows half its fields between two pages; the cursor stops before
 * them and the next pull fetches them again. A page that is one row only stays whole.
 */
export function trimTrailingRow(page: PullReply): PullReply {
  const { changes } = page;
  const last = changes.at(-1);
  if (!page.hasMore || !last) return page;
  let start = changes.length - 1;
  while (
    start > 0 &&
    changes[start - 1]!.table === last.table &&
    changes[start - 1]!.id === last.id
  ) {
    start -= 1;
  }
  if (start === 0) return page;
  return { ...page, changes: changes.slice(0, start), nextSeq: changes[start - 1]!.seq };
}

/**
 * Merges pulled stamps into the clock so every later local edit sorts after what was applied.
 * A stamp beyond the clock's drift limit is merged all the same (the data carrying it is
 * applied, and an edit on top of it must win); returns how many were that far ahead, for the log.
 */
export function mergeRemoteStamps(clock: Clock, changes: readonly PulledChange[]): number {
  let newest: string | undefined;
  for (const { hlc } of changes) {
    if (newest === undefined || compareHlc(hlc, newest) > 0) newest = hlc;
  }
  if (newest === undefined) return 0;
  try {
    clock.receive(newest);
    return 0;
  } catch (error) {
    if (!(error instanceof ClockDriftError)) throw error;
  }
  let ahead = 0;
  for (const { hlc } of changes) {
    try {
      clock.receive(hlc);
    } catch (error) {
      if (!(error instanceof ClockDriftError)) throw error;
      ahead += 1;
    }
  }
  clock.observe(newest);
  return ahead;
}

/** A stored row as the merge sees it: any fields plus their stamps. */
export type MergeableRow = Record<string, unknown> & {
  id: string;
  fieldClocks: Record<string, string>;
};

/** A value this node wrote that a pulled change from another node overwrote. */
export type OverwrittenValue = {
  table: string;
  rowId: string;
  field: string;
  localValue: unknown;
  localHlc: string;
  localBy?: string;
  remoteValue: unknown;
  remoteHlc: string;
  remoteBy?: string;
};

/** A pulled change the merge refused to write onto a row, with the reason. */
export type RejectedChange = {
  change: { id: string; field: string; value: unknown; hlc: string };
} & ChangeProblem;

export type MergeResult = {
  /** Ids of rows created or changed. */
  changed: Set<string>;
  applied: number;
  skipped: number;
  overwritten: OverwrittenValue[];
  /** Changes never written: a reserved or unknown field, or a value of the wrong form (checkChange). */
  rejected: RejectedChange[];
};

/** Row provenance fields: they differ on every concurrent edit and are no conflict of their own. */
export const CONFLICT_EXEMPT_FIELDS: ReadonlySet<string> = new Set([
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
]);

/** The node part of an HLC (its last 16 hex digits). */
export const hlcNode = (hlc: string): string => hlc.slice(-16);

/** When the server acknowledged the local changes up to a stamp: `hlc` is the newest stamp of one push. */
export type AckMark = { hlc: string; at: string };

/**
 * The conflict test of a pulled change overwriting a value this device wrote. Clocks are
 * aligned to server time, so a remote stamp not later than the moment the server acknowledged
 * our change was made before anyone could have pulled ours: the two edits were concurrent.
 * A remote stamp after it may be an edit made on top of ours, which is no conflict. A local
 * stamp not yet acknowledged (no mark at or after it) is concurrent with everything.
 * `marks` are in acknowledgement order.
 */
export function concurrentWith(
  marks: readonly AckMark[],
): (localHlc: string, remoteHlc: string) => boolean {
  return (localHlc, remoteHlc) => {
    const mark = marks.find((candidate) => candidate.hlc >= localHlc);
    return mark === undefined || parseHlc(remoteHlc).millis <= Date.parse(mark.at);
  };
}

/**
 * Field-level last-writer-wins of one table's pulled changes into its rows (mutated in place;
 * a missing row is created as `{ id, fieldClocks }`). A change the registry refuses (checkChange:
 * reserved or unknown field, value of the wrong form) is never written and comes back in
 * `rejected`, whatever its stamp. A change not newer than the field's stamp is skipped. Overwriting a different value stamped by `nodeId` with another node's value is
 * reported, with authors taken from `updatedBy` when its stamp matches.
 */
export function mergeChanges({
  table,
  rows,
  changes,
  nodeId,
  concurrent = () => true,
}: {
  table: string;
  rows: Map<string, MergeableRow>;
  changes: readonly { id: string; field: string; value: unknown; hlc: string }[];
  nodeId: string;
  /**
   * Whether the remote change was made without knowledge of our local stamp (see
   * `concurrentWith`); an overwrite that is not concurrent is an ordinary later edit.
   */
  concurrent?: (localHlc: string, remoteHlc: string) => boolean;
}): MergeResult {
  const result: MergeResult = {
    changed: new Set(),
    applied: 0,
    skipped: 0,
    overwritten: [],
    rejected: [],
  };
  for (const change of changes) {
    const { id, field, value, hlc } = change;
    const problem = checkChange({ table, id, field, value });
    if (problem) {
      result.rejected.push({ change, ...problem });
      continue;
    }
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { id, fieldClocks: {} }));
    const current = row.fieldClocks[field];
    if (current !== undefined && current >= hlc) {
      result.skipped += 1;
      continue;
    }
    if (
      current !== undefined &&
      hlcNode(current) === nodeId &&
      hlcNode(hlc) !== nodeId &&
      !CONFLICT_EXEMPT_FIELDS.has(field) &&
      !jsonEqual(row[field], value) &&
      concurrent(current, hlc)
    ) {
      result.overwritten.push({
        table,
        rowId: id,
        field,
        localValue: row[field],
        localHlc: current,
        ...authorIf(row, current, 'localBy'),
        remoteValue: value,
        remoteHlc: hlc,
      });
    }
    row[field] = value;
    row.fieldClocks[field] = hlc;
    result.changed.add(id);
    result.applied += 1;
  }
  for (const entry of result.overwritten) {
    Object.assign(entry, authorIf(rows.get(entry.rowId)!, entry.remoteHlc, 'remoteBy'));
  }
  return result;
}

function authorIf<K extends 'localBy' | 'remoteBy'>(
  row: MergeableRow,
  hlc: string,
  key: K,
): Partial<Record<K, string>> {
  const by = row.updatedBy;
  return row.fieldClocks.updatedBy === hlc && typeof by === 'string' && by !== ''
    ? ({ [key]: by } as Partial<Record<K, string>>)
    : {};
}
