import type { WebPreferences } from 'electron';
import { isAllowedExternalUrl } from './external-links';

/** The renderer's web preferences: isolated, sandboxed, no Node, nothing legacy. */
export function secureWebPreferences({
  preloadPath,
  devTools,
}: {
  preloadPath: string;
  devTools: boolean;
}): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools,
  };
}

const productionDirectives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Mantine injects style attributes and <style> tags at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  // The team sync server is configured at run time in the renderer, after this policy is
  // fixed (the browser build bakes it into index.html): any https server, and plain http only
  // to this machine. script-src 'self' keeps foreign scripts out, which is what matters here.
  'connect-src': ["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*'],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * The Content-Security-Policy of the renderer. In development Vite's React refresh needs an
 * inline preamble script and a websocket to the dev server; a packaged app never gets these.
 */
export function contentSecurityPolicy({ dev }: { dev: boolean }): string {
  const directives = structuredClone(productionDirectives);
  if (dev) {
    directives['script-src']?.push("'unsafe-inline'");
    directives['connect-src']?.push('ws://localhost:*', 'ws://127.0.0.1:*');
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The production CSP, as a constant for tests and documentation. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ dev: false });

export type ResponseHeaders = Record<string, string | string[]>;

/** Response headers with our CSP, replacing any CSP header (in any letter case) the server sent. */
export function withContentSecurityPolicy(
  headers: ResponseHeaders | undefined,
  csp: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() === 'content-security-policy') continue;
    result[name] = Array.isArray(value) ? value : [value];
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}

// Everything else (camera, geolocation, notifications, openExternal, …) is denied.
// Clipboard writes back "copy" buttons; fullscreen backs the trade-fair presentation.
const grantedPermissions = new Set(['clipboard-sanitized-write', 'fullscreen']);

/** Whether a permission request from `requestingUrl` is granted: only two, only for our own page. */
export function isPermissionGranted({
  permission,
  requestingUrl,
  isTrustedUrl,
}: {
  permission: string;
  requestingUrl: string;
  isTrustedUrl: (url: string) => boolean;
}): boolean {
  return grantedPermissions.has(permission) && isTrustedUrl(requestingUrl);
}

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * will-navigate: our own origin may reload itself (dev reload, HMR); an allowlisted link opens
 * in the system browser instead; anything else is blocked, so the window never leaves its origin.
 */
export function decideNavigation({
  url,
  isTrustedUrl,
}: {
  url: string;
  isTrustedUrl: (url: string) => boolean;
}): NavigationDecision {
  if (isTrustedUrl(url)) return 'allow';
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}

/** window.open / target=_blank: never a new Electron window; allowlisted links go to the browser. */
export function decideWindowOpen(url: string): Exclude<NavigationDecision, 'allow'> {
  return isAllowedExternalUrl(url) ? 'open-external' : 'deny';
}
