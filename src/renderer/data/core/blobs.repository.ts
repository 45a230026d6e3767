import { sha256Hex } from '#shared/hash';
import type { QuotientDb, StoredBlob } from './database';

/** Largest blob kept locally (DESIGN.md: the sync server accepts at most 50 MiB). */
export const MAX_BLOB_BYTES = 50 * 1024 * 1024;

export type BlobRepository = {
  /** Stores bytes under their SHA-256 (idempotent) and returns the hash. */
  put(input: { data: Uint8Array; type: string }): Promise<string>;
  /** The bytes, verified against their hash; undefined when this device does not have them. */
  get(sha256: string): Promise<StoredBlob | undefined>;
  has(sha256: string): Promise<boolean>;
};

export class BlobIntegrityError extends Error {
  constructor(readonly sha256: string) {
    super(`stored bytes do not match their SHA-256 ${sha256}`);
    this.name = 'BlobIntegrityError';
  }
}

/** Content-addressed binary store: datasheets, logos, generated documents. */
export function createBlobRepository(db: QuotientDb): BlobRepository {
  return {
    async put({ data, type }) {
      if (data.byteLength > MAX_BLOB_BYTES) {
        throw new RangeError(
          `a file of ${data.byteLength} bytes is larger than ${MAX_BLOB_BYTES} bytes`,
        );
      }
      const sha256 = await sha256Hex(data);
      // Same bytes, same key: a second put of a known blob writes nothing.
      await db.transaction('rw', db.blobs, async () => {
        if (await db.blobs.get(sha256)) return;
        await db.blobs.add({
          sha256,
          type,
          size: data.byteLength,
          data: new Uint8Array(data),
          createdAt: new Date().toISOString(),
        });
      });
      return sha256;
    },
    async get(sha256) {
      const blob = await db.blobs.get(sha256);
      if (blob && (await sha256Hex(blob.data)) !== sha256) throw new BlobIntegrityError(sha256);
      return blob;
    },
    async has(sha256) {
      return (await db.blobs.where('sha256').equals(sha256).count()) > 0;
    },
  };
}
