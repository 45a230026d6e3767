import { createHash } from 'node:crypto';
import type { Queryable } from '../db/db';
import { HttpError } from '../http/errors';

/** Hex SHA-256 of the bytes. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stores a blob under its hash after checking that the bytes match it (400 hash_mismatch
 * otherwise). Idempotent: true when it was new, false when the workspace had it already.
 */
export async function putBlob(
  db: Queryable,
  { workspaceId, sha256, bytes }: { workspaceId: string; sha256: string; bytes: Uint8Array },
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
  // Bytes travel as base64 text: PGlite binds a bytea parameter about ten times slower.
  const rows = await db.query<{ sha256: string }>(
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
