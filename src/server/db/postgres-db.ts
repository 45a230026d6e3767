import pg from 'pg';
import type { Db, Queryable, SqlParam } from './db';
import { INT8_OID, parseInt8 } from './db';

type PgQuery = Pick<pg.Pool | pg.PoolClient, 'query'>;

function queryable(target: PgQuery): Queryable {
  return {
    async query<Row extends object>(text: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row & pg.QueryResultRow>(text, [...params]);
      return result.rows;
    },
  };
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? parseInt8
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** Connects a pool to PostgreSQL; the server keeps no other state, so several instances may share one database. */
export async function openPostgres({
  databaseUrl,
  maxConnections = 10,
}: {
  databaseUrl: string;
  maxConnections?: number;
}): Promise<Db> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: maxConnections, types });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1'); // fail fast on a wrong URL or credentials
  } catch (error) {
    await pool.end();
    throw error;
  }
  let closed = false;
  return {
    storage: 'postgres',
    ...queryable(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('begin');
        const result = await fn(queryable(client));
        await client.query('commit');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is discarded, not returned to the pool.
        await client.query('rollback').catch(() => (broken = true));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
