import { z } from 'zod';
import { companyProfileSchema, offerSettingsSchema } from '../domain';
import { SCHEMA_VERSION, SYNCED_TABLES } from './schema';
import type { FieldShape, SyncedTableName } from './schema';
import type { ParkedSyncChange } from './status';

/**
 * Which fields a change may carry, per synced table, and the form of each field's stored value:
 * the contract between what the repositories write and what a pulled change may set. The server
 * refuses reserved and unknown fields; the client's merge parks any change this registry refuses
 * instead of writing it onto a row (issue #9: one member must not be able to break the workspace).
 */

/**
 * The client schema version (the Dexie version) these fields describe: the newest version of
 * ./schema.ts, which declares both. A push from a newer client may carry fields this registry
 * does not know: the server keeps them as opaque values (DESIGN.md, Sync).
 */
export const SYNCED_SCHEMA_VERSION = SCHEMA_VERSION;

/**
 * Fields no change may carry: the row's key, its clocks, and names that would reach an object's
 * prototype. A change setting one would replace another row or break every later merge.
 */
export const RESERVED_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'fieldClocks',
  '__proto__',
  'constructor',
  'prototype',
]);

type Shape = FieldShape;

/** Formats of string checks a stored value keeps: the code that reads it relies on them. */
const KEPT_FORMATS: ReadonlySet<string> = new Set(['regex', 'date', 'datetime', 'time']);

type Def = {
  type: string;
  checks?: readonly { _zod: { def: { check?: string; format?: string; pattern?: RegExp } } }[];
  format?: string;
  pattern?: RegExp;
  element?: z.ZodType;
  shape?: Shape;
  options?: readonly z.ZodType[];
  in?: z.ZodType;
  innerType?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
};

/**
 * The form of a stored value of an input schema: its types, enums, literals and string formats
 * (decimals, dates, hashes), without the limits a form enforces on entry (lengths, ranges,
 * required, cross-field rules) and without transforms. Data saved under older limits, or written
 * by the repositories outside a form, stays acceptable; a value of the wrong type never is.
 */
export function storedForm(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  switch (def.type) {
    case 'string': {
      const patterns = [
        ...(def.format && KEPT_FORMATS.has(def.format) && def.pattern ? [def.pattern] : []),
        ...(def.checks ?? [])
          .map((check) => check._zod.def)
          .filter((check) => check.check === 'string_format' && KEPT_FORMATS.has(check.format!))
          .flatMap((check) => (check.pattern ? [check.pattern] : [])),
      ];
      return patterns.reduce((form, pattern) => form.regex(pattern), z.string());
    }
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    case 'null':
      return z.null();
    case 'enum':
    case 'literal':
      return schema;
    case 'array':
      return z.array(storedForm(def.element!));
    case 'object':
      return z.object(storedShape(def.shape!));
    case 'record':
      return z.record(z.string(), storedForm(def.valueType!));
    case 'union':
      return z.union(def.options!.map(storedForm) as [z.ZodType, z.ZodType, ...z.ZodType[]]);
    case 'pipe':
      return storedForm(def.in!);
    case 'optional':
      return storedForm(def.innerType!).optional();
    case 'nullable':
      return storedForm(def.innerType!).nullable();
    case 'lazy': {
      // A recursive schema (a clause condition): its stored form, worked out when first used.
      let form: z.ZodType | undefined;
      return z.lazy(() => (form ??= storedForm(def.getter!())));
    }
    default:
      throw new TypeError(`No stored form for a zod ${def.type}`);
  }
}

function storedShape(shape: Shape): Record<string, z.ZodType> {
  return Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, storedForm(value)]));
}

/** RowMeta without the id (the change's address, never a field): the write layer sets these. */
const META_FIELDS: Shape = {
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string(),
  updatedBy: z.string(),
  deleted: z.boolean(),
};

const table = (shapes: readonly Shape[]): Shape => ({
  ...META_FIELDS,
  ...Object.assign({}, ...shapes.map(storedShape)),
});

/** Every synced table of this client and the fields its rows carry (declared in ./schema.ts). */
export const SYNCED_FIELDS: Readonly<Record<SyncedTableName, Shape>> = Object.fromEntries(
  SYNCED_TABLES.map(([name, shapes]) => [name, table(shapes)]),
) as Record<SyncedTableName, Shape>;

