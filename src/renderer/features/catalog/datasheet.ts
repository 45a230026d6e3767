/** Largest datasheet accepted (20 MiB), as the issue asks. */
export const DATASHEET_MAX_BYTES = 20 * 1024 * 1024;

/** Lower-case hex SHA-256 of the bytes (Web Crypto: renderer, worker and Node alike). */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(data));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** True when the bytes start with the PDF signature `%PDF-` (the name alone can lie). */
export function isPdf(data: Uint8Array): boolean {
  const signature = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return signature.every((byte, index) => data[index] === byte);
}

// The documents table that stores blobs comes with the documents issue; until then the bytes
// of a picked datasheet stay in memory for this session, keyed by hash, so it can pick them up.
const pending = new Map<string, Uint8Array>();

/** Keeps a datasheet's bytes in memory until the documents store takes them. */
export function rememberDatasheet(sha256: string, data: Uint8Array): void {
  pending.set(sha256, data);
}

/** The in-memory bytes of a datasheet picked in this session, if any. */
export function pendingDatasheet(sha256: string): Uint8Array | undefined {
  return pending.get(sha256);
}
