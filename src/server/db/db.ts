/**
 * The one storage seam of the sync server: a tiny SQL interface implemented by PGlite (embedded
 * default) and by a pg.Pool (PostgreSQL). Both speak the same dialect, so every query is written once.
 */

/** A value bound to a `$n` placeholder. */
export type SqlParam = string | number | boolean | null | Date | Uint8Array | readonly SqlParam[];

/** Something that runs one SQL statement: the database itself or an open transaction. */
export type Queryable = {
  /** Runs one statement and returns its rows; int8 columns come back as numbers, json parsed. */
  query<Row extends object>(text: string, params?: readonly SqlParam[]): Promise<Row[]>;
};

/** Which engine stores the data. */
export type Storage = 'pglite' | 'postgres';

/** An open database. */
export type Db = Queryable & {
  readonly storage: Storage;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Closes the connections and releases the data folder. */
  close(): Promise<void>;
};

/** PostgreSQL's int8 as a JavaScript number: every count, sequence and mid stays below 2^53. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 ${text} exceeds 2^53`);
  return value;
}

/** OID of PostgreSQL's int8 type. */
export const INT8_OID = 20;
