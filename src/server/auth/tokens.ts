import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/db';
import type { WorkspaceRole } from '#shared/sync/protocol';

/** Default token lifetime: 30 days. */
export const DEFAULT_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** What the server stores for a token: its SHA-256, never the token itself. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a token (32 random bytes, base64url) for the user and stores its hash; expired tokens are swept. */
export async function issueToken(
  db: Queryable,
  { userId, now, ttlMs }: { userId: string; now: Date; ttlMs: number },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query('delete from tokens where expires_at <= $1', [now]);
  await db.query(
    'insert into tokens (token_hash, user_id, created_at, expires_at) values ($1, $2, $3, $4)',
    [tokenHash(token), userId, now, new Date(now.getTime() + ttlMs)],
  );
  return token;
}

/** Deletes the token; true when it existed. */
export async function revokeToken(db: Queryable, token: string): Promise<boolean> {
  const rows = await db.query<{ token_hash: string }>(
    'delete from tokens where token_hash = $1 returning token_hash',
    [tokenHash(token)],
  );
  return rows.length > 0;
}

/** The caller of a workspace request: the user, and the role in the workspace (undefined when not a member). */
export type Principal = { userId: string; role: WorkspaceRole | undefined };

/**
 * Resolves a bearer token to its user and that user's role in `workspaceId`, in one query;
 * undefined for an unknown or expired token and for a disabled user's.
 */
export async function authenticate(
  db: Queryable,
  { token, workspaceId, now }: { token: string; workspaceId: string | undefined; now: Date },
): Promise<Principal | undefined> {
  const rows = await db.query<{ user_id: string; role: WorkspaceRole | null }>(
    `select t.user_id, m.role
       from tokens t
       join users u on u.id = t.user_id and u.disabled_at is null
       left join members m on m.user_id = t.user_id and m.workspace_id = $2
      where t.token_hash = $1 and t.expires_at > $3`,
    [tokenHash(token), workspaceId ?? null, now],
  );
  const row = rows[0];
  return row && { userId: row.user_id, role: row.role ?? undefined };
}
