import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LoginReply, WorkspaceRole } from '#shared/sync/protocol';
import { loginRequestSchema } from '#shared/sync/protocol';
import { throttleAddress } from '../auth/client-address';
import { accountLogTag } from '../auth/log-tag';
import { admitLoginAttempt, loginSucceeded } from '../auth/throttle';
import { issueToken, revokeToken } from '../auth/tokens';
import type { ServerContext } from './context';
import { HttpError, badRequest } from './errors';
import { requirePrincipal, unauthorized } from './guards';

/** A login body is small; anything larger is not a login. */
const LOGIN_BODY_LIMIT = 64 * 1024;
/** Logout carries no body. */
const LOGOUT_BODY_LIMIT = 1024;

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

function accountDisabled(): HttpError {
  return new HttpError(
    403,
    'account_disabled',
    'This account is disabled; ask the administrator of the sync server',
  );
}

type UserRow = { id: string; password_hash: string; disabled_at: Date | null };

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
      const key = { email, address: throttleAddress(request.ip) };
      // The log names the account by a keyed hash, never by its address.
      const account = accountLogTag(context.logKey, email);
      const clock = { now: new Date(context.now()), options: context.throttle };
      const waitMs = await admitLoginAttempt(db, key, clock);
      if (waitMs > 0) {
        request.log.info({ account, address: key.address }, 'login throttled');
        throw tooManyAttempts(waitMs);
      }

      const users = await db.query<UserRow>(
        'select id, password_hash, disabled_at from users where email = $1',
        [email],
      );
      const user = users[0];
      const valid = await context.verifyPassword(user?.password_hash, password);
      if (!user || !valid) {
        request.log.info({ account, address: key.address }, 'login failed');
        throw unauthorized('Wrong email or password');
      }
      // Only the right password learns that the account is disabled; the attempt stays counted.
      if (user.disabled_at !== null) {
        request.log.info({ account, address: key.address }, 'login of a disabled account');
        throw accountDisabled();
      }
      await loginSucceeded(db, { key, userId: user.id, ...clock });
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

  // Answered in onRequest: the token is revoked before, and whatever, any body says.
  const logout = async (request: FastifyRequest, reply: FastifyReply) => {
    // Only a valid token can be revoked; an expired one is answered like every other call.
    const { token } = await requirePrincipal(request, context, undefined);
    await revokeToken(db, token);
    return reply.code(204).send();
  };
  app.post('/v1/auth/logout', { bodyLimit: LOGOUT_BODY_LIMIT, onRequest: logout }, logout);
}
