import { hlcTime } from '#shared/sync/hlc';
import type { SyncConflict } from '#shared/sync/status';

/**
 * The i18n key of a note on a conflict that is not an ordinary overwrite, or undefined: a pulled
 * change to a contract revision signed on this device was not applied ('locked').
 */
export function conflictNoteKey(conflict: Pick<SyncConflict, 'reason'>): string | undefined {
  return conflict.reason === 'locked' ? 'sync.conflicts.locked' : undefined;
}

/**
 * The field's label: the table's own label for it under one of `prefixes` (where the owning
 * module's manifest says its field labels live; `clientId` also as `client`), else
 * `sync.tableFields.<table>`, else a sync-wide one (deleted, position), else the raw name.
 */
export function fieldLabel({
  table,
  field,
  lookup,
  prefixes = [],
}: {
  table: string;
  field: string;
  /** The table's field-label prefixes, first match wins (the module's `tables`). */
  prefixes?: readonly string[];
  /** The UI text for a key, undefined when there is none. */
  lookup: (key: string) => string | undefined;
}): string {
  const names = field.endsWith('Id') && field.length > 2 ? [field, field.slice(0, -2)] : [field];
  const keys = [
    ...prefixes.flatMap((prefix) => names.map((name) => `${prefix}.${name}`)),
    ...names.map((name) => `sync.tableFields.${table}.${name}`),
    ...names.map((name) => `sync.fields.${name}`),
  ];
  for (const key of keys) {
    const label = lookup(key);
    if (label !== undefined) return label;
  }
  return field;
}

/** A stored value as text: words from `words` for empty and yes/no, JSON for structures. */
export type ValueWords = { empty: string; yes: string; no: string };

const MAX_VALUE_CHARS = 200;

/** A field value for the conflicts table, at most 200 characters. */
export function formatConflictValue(value: unknown, words: ValueWords): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (Array.isArray(value) && value.length === 0) return words.empty;
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? value.join(', ')
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value);
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** The wall-clock time of a stamp (ISO), or undefined when it is not a stamp. */
export function stampTime(hlc: string): string | undefined {
  try {
    return hlcTime(hlc);
  } catch {
    return undefined;
  }
}
