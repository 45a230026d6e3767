/** Status shapes shared by the sync engine (src/shared) and the renderer's sync service. */

/** Why a run failed; the UI shows a translated reason and what to do for each code. */
export type SyncErrorCode =
  /** 401: token expired or revoked: log in again. */
  | 'unauthorized'
  /** 403: not (any more) a member of the workspace, or the client id belongs to another user. */
  | 'forbidden'
  /** 426: the server speaks another protocol version: update the app. */
  | 'protocol'
  /** This device's clock is too far off the server's even after offset correction. */
  | 'clock'
  /** The server refused a change (400/413) or answered with something that is not the protocol. */
  | 'rejected'
  /** 5xx or 429 after retries. */
  | 'server'
  /** The request did not reach the server or no reply came back (offline, DNS, timeout). */
  | 'network';

export type SyncProgress = {
  /** Field changes pushed in this run so far, and how many were pending at its start. */
  pushed: number;
  toPush: number;
  /** Field changes pulled and applied in this run so far; `toPull` when known (initial sync). */
  pulled: number;
  toPull?: number;
};

/** A field value this device had written that a pulled change from another device overwrote. */
export type SyncConflict = {
  id: string;
  table: string;
  rowId: string;
  field: string;
  /** A readable name of the record (client name, offer number, line name), when known. */
  label?: string;
  /** The value this device had, now overwritten, with its stamp and author. */
  localValue: unknown;
  localHlc: string;
  localBy?: string;
  /** The value now stored (the winner), with its stamp and author. */
  remoteValue: unknown;
  remoteHlc: string;
  remoteBy?: string;
  /**
   * Why the pulled value was not simply taken: 'locked' when the row belongs to a contract
   * revision signed on this device; the local value is kept and `remoteValue` was not applied.
   */
  reason?: 'locked';
  detectedAt: string;
};

/**
 * A pulled change this device refused to write onto a row (see checkChange): a reserved or
 * unknown field, or a value of the wrong form. Kept on the device with its reason; listed in
 * the sync settings.
 */
export type ParkedSyncChange = {
  table: string;
  /** The record the change addressed. */
  id: string;
  field: string;
  value: unknown;
  hlc: string;
  reason: 'reserved-field' | 'unknown-field' | 'invalid-value';
  /** The problem in English, for support (the UI shows the translated reason). */
  message: string;
  /** When this device parked it (ISO). */
  parkedAt: string;
  /** A readable name of the record when this device has it (listed, not stored). */
  label?: string;
};
