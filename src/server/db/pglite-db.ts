import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, SqlParam } from './db';
import { INT8_OID, parseInt8 } from './db';

type PgliteQuery = Pick<PGlite, 'query'>;

function queryable(target: PgliteQuery): Queryable {
  return {
    async query<Row extends object>(text: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row>(text, [...params]);
      return result.rows;
    },
  };
}

/**
 * Opens PGlite in `dataDir`, or in memory without one. PGlite has a single connection and
 * serialises queries and transactions itself, which also serialises pushes per workspace.
 * `onClose` runs after the database is closed (the data folder lock is released there).
 */
export async function openPglite({
  dataDir,
  onClose,
}: {
  dataDir?: string;
  onClose?: () => void;
}): Promise<Db> {
  const pglite = await PGlite.create(dataDir, { parsers: { [INT8_OID]: parseInt8 } });
  return {
    storage: 'pglite',
    ...queryable(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(queryable(tx))),
    async close() {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        onClose?.();
      }
    },
  };
}
