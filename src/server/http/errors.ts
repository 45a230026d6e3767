import type { FastifyError, FastifyInstance } from 'fastify';
import type { ZodError } from 'zod';
import type { ErrorCode, ErrorReply } from '../../shared/sync/protocol';

/** An error the server answers with a status and an `{error, message, path?}` body. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
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

/** The reply body and status for any error, Fastify's own included (bad JSON, body too large, wrong media type). */
export function toErrorReply(error: FastifyError | HttpError): {
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
    return { status, body: { error: 'payload_too_large', message: 'Request body is too large' } };
  }
  const body: ErrorReply = {
    error: CODE_BY_STATUS[status] ?? 'bad_request',
    message: error.message,
  };
  // Body-parser failures (bad JSON, empty body) concern the body as a whole.
  if (status === 400) body.path = '';
  return { status, body };
}

/** Every error and unknown route answers in the protocol's error shape. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError | HttpError>((error, request, reply) => {
    const { status, body } = toErrorReply(error);
    if (status === 500) request.log.error({ err: error }, 'request failed');
    if (error instanceof HttpError) reply.headers(error.headers);
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorReply = {
      error: 'not_found',
      message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}`,
    };
    return reply.code(404).send(body);
  });
}
