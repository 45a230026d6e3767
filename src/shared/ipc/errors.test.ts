import { describe, expect, it } from 'vitest';
import { decodeIpcError, fileTooLargeError, ipcError } from './errors';
import { formatBytes } from './limits';

describe('ipc errors', () => {
  it('round-trips through the message Electron prefixes', () => {
    const info = fileTooLargeError({ name: 'big.xlsx', size: 26_500_000, limit: 20 * 1024 * 1024 });
    const electronMessage = `Error invoking remote method 'file:open': Error: ${ipcError(info).message}`;
    expect(decodeIpcError(electronMessage)).toEqual({
      code: 'file-too-large',
      message: '"big.xlsx" is 25.3 MiB; files larger than 20 MiB cannot be opened.',
      details: { name: 'big.xlsx', size: 26_500_000, limit: 20_971_520 },
    });
  });

  it('decodes an error without details', () => {
    const error = ipcError({ code: 'forbidden-sender', message: 'nope' });
    expect(decodeIpcError(error.message)).toEqual({ code: 'forbidden-sender', message: 'nope' });
  });

  it.each([
    'plain failure',
    'QUOTIENT_IPC_ERROR:{not json',
    'QUOTIENT_IPC_ERROR:null',
    'QUOTIENT_IPC_ERROR:{"code":"made-up","message":"x"}',
    'QUOTIENT_IPC_ERROR:{"code":"io-failed","message":42}',
  ])('returns null for %j', (message) => {
    expect(decodeIpcError(message)).toBeNull();
  });

  it('drops malformed details but keeps the error', () => {
    const message = 'QUOTIENT_IPC_ERROR:{"code":"io-failed","message":"m","details":{"a":{}}}';
    expect(decodeIpcError(message)).toEqual({ code: 'io-failed', message: 'm' });
  });
});

describe('formatBytes', () => {
  it.each([
    [12, '12 bytes'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [20 * 1024 * 1024, '20 MiB'],
    [100 * 1024 * 1024, '100 MiB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
