/** The sync server's public surface, for tests, the sync simulation and benches. */
export { buildServer } from './app';
export type { BuildServerOptions } from './app';
export { openDb } from './db/open-db';
export type { OpenDbOptions } from './db/open-db';
export type { Db, Queryable, SqlParam, Storage } from './db/db';
export { DataFolderLockedError } from './db/data-lock';
export { migrate, migrations } from './db/migrations';
export {
  ManagementError,
  addMember,
  addUser,
  addWorkspace,
  removeMember,
  renewEpoch,
  setPassword,
} from './manage';
export type { AddUserResult } from './manage';
export { readConfig } from './config';
export type { ServerConfig } from './config';
