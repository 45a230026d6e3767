import { join } from 'node:path';
import type { IpcPayload, MailOpenDraftResponse } from '#shared/ipc/contract';
import { ipcError } from '#shared/ipc/errors';

// No `electron` import: index.ts passes shell.openPath and the temp folder, so this runs in a Node test.

export type MailDraftDeps = {
  /** The system's temporary folder (app.getPath('temp')). */
  tempDirectory: string;
  fs: {
    mkdir: (path: string, options: { recursive: true }) => Promise<unknown>;
    writeFile: (path: string, data: Uint8Array) => Promise<void>;
  };
  /** shell.openPath: resolves to '' when opened, else to the system's reason. */
  openPath: (path: string) => Promise<string>;
  /** A fresh folder name per draft, e.g. a UUID. */
  randomId: () => string;
};

/**
 * Why `data` is not an unsent RFC 5322 draft, or null when it is: the header section must be
 * 7-bit text with CRLF lines and carry `X-Unsent: 1`. The mail program, not a viewer or an
 * installer, is what the system picks for it; a file that is something else is refused.
 */
export function draftProblem(data: Uint8Array): string | null {
  const end = indexOfBlankLine(data);
  if (end < 0) return 'has no header section (no blank CRLF line)';
  const head = data.subarray(0, end);
  if (head.some((byte) => byte > 0x7e || (byte < 0x20 && byte !== 0x0d && byte !== 0x0a))) {
    return 'has a header section that is not 7-bit text';
  }
  const headers = Array.from(head, (byte) => String.fromCharCode(byte))
    .join('')
    .split('\r\n');
  if (!headers.some((line) => /^X-Unsent:[ \t]*1[ \t]*$/i.test(line))) {
    return 'is not marked as an unsent draft (X-Unsent: 1)';
  }
  return null;
}

function indexOfBlankLine(data: Uint8Array): number {
  // Headers longer than this are no draft of ours; the limit keeps the scan cheap.
  const limit = Math.min(data.length - 3, 64 * 1024);
  for (let index = 0; index < limit; index++) {
    if (
      data[index] === 13 &&
      data[index + 1] === 10 &&
      data[index + 2] === 13 &&
      data[index + 3] === 10
    ) {
      return index;
    }
  }
  return -1;
}

/** mail:open-draft: writes the draft to a fresh temporary folder and opens it with the system. */
export function createMailDraftHandler(
  deps: MailDraftDeps,
): (payload: IpcPayload<'mail:open-draft'>) => Promise<MailOpenDraftResponse> {
  return async ({ fileName, data }) => {
    const problem = draftProblem(data);
    if (problem) {
      throw ipcError({ code: 'invalid-payload', message: `mail:open-draft: data ${problem}` });
    }
    const id = deps.randomId();
    if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) throw new Error(`Unusable draft folder name "${id}"`);
    const folder = join(deps.tempDirectory, 'quotient-mail', id);
    const path = join(folder, fileName);
    try {
      await deps.fs.mkdir(folder, { recursive: true });
      await deps.fs.writeFile(path, data);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw ipcError({
        code: 'io-failed',
        message: `Could not write "${path}": ${reason}`,
        details: { path },
      });
    }
    const reason = await deps.openPath(path);
    return reason === '' ? { opened: true } : { opened: false, reason };
  };
}
