import { z } from 'zod';
import { changeSchema } from './change';
import { isHlc } from './hlc';

/**
 * The sync protocol of DESIGN.md (Sync), version 1: request and reply shapes shared by the
 * server (src/server) and the client engine. Field names are the contract; an external test
 * drives the endpoints exactly as written here.
 */

export const PROTOCOL_VERSION = 1;
/** Header every request carries; a request without it counts as version 1, an unknown version gets 426. */
export const PROTOCOL_HEADER = 'x-quotient-protocol';

/** Pull page size: the default and the maximum. */
export const MAX_PULL_LIMIT = 1000;
/** A push body larger than this gets 413. */
export const MAX_PUSH_BYTES = 16 * 1024 * 1024;
/** A blob larger than this gets 413. */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;
/** The server rejects a change stamped further ahead of its own clock than this. */
export const MAX_FUTURE_MS = 24 * 60 * 60 * 1000;
/** How many changes the client sends per push request. */
export const PUSH_BATCH_CHANGES = 500;
/** The most field changes one push may carry (all mutations together); more gets 400. */
export const MAX_PUSH_CHANGES = 2_000;
/** The highest `schemaVersion` a push may name (the server stores it as a 32-bit integer). */
export const MAX_SCHEMA_VERSION = 10_000;

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.input<typeof loginRequestSchema>;

export const roleSchema = z.enum(['owner', 'member']);
export type WorkspaceRole = z.infer<typeof roleSchema>;

export const loginReplySchema = z.object({
  token: z.string().min(1),
  user: z.object({ id: z.string(), email: z.string() }),
  workspaces: z.array(z.object({ id: z.string(), name: z.string(), role: roleSchema })),
});
export type LoginReply = z.infer<typeof loginReplySchema>;

/** A client's id: the node id of its local database is a good one; at most 64 characters. */
export const clientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a client id');

export const mutationSchema = z.object({
  mid: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  changes: z.array(changeSchema).min(1),
});
export type Mutation = z.infer<typeof mutationSchema>;

/**
 * A push. Beyond its shape the server checks (src/server/sync/push-validation.ts): mids increase,
 * no stamp is more than 24 h ahead, and no change carries a reserved field (`id`, `fieldClocks`)
 * or a field its table does not have, unless `schemaVersion` is newer than the server's fields
 * (src/shared/sync/synced-fields.ts): a newer client's new fields are kept as opaque values.
 */
export const pushRequestSchema = z.object({
  clientId: clientIdSchema,
  schemaVersion: z.number().int().nonnegative().max(MAX_SCHEMA_VERSION),
  mutations: z.array(mutationSchema).superRefine((mutations, ctx) => {
    const changes = mutations.reduce((sum, mutation) => sum + mutation.changes.length, 0);
    if (changes > MAX_PUSH_CHANGES) {
      ctx.addIssue({
        code: 'custom',
        message: `a push carries at most ${MAX_PUSH_CHANGES} changes, this one ${changes}: send them in several pushes`,
      });
    }
  }),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushReplySchema = z.object({
  /** The highest mid the server has recorded for this client (0 when none). */
  lastMid: z.number().int().nonnegative(),
  /** Server time as ISO 8601; the client measures its clock offset from it. */
  serverTime: z.string(),
});
export type PushReply = z.infer<typeof pushReplySchema>;

export const pullQuerySchema = z.object({
  since: z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().positive().max(MAX_PULL_LIMIT).default(MAX_PULL_LIMIT),
});
export type PullQuery = z.infer<typeof pullQuerySchema>;

export const pulledChangeSchema = changeSchema.extend({
  seq: z.number().int().positive(),
  hlc: z.string().refine(isHlc, 'not a hybrid logical clock stamp'),
});
export type PulledChange = z.infer<typeof pulledChangeSchema>;

export const pullReplySchema = z.object({
  changes: z.array(pulledChangeSchema),
  /** The `since` of the next call. */
  nextSeq: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** Changes when the server's data is restored; a client that sees a new epoch resyncs. */
  epoch: z.string(),
  serverTime: z.string(),
  /** The workspace's newest sequence number when the page was read (an addition to DESIGN.md, for progress). */
  lastSeq: z.number().int().nonnegative().optional(),
});
export type PullReply = z.infer<typeof pullReplySchema>;

/** Every error reply: a stable code, an English message and, for 400, the path of the first problem. */
export const errorReplySchema = z.object({
  error: z.string(),
  message: z.string(),
  path: z.string().optional(),
});
export type ErrorReply = z.infer<typeof errorReplySchema>;

/** Error codes the server sends in `error`. */
export const errorCodes = [
  'bad_request', // 400, with `path`
  'unauthorized', // 401
  'forbidden', // 403
  'account_disabled', // 403 on login with the right password of a disabled account
  'not_found', // 404
  'hash_mismatch', // 400 on a blob whose bytes do not hash to the URL's sha256
  'clock_ahead', // 400 on a change stamped more than 24 h ahead
  'client_taken', // 403 when a clientId is already bound to another user
  'payload_too_large', // 413
  'quota_exceeded', // 413 when a new blob would exceed the workspace's blob quota
  'protocol_unsupported', // 426
  'too_many_requests', // 429, with Retry-After
  'internal', // 500
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const healthReplySchema = z.object({
  status: z.literal('ok'),
  protocol: z.number(),
  storage: z.enum(['pglite', 'postgres']),
  serverTime: z.string(),
});
export type HealthReply = z.infer<typeof healthReplySchema>;
