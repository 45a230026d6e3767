import { describe, expect, it } from 'vitest';
import {
  MAX_PIN_DELAY_MS,
  PIN_ITERATIONS,
  checkPinFormat,
  hashPin,
  isPinRecord,
  pinRetryDelayMs,
  verifyPin,
} from './pin';

const salt = Uint8Array.from({ length: 16 }, (_, i) => i + 1);

describe('checkPinFormat', () => {
  it.each(['1234', '000000', '123456789012'])('accepts %s', (pin) => {
    expect(checkPinFormat(pin)).toBeNull();
  });
  it.each(['', '123', '1234567890123', '12a4', ' 1234', '1234 ', '١٢٣٤', '12.4', '-1234'])(
    'refuses %j',
    (pin) => {
      expect(checkPinFormat(pin)).toBe('kiosk.pinFormat');
    },
  );
});

describe('hashPin / verifyPin', () => {
  it('stores a salted PBKDF2 hash, never the PIN', async () => {
    const record = await hashPin('4711', salt);
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(record.iterations).toBeGreaterThanOrEqual(200_000);
    expect(record.salt).toBe('0102030405060708090a0b0c0d0e0f10');
    expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain('4711');
    expect(isPinRecord(record)).toBe(true);
  });

  it('matches PBKDF2-HMAC-SHA256 as Node computes it', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const record = await hashPin('4711', salt);
    expect(record.hash).toBe(
      pbkdf2Sync('4711', Buffer.from(salt), PIN_ITERATIONS, 32, 'sha256').toString('hex'),
    );
  });

  it('uses a fresh random salt each time', async () => {
    const [a, b] = await Promise.all([hashPin('4711'), hashPin('4711')]);
    expect(a.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('4711', a)).toBe(true);
    expect(await verifyPin('4711', b)).toBe(true);
  });

  it('refuses to hash a PIN of the wrong format or a salt of the wrong size', async () => {
    await expect(hashPin('12')).rejects.toThrow(/4 to 12 digits/);
    await expect(hashPin('1234', new Uint8Array(8))).rejects.toThrow(/16 bytes/);
  });

  it('accepts the right PIN only', async () => {
    const record = await hashPin('123456', salt);
    expect(await verifyPin('123456', record)).toBe(true);
    for (const wrong of ['123457', '12345', '1234560', '', 'abcdef', '123456 ']) {
      expect(await verifyPin(wrong, record)).toBe(false);
    }
  });

  it('is false for a tampered or malformed record instead of throwing or hanging', async () => {
    const record = await hashPin('1234', salt);
    const flipped = (record.hash[0] === '0' ? '1' : '0') + record.hash.slice(1);
    expect(await verifyPin('1234', { ...record, hash: flipped })).toBe(false);
    expect(await verifyPin('1234', { ...record, salt: 'ff'.repeat(16) })).toBe(false);
    expect(await verifyPin('1234', { ...record, hash: record.hash.slice(2) })).toBe(false);
    expect(await verifyPin('1234', { ...record, salt: 'zz'.repeat(16) })).toBe(false);
    expect(await verifyPin('1234', { ...record, iterations: 1 })).toBe(false);
    expect(await verifyPin('1234', { ...record, iterations: 1e12 })).toBe(false);
    expect(await verifyPin('1234', null as never)).toBe(false);
    expect(isPinRecord({ salt: record.salt, hash: record.hash })).toBe(false);
  });
});

describe('pinRetryDelayMs', () => {
  it('costs nothing for the first four failures, then doubles from 2 s after the fifth', () => {
    expect([0, 1, 2, 3, 4].map(pinRetryDelayMs)).toEqual([0, 0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(pinRetryDelayMs)).toEqual([2_000, 4_000, 8_000, 16_000]);
  });
  it('is capped at five minutes', () => {
    expect(pinRetryDelayMs(12)).toBe(256_000);
    expect(pinRetryDelayMs(13)).toBe(MAX_PIN_DELAY_MS);
    expect(pinRetryDelayMs(1_000)).toBe(MAX_PIN_DELAY_MS);
    expect(pinRetryDelayMs(Number.MAX_SAFE_INTEGER)).toBe(MAX_PIN_DELAY_MS);
  });
  it('treats nonsense as no failure', () => {
    expect(pinRetryDelayMs(-3)).toBe(0);
    expect(pinRetryDelayMs(Number.NaN)).toBe(0);
  });
});
