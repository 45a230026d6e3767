import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import type { HealthReply } from '#shared/sync/protocol';
import { PROTOCOL_VERSION } from '#shared/sync/protocol';
import type { Db } from './db/db';
import type { TrustProxy } from './config';
import { loadLogKey } from './auth/log-tag';
import { verifyPassword } from './auth/passwords';
import type { ThrottleOptions } from './auth/throttle';
import { DEFAULT_THROTTLE } from './auth/throttle';
import { DEFAULT_TOKEN_TTL_MS } from './auth/tokens';
import { registerAuthRoutes } from './http/auth-routes';
import type { PasswordVerifier, ServerContext } from './http/context';
import { serverTime } from './http/context';
import { installCors } from './http/cors';
import { installErrorHandling } from './http/errors';
import { checkProtocol } from './http/guards';
import type { ServerLimits } from './http/limits';
import { DEFAULT_LIMITS } from './http/limits';
import { createRateLimiter } from './http/rate-limit';
import { registerWorkspaceRoutes } from './http/workspace-routes';

/** Where JSON log lines go instead of stdout (tests read them). */
export type LogDestination = { write(line: string): void };

/** Options of buildServer. */
export type BuildServerOptions = {
  db: Db;
  /** Wall clock in epoch milliseconds (clock-ahead check, token expiry, throttling, limits); default Date.now. */
  now?: () => number;
  /** false (default) for silence, true or `{ level, stream? }` for JSON logs on stdout or `stream`. */
  logger?: boolean | { level: string; stream?: LogDestination };
  /** Token lifetime; default 30 days. */
  tokenTtlMs?: number;
  /** Login throttling; defaults in DEFAULT_THROTTLE. */
  throttle?: Partial<ThrottleOptions>;
  /** Which X-Forwarded-For entries to believe (config.ts, TrustProxy); default none. */
  trustProxy?: TrustProxy;
  /**
   * Limits per user and workspace. `npm run server` passes DEFAULT_LIMITS or what the
   * environment says; left out here, the request limit is off (tests, simulations, benches)
   * and the blob limits are the defaults.
   */
  limits?: Partial<ServerLimits>;
  /** Password check (tests count calls); default argon2 (auth/passwords). */
  verifyPassword?: PasswordVerifier;
};

/** Never log a credential, whatever a future log line includes. */
const REDACT = ['req.headers.authorization', 'password', '*.password', 'token', '*.token'];

function loggerOptions(
  logger: BuildServerOptions['logger'],
): false | { level: string; redact: string[]; stream?: LogDestination } {
  if (logger === false || logger === undefined) return false;
  if (logger === true) return { level: 'info', redact: REDACT };
  return { level: logger.level, redact: REDACT, ...(logger.stream && { stream: logger.stream }) };
}

/**
 * TrustProxy as Fastify takes it. Never `true` (every X-Forwarded-For entry, the forged ones
 * first); a hop count as a function, since Fastify now reads a bare number as "trust nothing".
 */
function fastifyTrustProxy(
  trustProxy: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (trustProxy === false) return false;
  if (typeof trustProxy === 'number') {
    const hops = trustProxy;
    return (_address, hop) => hop < hops;
  }
  return [...trustProxy];
}

/** A small default body limit: routes that take more (push, blobs) say so, after authentication. */
const DEFAULT_BODY_LIMIT = 64 * 1024;

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
  limits,
  verifyPassword: verifier = verifyPassword,
}: BuildServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(logger),
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy: fastifyTrustProxy(trustProxy),
  });
  const serverLimits: ServerLimits = {
    ...DEFAULT_LIMITS,
    requestsPerMinute: undefined,
    ...limits,
  };
  const { requestsPerMinute } = serverLimits;
  const context: ServerContext = {
    db,
    now,
    tokenTtlMs,
    throttle: { ...DEFAULT_THROTTLE, ...throttle },
    verifyPassword: verifier,
    logKey: await loadLogKey(db),
    limits: serverLimits,
    rateLimiter:
      requestsPerMinute === undefined
        ? undefined
        : createRateLimiter({ perMinute: requestsPerMinute, now }),
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
