import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import type { ErrorCode, ErrorReply } from '#shared/sync/protocol';
import { formatBytes } from './limits';

/**
 * The protocol's error codes and the server's newer ones: `account_disabled` (403 on the login
 * of a disabled user) and `quota_exceeded` (413 on a blob beyond the workspace's quota).
 */
export type ServerErrorCode = ErrorCode;

/** An error the server answers with a status and an `{error, message, path?}` body. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: ServerErrorCode,
    message: string,
    readonly path?: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** A zod path as the protocol writes it: `mutations.0.changes.3.hlc`, empty for the root. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** 400 for the first problem zod found. */
export function badRequest(error: ZodError, prefix: readonly PropertyKey[] = []): HttpError {
  const issue = error.issues[0];
  const path = formatPath([...prefix, ...(issue?.path ?? [])]);
  const message = issue ? `${path || 'body'}: ${issue.message}` : 'Invalid request';
  return new HttpError(400, 'bad_request', message, path);
}

const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  413: 'payload_too_large',
  426: 'protocol_unsupported',
  429: 'too_many_requests',
};

/**
 * The reply body and status for any error, Fastify's own included (bad JSON, body too large,
 * wrong media type); `bodyLimit` is the route's, for the message of a 413.
 */
export function toErrorReply(
  error: FastifyError | HttpError,
  bodyLimit?: number,
): {
  status: number;
  body: ErrorReply;
} {
  if (error instanceof HttpError) {
    const body: ErrorReply = { error: error.code, message: error.message };
    if (error.path !== undefined) body.path = error.path;
    return { status: error.statusCode, body };
  }
  const status = error.statusCode ?? 500;
  if (status >= 500 || status < 400) {
    return { status: 500, body: { error: 'internal', message: 'Internal server error' } };
  }
  if (status === 413) {
    const limit = bodyLimit === undefined ? '' : `: the limit is ${formatBytes(bodyLimit)}`;
    return {
      status,
      body: { error: 'payload_too_large', message: `Request body is too large${limit}` },
    };
  }
  const body: ErrorReply = {
    error: CODE_BY_STATUS[status] ?? 'bad_request',
    message: error.message,
  };
  // Body-parser failures (bad JSON, empty body) concern the body as a whole.
  if (status === 400) body.path = '';
  return { status, body };
}

/** True while the request still has body bytes the server has not received. */
export function bodyUnread(request: FastifyRequest): boolean {
  const { headers } = request;
  const announced =
    headers['transfer-encoding'] !== undefined || Number(headers['content-length'] ?? 0) > 0;
  return announced && !request.raw.complete;
}

function notFound(request: FastifyRequest): ErrorReply {
  return {
    error: 'not_found',
    message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
  };
}

/**
 * Every error and unknown route answers in the protocol's error shape. An unknown route is
 * answered before its body is read, and a reply sent while body bytes are still due (refused
 * before reading: no token, too large, over quota) closes the connection instead of letting
 * Node read and discard the rest to keep it alive.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError | HttpError>((error, request, reply) => {
    const { status, body } = toErrorReply(error, request.routeOptions.bodyLimit);
    if (status === 500) request.log.error({ err: error }, 'request failed');
    if (error instanceof HttpError) reply.headers(error.headers);
    return reply.code(status).send(body);
  });
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404) return reply.code(404).send(notFound(request));
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send(notFound(request)));
  app.addHook('onSend', async (request, reply, payload) => {
    if (bodyUnread(request)) reply.header('connection', 'close');
    return payload;
  });
}
