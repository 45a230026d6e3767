/**
 * The kiosk PIN (issue 14). Leaving a locked presentation needs the PIN; the device keeps only
 * a salted PBKDF2-SHA-256 hash of it (localStorage `quotient.kiosk`), never the PIN itself, and
 * never syncs it. Web Crypto only, so the same code runs in the window, a worker and Node.
 */

/** A PIN's stored form: the salt and the derived key as lower-case hex, and the work factor. */
export type PinRecord = { salt: string; hash: string; iterations: number };

/** PBKDF2 rounds of a new record (OWASP's 2023 advice for PBKDF2-HMAC-SHA256 is 600 000). */
export const PIN_ITERATIONS = 210_000;
/** A stored record outside these rounds is not trusted (a tampered one could hang the page). */
const MIN_ITERATIONS = 200_000;
const MAX_ITERATIONS = 5_000_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;

/** Failures that cost nothing; from the fifth on, input is refused for a doubling delay. */
export const FREE_PIN_FAILURES = 4;
const FIRST_DELAY_MS = 2_000;
export const MAX_PIN_DELAY_MS = 5 * 60_000;

/** null for 4 to 12 digits (0–9 only); otherwise the i18n key of the message. */
export function checkPinFormat(pin: string): string | null {
  return /^[0-9]{4,12}$/.test(pin) ? null : 'kiosk.pinFormat';
}

const toHex = (bytes: Uint8Array) =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

function fromHex(hex: string): Uint8Array<ArrayBuffer> | null {
  if (!/^(?:[0-9a-f]{2})+$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/**
 * The stored form of a PIN: PBKDF2-SHA-256 over a 16-byte random salt (or `salt`, for tests).
 * Throws for a PIN that `checkPinFormat` refuses: a bad PIN must never become a lock.
 */
export async function hashPin(pin: string, salt?: Uint8Array): Promise<PinRecord> {
  const problem = checkPinFormat(pin);
  if (problem) throw new Error(`The PIN must be 4 to 12 digits (${problem})`);
  const saltBytes = new Uint8Array(SALT_BYTES);
  if (salt) {
    if (salt.byteLength !== SALT_BYTES) throw new Error(`The salt must be ${SALT_BYTES} bytes`);
    saltBytes.set(salt);
  } else {
    globalThis.crypto.getRandomValues(saltBytes);
  }
  const hash = await derive(pin, saltBytes, PIN_ITERATIONS);
  return { salt: toHex(saltBytes), hash: toHex(hash), iterations: PIN_ITERATIONS };
}

/** True when the record is well-formed (hex salt and hash, rounds in the trusted range). */
export function isPinRecord(value: unknown): value is PinRecord {
  if (typeof value !== 'object' || value === null) return false;
  const { salt, hash, iterations } = value as Record<string, unknown>;
  return (
    typeof salt === 'string' &&
    fromHex(salt)?.byteLength === SALT_BYTES &&
    typeof hash === 'string' &&
    fromHex(hash)?.byteLength === HASH_BITS / 8 &&
    typeof iterations === 'number' &&
    Number.isInteger(iterations) &&
    iterations >= MIN_ITERATIONS &&
    iterations <= MAX_ITERATIONS
  );
}

/**
 * Whether `pin` is the PIN of `record`. The derived key is compared in constant time (every
 * byte, no early exit); a malformed record or a PIN of the wrong format is simply false.
 */
export async function verifyPin(pin: string, record: PinRecord): Promise<boolean> {
  if (!isPinRecord(record)) return false;
  const salt = fromHex(record.salt);
  const expected = fromHex(record.hash);
  if (!salt || !expected) return false;
  // A wrong format still pays for one derivation, so the answer's timing tells nothing.
  const wellFormed = checkPinFormat(pin) === null;
  const actual = await derive(wellFormed ? pin : '0000', salt, record.iterations);
  let difference = actual.byteLength ^ expected.byteLength;
  for (let i = 0; i < expected.byteLength; i += 1) difference |= (actual[i] ?? 0) ^ expected[i]!;
  return wellFormed && difference === 0;
}

/**
 * How long input is refused after `failures` wrong PINs in a row: nothing for the first four,
 * then 2 s after the fifth, 4 s after the sixth, 8 s … capped at 5 minutes.
 */
export function pinRetryDelayMs(failures: number): number {
  if (!Number.isFinite(failures) || failures <= FREE_PIN_FAILURES) return 0;
  const doublings = Math.floor(failures) - FREE_PIN_FAILURES - 1;
  if (doublings >= 20) return MAX_PIN_DELAY_MS;
  return Math.min(FIRST_DELAY_MS * 2 ** doublings, MAX_PIN_DELAY_MS);
}
