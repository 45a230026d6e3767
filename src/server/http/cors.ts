import type { FastifyInstance, FastifyReply } from 'fastify';

/** Headers a browser may send cross-origin. */
export const CORS_ALLOW_HEADERS = 'Authorization, Content-Type, X-Quotient-Protocol';
/** Methods a browser may use cross-origin. */
export const CORS_ALLOW_METHODS = 'GET, HEAD, POST, PUT, OPTIONS';

/**
 * Lets the desktop app (app://quotient) and the browser build call the server. Any origin may:
 * calls authenticate with bearer tokens, never cookies, so no origin gains anything it could
 * not do with the token anyway. Answers every preflight, before reading any body.
 */
export function installCors(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'Retry-After');
    return payload;
  });
  const preflight = (reply: FastifyReply): FastifyReply =>
    reply
      .code(204)
      .header('access-control-allow-methods', CORS_ALLOW_METHODS)
      .header('access-control-allow-headers', CORS_ALLOW_HEADERS)
      .header('access-control-max-age', '600')
      .send();
  // Answered in onRequest: a preflight has no body worth reading.
  app.options(
    '*',
    { bodyLimit: 1024, onRequest: async (_request, reply) => preflight(reply) },
    async (_request, reply) => preflight(reply),
  );
}
