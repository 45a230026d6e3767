import { z } from 'zod';
import { isHlc } from './hlc';

/** One field of one row set to a value at a clock stamp; `deleted` is a field like any other. */
export type Change = { table: string; id: string; field: string; value: unknown; hlc: string };

/** A changed field before it is stamped and addressed. */
export type FieldChange = { field: string; value: unknown };

/** Table and field names: letters, digits, underscore, at most 64 characters (DESIGN.md, Sync). */
export const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const MAX_ID_LENGTH = 64;
export const MAX_VALUE_BYTES = 1024 * 1024;

const utf8 = new TextEncoder();

/** Byte length of a value's JSON, or undefined when the value has no JSON form. */
export function jsonByteLength(value: unknown): number | undefined {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return undefined; // cycles, BigInt
  }
  if (json === undefined) return undefined; // undefined, functions, symbols
  // A UTF-16 unit is at most 3 UTF-8 bytes: skip encoding when the bound already decides.
  return json.length * 3 <= MAX_VALUE_BYTES ? json.length : utf8.encode(json).length;
}

export const identifierSchema = z.string().regex(IDENTIFIER_PATTERN, 'not an identifier');

export const changeSchema = z.object({
  table: identifierSchema,
  id: z.string().min(1).max(MAX_ID_LENGTH),
  field: identifierSchema,
  value: z.unknown().superRefine((value, ctx) => {
    const bytes = jsonByteLength(value);
    if (bytes === undefined) ctx.addIssue({ code: 'custom', message: 'value has no JSON form' });
    else if (bytes > MAX_VALUE_BYTES) {
      ctx.addIssue({ code: 'custom', message: `value JSON exceeds ${MAX_VALUE_BYTES} bytes` });
    }
  }),
  hlc: z.string().refine(isHlc, 'not a hybrid logical clock stamp'),
});

/** Structural equality of JSON-like values: primitives, arrays and plain objects. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return (
    keys.length === Object.keys(right).length &&
    keys.every((key) => Object.hasOwn(right, key) && jsonEqual(left[key], right[key]))
  );
}

export type DiffFieldsArgs = {
  /** The row as stored; undefined for a new row, where every field counts as changed. */
  before: Readonly<Record<string, unknown>> | undefined;
  after: Readonly<Record<string, unknown>>;
  /** Fields never reported, e.g. the id or the clock metadata. */
  ignore?: readonly string[];
};

/**
 * The fields of `after` whose values differ from `before`, in `after`'s key order.
 * Rows never drop fields (deletion is the `deleted` field), so keys only in `before` are not reported;
 * a field set to undefined has no JSON form and is skipped too.
 */
export function diffFields({ before, after, ignore = [] }: DiffFieldsArgs): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    if (ignore.includes(field) || value === undefined) continue;
    if (before && Object.hasOwn(before, field) && jsonEqual(before[field], value)) continue;
    changes.push({ field, value });
  }
  return changes;
}

/** Addresses and stamps field changes of one row. */
export function toChanges({
  table,
  id,
  hlc,
  fields,
}: {
  table: string;
  id: string;
  hlc: string;
  fields: readonly FieldChange[];
}): Change[] {
  return fields.map(({ field, value }) => ({ table, id, field, value, hlc }));
}
