import { describe, expect, it } from 'vitest';
import { fileTooLargeError, ipcError } from '#shared/ipc/errors';
import { PlatformError, toPlatformError } from './errors';

const plain = (error: PlatformError) => ({
  name: error.name,
  code: error.code,
  message: error.message,
  details: error.details,
});

describe('toPlatformError', () => {
  it('decodes a structured error from main, prefix and all', () => {
    const info = fileTooLargeError({
      name: 'a.json',
      size: 30 * 1024 * 1024,
      limit: 20 * 1024 * 1024,
    });
    const thrown = new Error(
      `Error invoking remote method 'file:open': Error: ${ipcError(info).message}`,
    );
    expect(plain(toPlatformError(thrown))).toEqual({
      name: 'PlatformError',
      code: 'file-too-large',
      message: '"a.json" is 30 MiB; files larger than 20 MiB cannot be opened.',
      details: { name: 'a.json', size: 31_457_280, limit: 20_971_520 },
    });
  });

  it('strips Electron’s prefix from an unstructured error', () => {
    const thrown = new Error("Error invoking remote method 'app:info': TypeError: boom");
    expect(plain(toPlatformError(thrown))).toEqual({
      name: 'PlatformError',
      code: 'unknown',
      message: 'boom',
      details: {},
    });
  });

  it('keeps a PlatformError and wraps non-errors', () => {
    const original = new PlatformError({ code: 'io-failed', message: 'disk full' });
    expect(toPlatformError(original)).toBe(original);
    expect(plain(toPlatformError('weird'))).toEqual({
      name: 'PlatformError',
      code: 'unknown',
      message: 'weird',
      details: {},
    });
  });

  it('is an Error', () => {
    expect(toPlatformError(new Error('x'))).toBeInstanceOf(Error);
  });
});
