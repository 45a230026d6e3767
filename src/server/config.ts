import { isIP } from 'node:net';
import { DEFAULT_TOKEN_TTL_MS } from './auth/tokens';
import type { OpenDbOptions } from './db/open-db';
import type { ServerLimits } from './http/limits';
import { DEFAULT_LIMITS, MAX_BLOB_LIMIT_BYTES, MIB } from './http/limits';

/**
 * Which X-Forwarded-For entries to believe: none (false), the last `n` hops (a number: the
 * server is reachable only through that many proxies), or only entries added by the listed
 * proxy addresses and CIDR ranges (proxy-addr also knows `loopback`, `linklocal`, `uniquelocal`).
 */
export type TrustProxy = false | number | readonly string[];

/** The server's settings, from the environment. */
export type ServerConfig = {
  host: string;
  port: number;
  db: OpenDbOptions;
  tokenTtlMs: number;
  logLevel: string;
  trustProxy: TrustProxy;
  limits: ServerLimits;
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

/** A limit: unset for the default, 0 for none, otherwise a positive number up to `max`. */
function optionalLimit(
  env: NodeJS.ProcessEnv,
  name: string,
  { fallback, max = Number.MAX_SAFE_INTEGER }: { fallback: number | undefined; max?: number },
): number | undefined {
  const text = env[name]?.trim();
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > max)
    throw new Error(`${name} must be a number from 0 (no limit) to ${max}, got ${text}`);
  return value === 0 ? undefined : value;
}

function portNumber(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return 8787;
  const port = Number(text);
  // 0 lets the system choose a free port (tests).
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`PORT must be a port number, got ${text}`);
  return port;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY: unset, `0`, `false`, `no` or `off` trust no X-Forwarded-For; `1`, `true` or
 * `yes` trust one hop (one proxy in front), a number N that many hops; anything else is a
 * comma-separated list of proxy addresses or CIDR ranges.
 */
export function parseTrustProxy(text: string | undefined): TrustProxy {
  const value = (text ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(value)) return false;
  if (['true', 'yes'].includes(value)) return 1;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`TRUST_PROXY: ${hops} proxy hops is not plausible (at most 10)`);
    return hops;
  }
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !isProxyAddress(entry));
  if (bad !== undefined) {
    throw new Error(
      `TRUST_PROXY must be a number of proxy hops or a comma-separated list of proxy addresses or CIDR ranges, got ${JSON.stringify(bad)} in ${JSON.stringify(text)}`,
    );
  }
  return entries;
}

/**
 * Reads HOST (127.0.0.1), PORT (8787), DATABASE_URL (PostgreSQL; otherwise PGlite in
 * DATA_DIR, default ./data/server), TOKEN_TTL_DAYS (30), LOG_LEVEL (info), TRUST_PROXY (off),
 * RATE_LIMIT_PER_MINUTE (600), BLOB_LIMIT_MIB (50) and BLOB_QUOTA_MIB (5120).
 */
export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const databaseUrl = env.DATABASE_URL?.trim();
  const blobMib = positiveNumber(env, 'BLOB_LIMIT_MIB', DEFAULT_LIMITS.blobBytes / MIB);
  if (blobMib * MIB > MAX_BLOB_LIMIT_BYTES)
    throw new Error(`BLOB_LIMIT_MIB must be at most ${MAX_BLOB_LIMIT_BYTES / MIB}, got ${blobMib}`);
  const quotaMib = optionalLimit(env, 'BLOB_QUOTA_MIB', {
    fallback: (DEFAULT_LIMITS.workspaceBlobBytes ?? 0) / MIB,
  });
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: portNumber(env.PORT),
    db: databaseUrl ? { databaseUrl } : { dataDir: env.DATA_DIR?.trim() || './data/server' },
    tokenTtlMs: positiveNumber(env, 'TOKEN_TTL_DAYS', DEFAULT_TOKEN_TTL_MS / DAY_MS) * DAY_MS,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    limits: {
      requestsPerMinute: optionalLimit(env, 'RATE_LIMIT_PER_MINUTE', {
        fallback: DEFAULT_LIMITS.requestsPerMinute,
      }),
      blobBytes: Math.floor(blobMib * MIB),
      workspaceBlobBytes: quotaMib === undefined ? undefined : Math.floor(quotaMib * MIB),
    },
  };
}
