import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Queryable } from './db/db';
import { hashPassword } from './auth/passwords';
import type { WorkspaceRole } from '#shared/sync/protocol';
import { loginRequestSchema, roleSchema } from '#shared/sync/protocol';

/** A management command that cannot be carried out (unknown user, taken email, bad argument). */
export class ManagementError extends Error {
  override readonly name = 'ManagementError';
}

const emailSchema = loginRequestSchema.shape.email;
const passwordSchema = loginRequestSchema.shape.password;
const workspaceNameSchema = z.string().trim().min(1).max(100);

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new ManagementError(`Invalid ${what}: ${parsed.error.issues[0]?.message ?? 'rejected'}`);
  }
  return parsed.data;
}

/** A new random epoch: clients that see it change resync (after a restore). */
export function newEpoch(): string {
  return randomUUID();
}

type WorkspaceRow = { id: string; name: string; epoch: string };

async function findWorkspace(db: Queryable, idOrName: string): Promise<WorkspaceRow | undefined> {
  const rows = await db.query<WorkspaceRow>(
    'select id, name, epoch from workspaces where id = $1 or name = $1 order by id = $1 desc limit 1',
    [idOrName],
  );
  return rows[0];
}

async function requireWorkspace(db: Queryable, idOrName: string): Promise<WorkspaceRow> {
  const workspace = await findWorkspace(db, idOrName);
  if (!workspace)
    throw new ManagementError(`No workspace with id or name ${JSON.stringify(idOrName)}`);
  return workspace;
}

async function requireUser(db: Queryable, email: string): Promise<string> {
  const rows = await db.query<{ id: string }>('select id from users where email = $1', [
    parse(emailSchema, email, 'email'),
  ]);
  const row = rows[0];
  if (!row) throw new ManagementError(`No user with email ${email}`);
  return row.id;
}

async function insertWorkspace(db: Queryable, name: string): Promise<WorkspaceRow> {
  const row: WorkspaceRow = { id: randomUUID(), name, epoch: newEpoch() };
  await db.query('insert into workspaces (id, name, epoch) values ($1, $2, $3)', [
    row.id,
    row.name,
    row.epoch,
  ]);
  return row;
}

async function upsertMember(
  db: Queryable,
  { workspaceId, userId, role }: { workspaceId: string; userId: string; role: WorkspaceRole },
): Promise<void> {
  await db.query(
    `insert into members (workspace_id, user_id, role) values ($1, $2, $3)
     on conflict (workspace_id, user_id) do update set role = excluded.role`,
    [workspaceId, userId, role],
  );
}

/** What `user add` prints. */
export type AddUserResult = {
  userId: string;
  email: string;
  workspaceId?: string;
  workspace?: string;
  role?: WorkspaceRole;
  workspaceCreated?: boolean;
};

/**
 * Creates a user; with `workspace` (id or name) also makes them a member of it, creating the
 * workspace when no such one exists (the creator becomes its owner, otherwise `role`, default member).
 */
export async function addUser(
  db: Db,
  args: { email: string; password: string; workspace?: string; role?: WorkspaceRole },
): Promise<AddUserResult> {
  const email = parse(emailSchema, args.email, 'email');
  const passwordHash = await hashPassword(parse(passwordSchema, args.password, 'password'));
  const workspaceName =
    args.workspace === undefined
      ? undefined
      : parse(workspaceNameSchema, args.workspace, 'workspace');
  const role = args.role === undefined ? undefined : parse(roleSchema, args.role, 'role');
  return db.transaction(async (tx) => {
    const taken = await tx.query('select 1 from users where email = $1', [email]);
    if (taken.length > 0) throw new ManagementError(`A user with email ${email} exists already`);
    const userId = randomUUID();
    await tx.query('insert into users (id, email, password_hash) values ($1, $2, $3)', [
      userId,
      email,
      passwordHash,
    ]);
    if (workspaceName === undefined) return { userId, email };
    const existing = await findWorkspace(tx, workspaceName);
    const workspace = existing ?? (await insertWorkspace(tx, workspaceName));
    const memberRole = role ?? (existing ? 'member' : 'owner');
    await upsertMember(tx, { workspaceId: workspace.id, userId, role: memberRole });
    return {
      userId,
      email,
      workspaceId: workspace.id,
      workspace: workspace.name,
      role: memberRole,
      workspaceCreated: existing === undefined,
    };
  });
}

/** Sets a new password and revokes the user's tokens, so every device logs in again. */
export async function setPassword(
  db: Db,
  args: { email: string; password: string },
): Promise<{ userId: string; email: string; revokedTokens: number }> {
  const email = parse(emailSchema, args.email, 'email');
  const passwordHash = await hashPassword(parse(passwordSchema, args.password, 'password'));
  return db.transaction(async (tx) => {
    const userId = await requireUser(tx, email);
    await tx.query('update users set password_hash = $2 where id = $1', [userId, passwordHash]);
    const revoked = await tx.query('delete from tokens where user_id = $1 returning user_id', [
      userId,
    ]);
    return { userId, email, revokedTokens: revoked.length };
  });
}

