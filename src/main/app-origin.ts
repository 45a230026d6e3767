// The renderer lives at app://quotient/ from the first release on: IndexedDB belongs to the
// origin, so the origin must never change (and file:// would share one origin with every file).
export const APP_SCHEME = 'app';
export const APP_HOST = 'quotient';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is a page of our own origin, app://quotient/… (URL.origin is "null" for it). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
  } catch {
    return false;
  }
}