export type { SyncedTableName };

/** Tables whose rows take fields beyond the registry's (key-value rows). */
const OPEN_TABLES: ReadonlySet<string> = new Set<SyncedTableName>(['settings']);

/** Settings rows with known fields, by row id (settings.repository, offer-settings.repository). */
const SETTINGS_ROWS: Readonly<Record<string, Shape>> = {
  company: storedShape(companyProfileSchema.shape),
  offers: storedShape(offerSettingsSchema.shape),
};

/** Whether this client knows the table (a newer client's tables are foreign to it). */
export function isSyncedTableName(name: string): name is SyncedTableName {
  return Object.hasOwn(SYNCED_FIELDS, name);
}

/** Why a change cannot be applied: the client parks it with this reason. */
export type ChangeProblemReason = ParkedSyncChange['reason'];
export type ChangeProblem = { reason: ChangeProblemReason; message: string };

/**
 * Whether a change may carry this field: never a reserved one; of a table this registry knows,
 * only its fields (settings rows: any). A foreign table's fields are not judged here.
 */
export function checkField({
  table: name,
  field,
}: {
  table: string;
  field: string;
}): ChangeProblem | undefined {
  if (RESERVED_FIELDS.has(field)) {
    return { reason: 'reserved-field', message: `${field} is reserved and never synced` };
  }
  if (!isSyncedTableName(name) || OPEN_TABLES.has(name)) return undefined;
  if (!Object.hasOwn(SYNCED_FIELDS[name], field)) {
    return { reason: 'unknown-field', message: `${name} has no field ${field}` };
  }
  return undefined;
}

/** The schema a stored value of this field has; undefined when any JSON value will do. */
export function valueSchema({
  table: name,
  id,
  field,
}: {
  table: SyncedTableName;
  id: string;
  field: string;
}): z.ZodType | undefined {
  const fields: Shape = SYNCED_FIELDS[name];
  if (Object.hasOwn(fields, field)) return fields[field];
  if (name === 'settings' && Object.hasOwn(SETTINGS_ROWS, id)) {
    const row = SETTINGS_ROWS[id]!;
    if (Object.hasOwn(row, field)) return row[field];
  }
  return undefined;
}

/**
 * Whether a pulled change may be written onto a row of a table this client knows: its field
 * (checkField) and its value against the field's stored form. Undefined when it may.
 */
export function checkChange(change: {
  table: string;
  id: string;
  field: string;
  value: unknown;
}): ChangeProblem | undefined {
  const problem = checkField(change);
  if (problem || !isSyncedTableName(change.table)) return problem;
  const schema = valueSchema({ table: change.table, id: change.id, field: change.field });
  if (!schema) return undefined;
  const parsed = schema.safeParse(change.value);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  return {
    reason: 'invalid-value',
    message: `${change.table}.${change.field}${where}: ${issue?.message ?? 'invalid value'}`,
  };
}

/** A push's first field problem and where it is (`mutations.M.changes.C.field`). */
export type PushFieldProblem = ChangeProblem & { path: string };

/**
 * The field rule of a push, for the server and the reference server: a reserved field is refused
 * in every table; a field a known table does not have, or a value that does not have its field's
 * stored form, is refused unless the push comes from a newer client (schemaVersion above
 * SYNCED_SCHEMA_VERSION), whose new fields and forms are stored as opaque values, as DESIGN.md
 * promises an older server does. Tables this registry does not know are a newer client's too and
 * pass. Checking values here keeps a malformed value from winning over a colleague's good edit;
 * each client's merge still checks what a newer client sent (checkChange).
 */
export function findPushFieldProblem(push: {
  schemaVersion: number;
  mutations: readonly {
    changes: readonly { table: string; id: string; field: string; value: unknown }[];
  }[];
}): PushFieldProblem | undefined {
  const newer = push.schemaVersion > SYNCED_SCHEMA_VERSION;
  for (const [m, mutation] of push.mutations.entries()) {
    for (const [c, change] of mutation.changes.entries()) {
      const problem = newer ? checkField(change) : checkChange(change);
      if (!problem || (newer && problem.reason === 'unknown-field')) continue;
      const part = problem.reason === 'invalid-value' ? 'value' : 'field';
      return { ...problem, path: `mutations.${m}.changes.${c}.${part}` };
    }
  }
  return undefined;
}
