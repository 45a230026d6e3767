import { formatBytes } from './limits';

// Electron passes only an Error's message from main to the renderer (prefixed with
// "Error invoking remote method …"), so structured errors travel as a marked JSON message.

export const ipcErrorCodes = [
  'invalid-payload',
  'forbidden-sender',
  'file-too-large',
  'io-failed',
] as const;
export type IpcErrorCode = (typeof ipcErrorCodes)[number];

export type IpcErrorDetails = Record<string, string | number>;
export type IpcErrorInfo = { code: IpcErrorCode; message: string; details?: IpcErrorDetails };

const MARKER = 'QUOTIENT_IPC_ERROR:';

/** Error thrown by a main-process handler; the renderer decodes it with `decodeIpcError`. */
export function ipcError(info: IpcErrorInfo): Error {
  return new Error(`${MARKER}${JSON.stringify(info)}`);
}

/** Reads a structured IPC error out of any error message that carries one, else null. */
export function decodeIpcError(message: string): IpcErrorInfo | null {
  const start = message.indexOf(MARKER);
  if (start < 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(message.slice(start + MARKER.length));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { code, message: text, details } = value as Record<string, unknown>;
  if (!(ipcErrorCodes as readonly unknown[]).includes(code) || typeof text !== 'string') {
    return null;
  }
  const info: IpcErrorInfo = { code: code as IpcErrorCode, message: text };
  if (isDetails(details)) info.details = details;
  return info;
}

function isDetails(value: unknown): value is IpcErrorDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

/** The one "file too large" error, shared by main and the browser platform. */
export function fileTooLargeError({
  name,
  size,
  limit,
}: {
  name: string;
  size: number;
  limit: number;
}): IpcErrorInfo {
  return {
    code: 'file-too-large',
    message: `"${name}" is ${formatBytes(size)}; files larger than ${formatBytes(limit)} cannot be opened.`,
    details: { name, size, limit },
  };
}
