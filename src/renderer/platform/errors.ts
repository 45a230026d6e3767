import type { IpcErrorCode, IpcErrorDetails, IpcErrorInfo } from '#shared/ipc/errors';
import { decodeIpcError } from '#shared/ipc/errors';

export type PlatformErrorCode = IpcErrorCode | 'unknown';

/** Every failure of a Platform method; `code` lets the UI pick a translated message. */
export class PlatformError extends Error {
  readonly code: PlatformErrorCode;
  readonly details: IpcErrorDetails;

  constructor({
    code,
    message,
    details = {},
  }: {
    code: PlatformErrorCode;
    message: string;
    details?: IpcErrorDetails;
  }) {
    super(message);
    this.name = 'PlatformError';
    this.code = code;
    this.details = details;
  }

  /** From a structured IPC error, e.g. `fileTooLargeError(…)`. */
  static from(info: IpcErrorInfo): PlatformError {
    return new PlatformError(info);
  }
}

// Electron rejects invoke() with "Error invoking remote method '<channel>': Error: <message>".
const ELECTRON_PREFIX = /^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/;

/** Turns whatever a bridge call threw into a PlatformError with a clean message. */
export function toPlatformError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const info = decodeIpcError(message);
  if (info) return PlatformError.from(info);
  return new PlatformError({ code: 'unknown', message: message.replace(ELECTRON_PREFIX, '') });
}
