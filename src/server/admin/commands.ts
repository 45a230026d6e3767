import { z } from 'zod';
import type { Db } from '../db/db';
import { roleSchema } from '#shared/sync/protocol';
import {
  addMember,
  addUser,
  addWorkspace,
  disableUser,
  enableUser,
  removeMember,
  removeUser,
  renewEpoch,
  setPassword,
} from '../manage';

/** A management request that is not one of the known commands with its arguments. */
export class AdminRequestError extends Error {
  override readonly name = 'AdminRequestError';
}

/** Longest argument accepted; the commands themselves check the real limits (email 254, password 1024). */
export const MAX_ARGUMENT_LENGTH = 4096;

const text = z.string().max(MAX_ARGUMENT_LENGTH);
const command = <Name extends string, Args extends z.ZodRawShape>(name: Name, args: Args) =>
  z.strictObject({ command: z.literal(name), args: z.strictObject(args) });

/**
 * Every management command with its arguments. The CLI builds one of these from its flags; a
 * running server accepts only what parses here from its admin socket.
 */
export const adminRequestSchema = z.discriminatedUnion('command', [
  command('user add', {
    email: text,
    password: text,
    workspace: text.optional(),
    role: roleSchema.optional(),
  }),
  command('user passwd', { email: text, password: text }),
  command('user disable', { email: text }),
  command('user enable', { email: text }),
  command('user remove', { email: text }),
  command('workspace add', { name: text }),
  command('workspace epoch', { workspace: text }),
  command('member add', { email: text, workspace: text, role: roleSchema.optional() }),
  command('member remove', { email: text, workspace: text }),
]);

/** One management command and its arguments. */
export type AdminRequest = z.infer<typeof adminRequestSchema>;

/** The names of the management commands (`user add`, …). */
export type AdminCommandName = AdminRequest['command'];

/** The command names, for usage texts and checks. */
export const ADMIN_COMMANDS: readonly AdminCommandName[] = adminRequestSchema.options.map(
  (option) => option.shape.command.value,
);

/** Parses an untrusted request; an unknown command or malformed arguments get a specific error. */
export function parseAdminRequest(value: unknown): AdminRequest {
  const name = (value as { command?: unknown } | null)?.command;
  if (typeof name === 'string' && !(ADMIN_COMMANDS as readonly string[]).includes(name)) {
    throw new AdminRequestError(`Unknown command ${JSON.stringify(name.slice(0, 100))}`);
  }
  const parsed = adminRequestSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  throw new AdminRequestError(
    `Invalid management request${path ? ` at ${path}` : ''}: ${issue?.message ?? 'rejected'}`,
  );
}

/** Runs a parsed management command on an open database and returns its JSON result. */
export async function runAdminCommand(db: Db, request: AdminRequest): Promise<unknown> {
  switch (request.command) {
    case 'user add':
      return addUser(db, request.args);
    case 'user passwd':
      return setPassword(db, request.args);
    case 'user disable':
      return disableUser(db, request.args);
    case 'user enable':
      return enableUser(db, request.args);
    case 'user remove':
      return removeUser(db, request.args);
    case 'workspace add':
      return addWorkspace(db, request.args);
    case 'workspace epoch':
      return renewEpoch(db, request.args);
    case 'member add':
      return addMember(db, request.args);
    case 'member remove':
      return removeMember(db, request.args);
  }
}
