import type { FastifyInstance } from 'fastify';
import type { AdminSocket } from './admin/socket';
import { AdminSocketUnavailableError, listenAdminSocket } from './admin/socket';
import { buildServer } from './app';
import type { ServerConfig } from './config';
import type { Db } from './db/db';
import { openDb } from './db/open-db';

/** A started server: HTTP, and with PGlite the admin socket in its data folder. */
export type ServingServer = {
  app: FastifyInstance;
  db: Db;
  admin?: AdminSocket;
  /** Stops HTTP (running requests finish), then the admin socket, then closes the database. */
  close(): Promise<void>;
};

/** Opens the database, listens on HOST:PORT and, with PGlite, takes commands on the admin socket. */
export async function serve(config: ServerConfig): Promise<ServingServer> {
  const db = await openDb(config.db);
  let app: FastifyInstance | undefined;
  let admin: AdminSocket | undefined;
  try {
    app = await buildServer({
      db,
      logger: { level: config.logLevel },
      tokenTtlMs: config.tokenTtlMs,
      trustProxy: config.trustProxy,
      limits: config.limits,
    });
    // On PostgreSQL commands connect to the database themselves.
    if (config.db.dataDir !== undefined) {
      try {
        admin = await listenAdminSocket({ dataDir: config.db.dataDir, db, log: app.log });
      } catch (error) {
        // Serving matters more than commands, which still work while the server is stopped.
        if (!(error instanceof AdminSocketUnavailableError)) throw error;
        app.log.warn(
          { err: error },
          'no admin socket: management commands need the server stopped',
        );
      }
    }
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await admin?.close();
    await app?.close();
    await db.close();
    throw error;
  }
  app.log.info({ storage: db.storage, adminSocket: admin?.path }, 'sync server ready');
  const server = app;
  let closed: Promise<void> | undefined;
  return {
    app: server,
    db,
    admin,
    close() {
      closed ??= (async () => {
        try {
          await server.close();
          await admin?.close();
        } finally {
          await db.close();
        }
      })();
      return closed;
    },
  };
}
