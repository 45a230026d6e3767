import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  decideNavigation,
  decideWindowOpen,
  isPermissionGranted,
  secureWebPreferences,
  withContentSecurityPolicy,
} from './security';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer', () => {
    expect(
      secureWebPreferences({ preloadPath: '/app/out/preload/index.cjs', devTools: false }),
    ).toEqual({
      preload: '/app/out/preload/index.cjs',
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
      devTools: false,
    });
  });
});

describe('contentSecurityPolicy', () => {
  it('is strict in production', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'none'",
      ].join('; '),
    );
  });

  it('lets the renderer reach a team sync server over https, and over http only on this machine', () => {
    const connect = CONTENT_SECURITY_POLICY.split('; ')
      .find((directive) => directive.startsWith('connect-src '))
      ?.split(' ')
      .slice(1);
    expect(connect).toEqual(["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
  });

  it('relaxes only script-src and connect-src for the dev server', () => {
    const dev = contentSecurityPolicy({ dev: true }).split('; ');
    const prod = CONTENT_SECURITY_POLICY.split('; ');
    expect(dev.filter((directive) => !prod.includes(directive))).toEqual([
      "script-src 'self' 'unsafe-inline'",
      "connect-src 'self' https: http://127.0.0.1:* http://localhost:* ws://localhost:* ws://127.0.0.1:*",
    ]);
    // Building the dev policy must not leak into the production one.
    expect(contentSecurityPolicy({ dev: false })).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces a CSP of any case and keeps other headers', () => {
    expect(
      withContentSecurityPolicy(
        {
          'content-security-policy': 'default-src *',
          'Content-Type': 'text/html',
          'X-A': ['1', '2'],
        },
        "default-src 'self'",
      ),
    ).toEqual({
      'Content-Type': ['text/html'],
      'X-A': ['1', '2'],
      'Content-Security-Policy': ["default-src 'self'"],
    });
  });

  it('adds a CSP when there are no headers', () => {
    expect(withContentSecurityPolicy(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });
});

describe('isPermissionGranted', () => {
  const isTrustedUrl = (url: string) => url.startsWith('app://quotient/');

  it.each([
    ['clipboard-sanitized-write', 'app://quotient/index.html', true],
    ['fullscreen', 'app://quotient/index.html', true],
    ['fullscreen', 'https://evil.example/', false],
    ['media', 'app://quotient/index.html', false],
    ['geolocation', 'app://quotient/index.html', false],
    ['notifications', 'app://quotient/index.html', false],
    ['openExternal', 'app://quotient/index.html', false],
    ['clipboard-read', 'app://quotient/index.html', false],
  ])('%s from %s → %s', (permission, requestingUrl, granted) => {
    expect(isPermissionGranted({ permission, requestingUrl, isTrustedUrl })).toBe(granted);
  });
});

describe('decideNavigation', () => {
  const isTrustedUrl = (url: string) => url.startsWith('app://quotient/');

  it.each([
    ['app://quotient/index.html', 'allow'],
    ['https://example.com/datenblatt.pdf', 'open-external'],
    ['mailto:kunde@example.com', 'open-external'],
    ['http://example.com/', 'deny'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['app://other/index.html', 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(decideNavigation({ url, isTrustedUrl })).toBe(decision);
  });
});

describe('decideWindowOpen', () => {
  it.each([
    ['https://example.com/', 'open-external'],
    ['mailto:kunde@example.com', 'open-external'],
    ['app://quotient/index.html', 'deny'],
    ['about:blank', 'deny'],
    ['data:text/html,x', 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(decideWindowOpen(url)).toBe(decision);
  });
});
