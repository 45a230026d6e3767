import { createHash } from 'node:crypto';
import type { Db, Queryable } from '../db/db';
import { HttpError } from '../http/errors';
import { formatBytes } from '../http/limits';

/** Hex SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Advisory lock class of a workspace's blob quota (the two-integer form keeps it apart). */
const QUOTA_LOCK = 7303;

type QuotaArgs = {
  workspaceId: string;
  sha256: string;
  size: number;
  quotaBytes: number | undefined;
};

async function hasBlob(db: Queryable, workspaceId: string, sha256: string): Promise<boolean> {
  const rows = await db.query('select 1 from blobs where workspace_id = $1 and sha256 = $2', [
    workspaceId,
    sha256,
  ]);
  return rows.length > 0;
}

/**
 * 413 quota_exceeded when storing `size` more bytes would take the workspace past its quota;
 * a blob the workspace has already costs nothing. Without a quota it checks nothing.
 */
export async function checkBlobQuota(
  db: Queryable,
  { workspaceId, sha256, size, quotaBytes }: QuotaArgs,
): Promise<void> {
  if (quotaBytes === undefined || (await hasBlob(db, workspaceId, sha256))) return;
  const rows = await db.query<{ used: number | string }>(
    'select coalesce(sum(size), 0) as used from blobs where workspace_id = $1',
    [workspaceId],
  );
  const used = Number(rows[0]?.used ?? 0);
  if (used + size <= quotaBytes) return;
  throw new HttpError(
    413,
    'quota_exceeded',
    `The workspace's blob storage is full: ${formatBytes(used)} of its ${formatBytes(quotaBytes)} are used and this blob needs ${formatBytes(size)}; delete attachments or ask the administrator to raise BLOB_QUOTA_MIB`,
  );
}

/**
 * Stores a blob under its hash after checking that the bytes match it (400 hash_mismatch
 * otherwise) and that they fit the workspace's quota (413 quota_exceeded). Idempotent: true
 * when it was new, false when the workspace had it already. Quota check and insert hold the
 * workspace's quota lock, so parallel uploads cannot overshoot it together.
 */
export async function putBlob(
  db: Db,
  {
    workspaceId,
    sha256,
    bytes,
    quotaBytes,
  }: { workspaceId: string; sha256: string; bytes: Uint8Array; quotaBytes?: number },
): Promise<boolean> {
  const actual = sha256Hex(bytes);
  if (actual !== sha256) {
    throw new HttpError(
      400,
      'hash_mismatch',
      `The body hashes to ${actual}, not to the ${sha256} of the URL`,
      'sha256',
    );
  }
  return db.transaction(async (tx) => {
    if (quotaBytes !== undefined) {
      await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [QUOTA_LOCK, workspaceId]);
      await checkBlobQuota(tx, { workspaceId, sha256, size: bytes.byteLength, quotaBytes });
    }
    // Bytes travel as base64 text: PGlite binds a bytea parameter about ten times slower.
    const rows = await tx.query<{ sha256: string }>(
      `insert into blobs (workspace_id, sha256, size, bytes) values ($1, $2, $3, decode($4, 'base64'))
       on conflict (workspace_id, sha256) do nothing returning sha256`,
      [
        workspaceId,
        sha256,
        bytes.byteLength,
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
      ],
    );
    return rows.length > 0;
  });
}

/** The blob's bytes, or undefined when the workspace has none under that hash. */
export async function getBlob(
  db: Queryable,
  { workspaceId, sha256 }: { workspaceId: string; sha256: string },
): Promise<Buffer | undefined> {
  const rows = await db.query<{ base64: string }>(
    `select encode(bytes, 'base64') as base64 from blobs where workspace_id = $1 and sha256 = $2`,
    [workspaceId, sha256],
  );
  const base64 = rows[0]?.base64;
  return base64 === undefined ? undefined : Buffer.from(base64, 'base64');
}