/** Creates an empty workspace with a fresh epoch; the name must be new. */
export async function addWorkspace(
  db: Db,
  args: { name: string },
): Promise<{ workspaceId: string; name: string; epoch: string }> {
  const name = parse(workspaceNameSchema, args.name, 'workspace name');
  return db.transaction(async (tx) => {
    if (await findWorkspace(tx, name))
      throw new ManagementError(`Workspace ${name} exists already`);
    const workspace = await insertWorkspace(tx, name);
    return { workspaceId: workspace.id, name: workspace.name, epoch: workspace.epoch };
  });
}

/**
 * Gives the workspace a new epoch. Run it after restoring a backup: every client that pulls
 * afterwards sees the new epoch and resyncs instead of trusting its cursor.
 */
export async function renewEpoch(
  db: Db,
  args: { workspace: string },
): Promise<{ workspaceId: string; name: string; epoch: string; previousEpoch: string }> {
  return db.transaction(async (tx) => {
    const workspace = await requireWorkspace(tx, args.workspace);
    const epoch = newEpoch();
    await tx.query('update workspaces set epoch = $2 where id = $1', [workspace.id, epoch]);
    return {
      workspaceId: workspace.id,
      name: workspace.name,
      epoch,
      previousEpoch: workspace.epoch,
    };
  });
}

/** Makes an existing user a member of an existing workspace; `role` (default member) also changes an existing membership's role. */
export async function addMember(
  db: Db,
  args: { email: string; workspace: string; role?: WorkspaceRole },
): Promise<{ userId: string; workspaceId: string; workspace: string; role: WorkspaceRole }> {
  const role = args.role === undefined ? undefined : parse(roleSchema, args.role, 'role');
  return db.transaction(async (tx) => {
    const userId = await requireUser(tx, args.email);
    const workspace = await requireWorkspace(tx, args.workspace);
    // Without a role an existing membership keeps its own.
    const rows = await tx.query<{ role: WorkspaceRole }>(
      `insert into members (workspace_id, user_id, role) values ($1, $2, coalesce($3, 'member'))
       on conflict (workspace_id, user_id) do update set role = coalesce($3, members.role)
       returning role`,
      [workspace.id, userId, role ?? null],
    );
    return {
      userId,
      workspaceId: workspace.id,
      workspace: workspace.name,
      role: rows[0]?.role ?? 'member',
    };
  });
}

/** Removes a user from a workspace; their next call there gets 403. */
export async function removeMember(
  db: Db,
  args: { email: string; workspace: string },
): Promise<{ userId: string; workspaceId: string; workspace: string; removed: boolean }> {
  return db.transaction(async (tx) => {
    const userId = await requireUser(tx, args.email);
    const workspace = await requireWorkspace(tx, args.workspace);
    const rows = await tx.query(
      'delete from members where workspace_id = $1 and user_id = $2 returning user_id',
      [workspace.id, userId],
    );
    return {
      userId,
      workspaceId: workspace.id,
      workspace: workspace.name,
      removed: rows.length > 0,
    };
  });
}

/**
 * Disables a user: every token is revoked and login is refused until `user enable`. Their
 * memberships and changes stay. Disabling a disabled user keeps the first date.
 */
export async function disableUser(
  db: Db,
  args: { email: string },
): Promise<{ userId: string; email: string; disabledAt: string; revokedTokens: number }> {
  const email = parse(emailSchema, args.email, 'email');
  return db.transaction(async (tx) => {
    const userId = await requireUser(tx, email);
    const rows = await tx.query<{ disabled_at: Date }>(
      'update users set disabled_at = coalesce(disabled_at, now()) where id = $1 returning disabled_at',
      [userId],
    );
    const revoked = await tx.query('delete from tokens where user_id = $1 returning user_id', [
      userId,
    ]);
    const disabledAt = rows[0]?.disabled_at;
    if (!disabledAt) throw new ManagementError(`No user with email ${email}`);
    return { userId, email, disabledAt: disabledAt.toISOString(), revokedTokens: revoked.length };
  });
}

/** Lets a disabled user log in again. */
export async function enableUser(
  db: Db,
  args: { email: string },
): Promise<{ userId: string; email: string; wasDisabled: boolean }> {
  const email = parse(emailSchema, args.email, 'email');
  return db.transaction(async (tx) => {
    const userId = await requireUser(tx, email);
    const rows = await tx.query(
      'update users set disabled_at = null where id = $1 and disabled_at is not null returning id',
      [userId],
    );
    return { userId, email, wasDisabled: rows.length > 0 };
  });
}

/**
 * Deletes a user with their tokens, memberships and client records. The changes they pushed
 * stay in their workspaces.
 */
export async function removeUser(
  db: Db,
  args: { email: string },
): Promise<{ userId: string; email: string; removedFrom: string[]; revokedTokens: number }> {
  const email = parse(emailSchema, args.email, 'email');
  return db.transaction(async (tx) => {
    const userId = await requireUser(tx, email);
    const memberships = await tx.query<{ name: string }>(
      `select w.name from members m join workspaces w on w.id = m.workspace_id
       where m.user_id = $1 order by w.name`,
      [userId],
    );
    const revoked = await tx.query('delete from tokens where user_id = $1 returning user_id', [
      userId,
    ]);
    // members and clients go with the user (on delete cascade).
    await tx.query('delete from users where id = $1', [userId]);
    return {
      userId,
      email,
      removedFrom: memberships.map((row) => row.name),
      revokedTokens: revoked.length,
    };
  });
}
