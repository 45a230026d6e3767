import { describe, expect, it, vi } from 'vitest';
import { decodeIpcError } from '#shared/ipc/errors';
import type { CredentialFileSystem, SafeStorageLike } from './credentials';
import { createCredentialStore } from './credentials';

const FILE = '/home/anna/.config/Quotient/sync-token.bin';

/** A reversible fake cipher, so a test sees that the file never holds the plain token. */
function fakeSafeStorage(available = true): SafeStorageLike & { available: boolean } {
  const state = {
    available,
    isEncryptionAvailable: () => state.available,
    encryptString: (plain: string) =>
      Uint8Array.from(Buffer.from(`enc:${plain}`).map((byte) => byte ^ 0x5a)),
    decryptString: (encrypted: Buffer) => {
      const text = Buffer.from(encrypted.map((byte) => byte ^ 0x5a)).toString();
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext');
      return text.slice(4);
    },
  };
  return state;
}

function fakeFs() {
  const files = new Map<string, Uint8Array>();
  const modes = new Map<string, number>();
  const fs: CredentialFileSystem = {
    readFile: vi.fn(async (path: string) => {
      const data = files.get(path);
      if (!data) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return data;
    }),
    writeFile: vi.fn(async (path: string, data: Uint8Array, options: { mode: number }) => {
      files.set(path, data);
      modes.set(path, options.mode);
    }),
    rename: vi.fn(async (from: string, to: string) => {
      files.set(to, files.get(from) as Uint8Array);
      modes.set(to, modes.get(from) as number);
      files.delete(from);
    }),
    rm: vi.fn(async (path: string) => void files.delete(path)),
  };
  return { fs, files, modes };
}

function setup({
  available = true,
  linuxBackend,
}: { available?: boolean; linuxBackend?: string } = {}) {
  const safeStorage = fakeSafeStorage(available);
  const { fs, files, modes } = fakeFs();
  const warn = vi.fn();
  const store = () =>
    createCredentialStore({
      safeStorage,
      fs,
      filePath: FILE,
      warn,
      ...(linuxBackend ? { linuxBackend: () => linuxBackend } : {}),
    });
  return { safeStorage, fs, files, modes, warn, store };
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (reason: unknown) => reason as Error,
  );
  return decodeIpcError(error.message) ?? { raw: error.message };
}

describe('credential store', () => {
  it('keeps the token encrypted in a private file that survives a restart', async () => {
    const { files, modes, store } = setup();
    expect(await store().set('qt_secret-1')).toEqual({ persisted: true });
    expect([...files.keys()]).toEqual([FILE]);
    expect(modes.get(FILE)).toBe(0o600);
    expect(Buffer.from(files.get(FILE) as Uint8Array).toString()).not.toContain('qt_secret-1');
    // A new store is what the next app start sees.
    expect(await store().get()).toEqual({ token: 'qt_secret-1' });
  });

  it('reports no token when nothing was stored', async () => {
    const { store, warn } = setup();
    expect(await store().get()).toEqual({ token: null });
    expect(warn).not.toHaveBeenCalled();
  });

  it('forgets the token in memory and on disk', async () => {
    const { files, store } = setup();
    const credentials = store();
    await credentials.set('qt_secret-1');
    await credentials.clear();
    expect(await credentials.get()).toEqual({ token: null });
    expect(await store().get()).toEqual({ token: null });
    expect(files.size).toBe(0);
  });

  it('keeps the token in memory only, and says why, when encryption is unavailable', async () => {
    const { files, fs, store } = setup({ available: false });
    const credentials = store();
    expect(await credentials.set('qt_secret-1')).toEqual({
      persisted: false,
      reason: 'encryption-unavailable',
    });
    expect(fs.writeFile).not.toHaveBeenCalled();
    expect(files.size).toBe(0);
    expect(await credentials.get()).toEqual({ token: 'qt_secret-1' });
    expect(await store().get()).toEqual({ token: null });
  });

  it('treats Linux without a keyring (basic_text) as no encryption', async () => {
    const { files, store } = setup({ linuxBackend: 'basic_text' });
    expect(await store().set('qt_secret-1')).toEqual({
      persisted: false,
      reason: 'encryption-unavailable',
    });
    expect(files.size).toBe(0);
    const keyring = setup({ linuxBackend: 'gnome_libsecret' });
    expect(await keyring.store().set('qt_secret-1')).toEqual({ persisted: true });
  });

  it('removes an older encrypted token when the new one cannot be persisted', async () => {
    const { files, safeStorage, store } = setup();
    await store().set('qt_old');
    safeStorage.available = false;
    await store().set('qt_new');
    expect(files.size).toBe(0);
  });

  it('ignores, with a warning, a file it cannot decrypt', async () => {
    const { files, store, warn } = setup();
    files.set(FILE, new Uint8Array([1, 2, 3]));
    expect(await store().get()).toEqual({ token: null });
    expect(warn.mock.calls).toEqual([
      [
        'The stored sync token cannot be decrypted and is ignored: Error while decrypting the ciphertext',
      ],
    ]);
  });

  it('reports a file it cannot read', async () => {
    const { fs, store } = setup();
    fs.readFile = vi.fn(async () => {
      throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    });
    expect(await rejection(store().get())).toEqual({
      code: 'io-failed',
      message: `Could not read the sync token file "${FILE}": EACCES: permission denied`,
      details: { path: FILE },
    });
  });

  it('leaves no temporary file behind when writing fails', async () => {
    const { files, fs, store } = setup();
    fs.rename = vi.fn(async () => {
      throw new Error('ENOSPC: no space left on device');
    });
    expect(await rejection(store().set('qt_secret-1'))).toEqual({
      code: 'io-failed',
      message: `Could not write the sync token file "${FILE}": ENOSPC: no space left on device`,
      details: { path: FILE },
    });
    expect(files.size).toBe(0);
  });
});
