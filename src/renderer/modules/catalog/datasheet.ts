/** Largest datasheet accepted (20 MiB), as the issue asks. */
export const DATASHEET_MAX_BYTES = 20 * 1024 * 1024;

export { sha256Hex } from '#shared/hash';

/** True when the bytes start with the PDF signature `%PDF-` (the name alone can lie). */
export function isPdf(data: Uint8Array): boolean {
  const signature = [0x25, 0x50, 0x44, 0x46, 0x2d];
  return signature.every((byte, index) => data[index] === byte);
}
