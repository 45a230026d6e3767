import type { Language } from '#shared/domain';
import type { ParkedSyncChange } from '../../sync/types';
import type { TableLabels } from '../../app/module-types';
import { fieldLabel, formatConflictValue } from './conflict-view';
import type { ValueWords } from './conflict-view';
import { formatDateTime } from './status-view';

/** One parked change as the sync settings list it; `reasonKey` is a `sync.*` message. */
export type ParkedRow = {
  key: string;
  table: string;
  /** The record's name where this device has the record, else its id. */
  record: string;
  /** The record's id when `record` is its name. */
  recordId?: string;
  field: string;
  value: string;
  reasonKey: string;
  /** The problem as the merge stated it (English), for support. */
  detail: string;
  when: string;
};

const REASON_KEYS: Record<ParkedSyncChange['reason'], string> = {
  'reserved-field': 'parked.reasons.reservedField',
  'unknown-field': 'parked.reasons.unknownField',
  'invalid-value': 'parked.reasons.invalidValue',
};

/** The rows of the parked-changes table, in the order given (newest first from the store). */
export function parkedRows(
  changes: readonly ParkedSyncChange[],
  {
    lookup,
    language,
    words,
    tables = {},
  }: {
    /** The UI text for a full key, undefined when there is none. */
    lookup: (key: string) => string | undefined;
    /** The synced tables' labels from the module manifests. */
    tables?: Readonly<Record<string, TableLabels>>;
    language: Language;
    words: ValueWords;
  },
): ParkedRow[] {
  return changes.map((change) => ({
    key: `${change.table}/${change.id}/${change.field}`,
    table: lookup(tables[change.table]?.label ?? `sync.tables.${change.table}`) ?? change.table,
    record: change.label ?? change.id,
    ...(change.label ? { recordId: change.id } : {}),
    field: fieldLabel({
      table: change.table,
      field: change.field,
      lookup,
      prefixes: tables[change.table]?.fields ?? [],
    }),
    value: formatConflictValue(change.value, words),
    reasonKey: REASON_KEYS[change.reason] ?? REASON_KEYS['invalid-value'],
    detail: change.message,
    when: formatDateTime(change.parkedAt, language),
  }));
}
