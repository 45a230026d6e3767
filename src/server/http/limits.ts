import { MAX_BLOB_BYTES } from '#shared/sync/protocol';

/** What one user or workspace may use (README, variables table). */
export type ServerLimits = {
  /** Requests per minute per user on authenticated routes; undefined for no limit. */
  requestsPerMinute: number | undefined;
  /** Largest blob accepted, in bytes. */
  blobBytes: number;
  /** Total blob bytes a workspace may store; undefined for no quota. */
  workspaceBlobBytes: number | undefined;
};

export const MIB = 1024 * 1024;

/**
 * The server's defaults as `npm run server` applies them: 600 requests a minute per user,
 * 50 MiB per blob and 5 GiB of blobs per workspace.
 */
export const DEFAULT_LIMITS: ServerLimits = {
  requestsPerMinute: 600,
  blobBytes: MAX_BLOB_BYTES,
  workspaceBlobBytes: 5 * 1024 * MIB,
};

/** The largest blob limit the configuration accepts: PostgreSQL keeps a value below 1 GiB, a blob travels as base64. */
export const MAX_BLOB_LIMIT_BYTES = 512 * MIB;

/** Bytes as people read them: `50 MiB`, `5 GiB`, `1.5 KiB`, `12 bytes`. */
export function formatBytes(bytes: number): string {
  const units = ['GiB', 'MiB', 'KiB'] as const;
  for (const [index, unit] of units.entries()) {
    const size = 1024 ** (units.length - index);
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}
