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
  disableUser,
  enableUser,
  removeMember,
  removeUser,
  renewEpoch,
  setPassword,
} from './manage';
export { AdminRequestError, adminRequestSchema, parseAdminRequest } from './admin/commands';
export type { AdminCommandName, AdminRequest } from './admin/commands';
export { runManagementCommand } from './admin/run-command';
export {
  AdminCommandError,
  AdminSocketUnavailableError,
  adminSocketPath,
  listenAdminSocket,
} from './admin/socket';
export type { AdminSocket } from './admin/socket';
export { serve } from './serve';
export type { ServingServer } from './serve';
export type { AddUserResult } from './manage';
export { readConfig } from './config';
export type { ServerConfig } from './config';
