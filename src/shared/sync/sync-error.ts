import type { SyncErrorCode } from './status';

/** A failed sync step, with the reason the UI translates. */
export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
    /** The server's own `error` code (protocol.ts errorCodes), where it sent one. */
    readonly serverCode?: string,
  ) {
    super(message);
  }
}
