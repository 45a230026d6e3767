import type { SyncTokenGetResponse, SyncTokenSetResponse } from '#shared/ipc/contract';
import { ipcError } from '#shared/ipc/errors';

// No `electron` import: index.ts injects the real safeStorage and fs, so this runs in a
// plain Node test. The token never reaches the disk unencrypted.

/** The part of Electron's `safeStorage` this module uses. */
export type SafeStorageLike = {
  isEncryptionAvailable: () => boolean;
  encryptString: (plainText: string) => Uint8Array;
  decryptString: (encrypted: Buffer) => string;
};

/** The file operations the credential store needs (node:fs/promises fits). */
export type CredentialFileSystem = {
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: Uint8Array, options: { mode: number }) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  rm: (path: string, options: { force: true }) => Promise<void>;
};

export type CredentialStore = {
  /** The token: from memory, else decrypted from the file; null when none is usable. */
  get: () => Promise<SyncTokenGetResponse>;
  /** Keeps the token encrypted in the file, or in memory only when encryption is unavailable. */
  set: (token: string) => Promise<SyncTokenSetResponse>;
  /** Forgets the token in memory and on disk. */
  clear: () => Promise<void>;
};

export type CredentialStoreDeps = {
  safeStorage: SafeStorageLike;
  /**
   * Linux only: the password store safeStorage picked. 'basic_text' encrypts with a key built
   * into Chromium, which protects nothing, so it counts as no encryption.
   */
  linuxBackend?: () => string;
  fs: CredentialFileSystem;
  /** The encrypted token's file, in the app's userData folder. */
  filePath: string;
  /** Where problems that do not stop the app are reported (a damaged file). */
  warn?: (message: string) => void;
};

/** The encrypted token's file name in the userData folder. */
export const SYNC_TOKEN_FILE = 'sync-token.bin';

/** Owner read/write only: the file is encrypted, but nobody else needs to see it. */
const FILE_MODE = 0o600;

function isMissingFile(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function ioFailed(action: string, path: string, error: unknown): Error {
  return ipcError({
    code: 'io-failed',
    message: `Could not ${action} the sync token file "${path}": ${reasonOf(error)}`,
    details: { path },
  });
}

/** The desktop's sync token store over safeStorage and one file (see DESIGN.md, Security). */
export function createCredentialStore({
  safeStorage,
  linuxBackend,
  fs,
  filePath,
  warn = (message) => console.warn(message),
}: CredentialStoreDeps): CredentialStore {
  // The last token set or read in this run; also the only copy when encryption is unavailable.
  let memory: string | null = null;
  const canEncrypt = () => safeStorage.isEncryptionAvailable() && linuxBackend?.() !== 'basic_text';

  const readFile = async (): Promise<string | null> => {
    let encrypted: Uint8Array;
    try {
      encrypted = await fs.readFile(filePath);
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw ioFailed('read', filePath, error);
    }
    if (!canEncrypt()) {
      warn('The sync token cannot be decrypted: the system offers no encryption right now.');
      return null;
    }
    try {
      return safeStorage.decryptString(Buffer.from(encrypted));
    } catch (error) {
      // Another user's keychain or a damaged file: the user logs in again, nothing else breaks.
      warn(`The stored sync token cannot be decrypted and is ignored: ${reasonOf(error)}`);
      return null;
    }
  };

  const removeFile = async (): Promise<void> => {
    try {
      await fs.rm(filePath, { force: true });
    } catch (error) {
      throw ioFailed('remove', filePath, error);
    }
  };

  return {
    async get() {
      memory ??= await readFile();
      return { token: memory };
    },

    async set(token) {
      memory = token;
      if (!canEncrypt()) {
        // Never write a token in plain text; a stale encrypted one must not come back either.
        await removeFile();
        return { persisted: false, reason: 'encryption-unavailable' };
      }
      const temporary = `${filePath}.${Date.now().toString(36)}.tmp`;
      try {
        await fs.writeFile(temporary, safeStorage.encryptString(token), { mode: FILE_MODE });
        await fs.rename(temporary, filePath);
      } catch (error) {
        await fs.rm(temporary, { force: true }).catch(() => undefined);
        throw ioFailed('write', filePath, error);
      }
      return { persisted: true };
    },

    async clear() {
      memory = null;
      await removeFile();
    },
  };
}
