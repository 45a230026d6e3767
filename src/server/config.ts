import { DEFAULT_TOKEN_TTL_MS } from './auth/tokens';
import type { OpenDbOptions } from './db/open-db';

/** The server's settings, from the environment. */
export type ServerConfig = {
  host: string;
  port: number;
  db: OpenDbOptions;
  tokenTtlMs: number;
  logLevel: string;
  trustProxy: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`${name} must be a positive number, got ${text}`);
  return value;
}

function portNumber(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 8787;
  const port = Number(text);
  // 0 lets the system choose a free port (tests).
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, got ${text}`);
  return port;
}

/**
 * Reads HOST (127.0.0.1), PORT (8787), DATABASE_URL (PostgreSQL; otherwise PGlite in
 * DATA_DIR, default ./data/server), TOKEN_TTL_DAYS (30), LOG_LEVEL (info), TRUST_PROXY (off).
 */
export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: portNumber(env.PORT),
    db: databaseUrl ? { databaseUrl } : { dataDir: env.DATA_DIR?.trim() || './data/server' },
    tokenTtlMs: positiveNumber(env, 'TOKEN_TTL_DAYS', DEFAULT_TOKEN_TTL_MS / DAY_MS) * DAY_MS,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    trustProxy: ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').trim().toLowerCase()),
  };
}
