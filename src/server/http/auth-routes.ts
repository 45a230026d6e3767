import type { FastifyInstance } from 'fastify';
import type { LoginReply, WorkspaceRole } from '../../shared/sync/protocol';
import { loginRequestSchema } from '../../shared/sync/protocol';
import { verifyPassword } from '../auth/passwords';
import { clearAccountFailures, loginBlockedForMs, recordLoginAttempt } from '../auth/throttle';
import { authenticate, issueToken, revokeToken } from '../auth/tokens';
import type { ServerContext } from './context';
import { HttpError, badRequest } from './errors';
import { bearerToken, unauthorized } from './guards';

/** A login body is small; anything larger is not a login. */
const LOGIN_BODY_LIMIT = 64 * 1024;

function tooManyAttempts(waitMs: number): HttpError {
  const seconds = Math.ceil(waitMs / 1000);
  return new HttpError(
    429,
    'too_many_requests',
    `Too many failed logins; try again in ${seconds} s`,
    undefined,
    { 'retry-after': String(seconds) },
  );
}

/** POST /v1/auth/login and POST /v1/auth/logout. */
export function registerAuthRoutes(app: FastifyInstance, context: ServerContext): void {
  const { db } = context;

  app.post(
    '/v1/auth/login',
    { bodyLimit: LOGIN_BODY_LIMIT },
    async (request): Promise<LoginReply> => {
      const parsed = loginRequestSchema.safeParse(request.body);
      if (!parsed.success) throw badRequest(parsed.error);
      const { email, password } = parsed.data;
      const key = { email, address: request.ip };
      const clock = { now: new Date(context.now()), options: context.throttle };
      const waitMs = await loginBlockedForMs(db, key, clock);
      if (waitMs > 0) throw tooManyAttempts(waitMs);
      await recordLoginAttempt(db, key, clock);

      const users = await db.query<{ id: string; password_hash: string }>(
        'select id, password_hash from users where email = $1',
        [email],
      );
      const user = users[0];
      const valid = await verifyPassword(user?.password_hash, password);
      if (!user || !valid) {
        request.log.info({ email }, 'login failed');
        throw unauthorized('Wrong email or password');
      }
      await clearAccountFailures(db, email);
      const token = await issueToken(db, {
        userId: user.id,
        now: clock.now,
        ttlMs: context.tokenTtlMs,
      });
      const workspaces = await db.query<{ id: string; name: string; role: WorkspaceRole }>(
        `select w.id, w.name, m.role from members m join workspaces w on w.id = m.workspace_id
        where m.user_id = $1 order by w.name`,
        [user.id],
      );
      return { token, user: { id: user.id, email }, workspaces };
    },
  );

  app.post('/v1/auth/logout', async (request, reply) => {
    const token = bearerToken(request);
    const now = new Date(context.now());
    // Only a valid token can be revoked; an expired one is answered like every other call.
    if (!(await authenticate(db, { token, workspaceId: undefined, now }))) throw unauthorized();
    await revokeToken(db, token);
    return reply.code(204).send();
  });
}
