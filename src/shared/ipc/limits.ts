const MiB = 1024 * 1024;

/** Largest file that crosses the boundary in either direction. */
export const MAX_FILE_BYTES = 100 * MiB;
/** Default limit of `file:open` when the caller names none. */
export const DEFAULT_OPEN_MAX_BYTES = 20 * MiB;
export const MAX_FILE_NAME_LENGTH = 200;
/** Most areas the desktop menu's "Go to" lists (the app has 8; room for the coming ones). */
export const MAX_NAV_ENTRIES = 40;
/** Longest menu label of a navigation entry. */
export const MAX_MENU_LABEL_LENGTH = 60;

/** Human-readable size for error messages, e.g. `20 MiB`, `25.3 MiB`, `512 KiB`, `12 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${trimZero((bytes / MiB).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${trimZero((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}

function trimZero(value: string): string {
  return value.endsWith('.0') ? value.slice(0, -2) : value;
}
