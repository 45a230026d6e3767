import type { FastifyRequest } from 'fastify';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '#shared/sync/protocol';
import type { Principal } from '../auth/tokens';
import { authenticate } from '../auth/tokens';
import type { ServerContext } from './context';
import { HttpError } from './errors';

/** 426 unless the request speaks protocol 1; a request without the header counts as 1. */
export function checkProtocol(request: FastifyRequest): void {
  const header = request.headers[PROTOCOL_HEADER];
  if (header === undefined) return;
  const version = Array.isArray(header) ? header.join(',') : header;
  if (version.trim() !== String(PROTOCOL_VERSION)) {
    throw new HttpError(
      426,
      'protocol_unsupported',
      `Protocol version ${JSON.stringify(version)} is not supported; this server speaks ${PROTOCOL_VERSION}`,
    );
  }
}

/** The bearer token of the request; 401 when there is none. */
export function bearerToken(request: FastifyRequest): string {
  const match = /^Bearer +([A-Za-z0-9_\-.~+/]+=*) *$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw unauthorized('Missing bearer token');
  return match[1];
}

/** 401 with a message. */
export function unauthorized(message = 'Invalid or expired token'): HttpError {
  return new HttpError(401, 'unauthorized', message);
}

/** 403 for a workspace the caller may not use; unknown workspaces get the same answer. */
export function forbidden(): HttpError {
  return new HttpError(403, 'forbidden', 'Not a member of this workspace');
}

/** 429 for a user past the request limit, with the seconds to wait. */
function tooManyRequests(waitMs: number, perMinute: number): HttpError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new HttpError(
    429,
    'too_many_requests',
    `Too many requests: at most ${perMinute} a minute per user; try again in ${seconds} s`,
    undefined,
    { 'retry-after': String(seconds) },
  );
}

/**
 * The caller of an authenticated route, from the bearer token, counted against the per-user
 * request limit: 401 without a valid token (expired, revoked, user disabled), 429 past the limit.
 * Runs in onRequest hooks, before any body is read.
 */
export async function requirePrincipal(
  request: FastifyRequest,
  context: ServerContext,
  workspaceId: string | undefined,
): Promise<Principal & { token: string }> {
  const token = bearerToken(request);
  const principal = await authenticate(context.db, {
    token,
    workspaceId,
    now: new Date(context.now()),
  });
  if (!principal) throw unauthorized();
  const wait = context.rateLimiter?.take(principal.userId) ?? 0;
  if (wait > 0) throw tooManyRequests(wait, context.limits.requestsPerMinute ?? 0);
  return { ...principal, token };
}
