import type { FastifyRequest } from 'fastify';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../../shared/sync/protocol';
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
