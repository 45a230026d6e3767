// PouchDB 9 for the comparison bench: pouchdb-core with the in-memory, HTTP and replication
// plugins (the `pouchdb` package minus its native LevelDB), typed only as far as the bench uses it.
// @types/pouchdb-core pulls the DOM library into the whole Node project, hence these few types.
import { createRequire } from 'node:module';
import type { RequestListener } from 'node:http';

/** A stored document: our offer fields plus CouchDB's id and revision. */
export type PouchDoc = Record<string, unknown> & { _id: string; _rev?: string };

type AllDocsRow = {
  id: string;
  value: { rev: string };
  doc?: PouchDoc & { _conflicts?: string[] };
};

/** What a one-shot replication reports. */
export type ReplicationResult = { ok: boolean; docs_read: number; docs_written: number };
/** A one-shot sync reports each direction. */
export type SyncResult = { push: ReplicationResult; pull: ReplicationResult };
/** Replication options the bench may set (PouchDB's default batch size is 100 documents). */
export type ReplicationOptions = { batch_size?: number };

/** The part of a PouchDB database the bench calls. */
export type PouchDatabase = {
  bulkDocs(docs: PouchDoc[]): Promise<Array<{ ok?: boolean; error?: string }>>;
  allDocs(options: {
    include_docs?: boolean;
    conflicts?: boolean;
    keys?: string[];
  }): Promise<{ total_rows: number; rows: AllDocsRow[] }>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  replicate: {
    to(target: PouchDatabase, options?: ReplicationOptions): Promise<ReplicationResult>;
    from(source: PouchDatabase, options?: ReplicationOptions): Promise<ReplicationResult>;
  };
  sync(other: PouchDatabase, options?: ReplicationOptions): Promise<SyncResult>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
};

type PouchPlugin = unknown;
/** The PouchDB constructor: a name opens an in-memory database, an http URL a remote one. */
export type PouchStatic = {
  new (name: string, options?: { adapter?: 'memory' | 'http' }): PouchDatabase;
  plugin(plugin: PouchPlugin): PouchStatic;
  defaults(options: { adapter: 'memory' }): PouchStatic;
  version: string;
};

const require = createRequire(import.meta.url);

/** PouchDB 9 with the memory, HTTP and replication plugins. */
export const PouchDB = (require('pouchdb-core') as PouchStatic)
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

/** A fresh in-memory database (memdown keeps one store per name in this process). */
export const memoryDb = (name: string): PouchDatabase => new PouchDB(name, { adapter: 'memory' });

type ExpressPouchDB = (
  pouch: PouchStatic,
  options: { mode: 'minimumForPouchDB' | 'fullCouchDB'; inMemoryConfig: boolean },
) => RequestListener;

/**
 * pouchdb-server's CouchDB HTTP API (express-pouchdb) over in-memory databases, as
 * `pouchdb-server --in-memory` serves it: a request listener for node:http. Minimum mode: the
 * replication endpoints, no Fauxton, no config or log files.
 */
export function couchApi(): RequestListener {
  const expressPouchDB = require('express-pouchdb') as ExpressPouchDB;
  return expressPouchDB(PouchDB.defaults({ adapter: 'memory' }), {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
  });
}
