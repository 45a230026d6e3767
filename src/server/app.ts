import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { HealthReply } from '../shared/sync/protocol';
import { MAX_PUSH_BYTES, PROTOCOL_VERSION } from '../shared/sync/protocol';
import type { Db } from './db/db';
import type { ThrottleOptions } from './auth/throttle';
import { DEFAULT_THROTTLE } from './auth/throttle';
import { DEFAULT_TOKEN_TTL_MS } from './auth/tokens';
import { registerAuthRoutes } from './http/auth-routes';
import type { ServerContext } from './http/context';
import { serverTime } from './http/context';
import { installCors } from './http/cors';
import { installErrorHandling } from './http/errors';
import { checkProtocol } from './http/guards';
import { registerWorkspaceRoutes } from './http/workspace-routes';

/** Options of buildServer. */
export type BuildServerOptions = {
  db: Db;
  /** Wall clock in epoch milliseconds (clock-ahead check, token expiry, login throttling); default Date.now. */
  now?: () => number;
  /** false (default) for silence, true or `{ level }` for JSON logs on stdout. */
  logger?: boolean | { level: string };
  /** Token lifetime; default 30 days. */
  tokenTtlMs?: number;
  /** Login throttling; default 5 failures per account or 20 per address in 15 minutes. */
  throttle?: Partial<ThrottleOptions>;
  /** Trust X-Forwarded-For from a load balancer in front (for the per-address throttle). */
  trustProxy?: boolean;
};

/** Never log a credential, whatever a future log line includes. */
const REDACT = ['req.headers.authorization', 'password', '*.password', 'token', '*.token'];

function loggerOptions(
  logger: BuildServerOptions['logger'],
): false | { level: string; redact: string[] } {
  if (logger === false || logger === undefined) return false;
  return { level: logger === true ? 'info' : logger.level, redact: REDACT };
}

/**
 * Builds the sync server (DESIGN.md, Sync) on an open database; the caller listens and, after
 * `close()`, closes the database.
 */
export async function buildServer({
  db,
  now = Date.now,
  logger,
  tokenTtlMs = DEFAULT_TOKEN_TTL_MS,
  throttle,
  trustProxy = false,
}: BuildServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(logger),
    bodyLimit: MAX_PUSH_BYTES,
    trustProxy,
  });
  const context: ServerContext = {
    db,
    now,
    tokenTtlMs,
    throttle: { ...DEFAULT_THROTTLE, ...throttle },
  };
  installErrorHandling(app);
  installCors(app);
  // A reply finishing after close() began ends its keep-alive connection, or close() would wait for it to time out.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-content-type-options', 'nosniff');
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  // Health answers any protocol version: it is where a client learns which one the server speaks.
  app.get('/v1/health', async (): Promise<HealthReply> => {
    await db.query('select 1');
    return {
      status: 'ok',
      protocol: PROTOCOL_VERSION,
      storage: db.storage,
      serverTime: serverTime(context),
    };
  });

  await app.register(async (api) => {
    api.addHook('onRequest', async (request) => checkProtocol(request));
    registerAuthRoutes(api, context);
    await api.register(async (workspace) => registerWorkspaceRoutes(workspace, context), {
      prefix: '/v1/workspaces/:ws',
    });
  });
  return app;
}
