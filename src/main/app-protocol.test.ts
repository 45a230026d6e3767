import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
}));
vi.mock('electron', () => ({ protocol: electron }));

const { handleAppProtocol, isAppUrl, mimeTypeFor, registerAppScheme, resolveAppRequest } =
  await import('./app-protocol');

const rootDir = resolve('/opt/quotient/out/renderer');

describe('resolveAppRequest', () => {
  it.each([
    ['app://quotient/index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://quotient/', 'index.html', 'text/html; charset=utf-8'],
    ['app://quotient', 'index.html', 'text/html; charset=utf-8'],
    [
      'app://quotient/assets/index-abc123.js?v=1#x',
      'assets/index-abc123.js',
      'text/javascript; charset=utf-8',
    ],
    ['app://quotient/assets/Inter%20Var.woff2', 'assets/Inter Var.woff2', 'font/woff2'],
    ['app://quotient/assets/../index.html', 'index.html', 'text/html; charset=utf-8'],
    ['app://QUOTIENT/logo.SVG', 'logo.SVG', 'image/svg+xml'],
    // The URL parser folds %2e%2e segments like ../ before we see them: they stay inside.
    ['app://quotient/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd', 'application/octet-stream'],
  ])('serves %s', (url, file, mimeType) => {
    expect(resolveAppRequest({ url, rootDir })).toEqual({
      ok: true,
      filePath: join(rootDir, file),
      mimeType,
    });
  });

  it.each([
    ['encoded slash traversal', 'app://quotient/assets/..%2f..%2f..%2fsecret', 403],
    ['encoded backslash', 'app://quotient/..%5c..%5csecret', 400],
    ['NUL byte', 'app://quotient/index.html%00.png', 400],
    ['malformed escape', 'app://quotient/%E0%A4%A', 400],
    ['another host', 'app://evil/index.html', 404],
    ['another scheme', 'file:///etc/passwd', 404],
    ['https', 'https://quotient/index.html', 404],
    ['garbage', 'not a url', 400],
  ])('refuses %s', (_label, url, status) => {
    const result = resolveAppRequest({ url, rootDir });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.status).toBe(status);
  });

  it('never resolves outside the root for any single-segment escape', () => {
    for (const segment of ['..', '%2e%2e', '.%2e', '%2e.', '%2E%2E']) {
      const result = resolveAppRequest({ url: `app://quotient/${segment}/x`, rootDir });
      if (result.ok) expect(result.filePath.startsWith(`${rootDir}/`)).toBe(true);
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.css', 'text/css; charset=utf-8'],
    ['a.PNG', 'image/png'],
    ['a.wasm', 'application/wasm'],
    ['a.exe', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('isAppUrl', () => {
  it.each([
    ['app://quotient/index.html#/clients', true],
    ['app://quotient', true],
    ['app://quotient.evil/index.html', false],
    ['app://other/index.html', false],
    ['APP://Quotient/index.html', true],
    ['http://quotient/', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('registerAppScheme', () => {
  it('registers app:// as a standard, secure, fetchable scheme', () => {
    registerAppScheme();
    expect(electron.registerSchemesAsPrivileged.mock.calls).toEqual([
      [
        [
          {
            scheme: 'app',
            privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
          },
        ],
      ],
    ]);
  });
});

describe('handleAppProtocol', () => {
  let dir = '';
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'quotient-renderer-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>Q</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    electron.handle.mockClear();
    handleAppProtocol({ rootDir: dir, csp: "default-src 'self'" });
    expect(electron.handle.mock.calls[0]?.[0]).toBe('app');
    handler = electron.handle.mock.calls[0]?.[1];
  });

  it('serves a file with its type and the CSP', async () => {
    const response = await handler(new Request('app://quotient/assets/app.js'));
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/javascript; charset=utf-8',
      'content-security-policy': "default-src 'self'",
      'x-content-type-options': 'nosniff',
    });
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for a missing file and 403 for traversal', async () => {
    expect((await handler(new Request('app://quotient/nope.js'))).status).toBe(404);
    expect((await handler(new Request('app://quotient/..%2f..%2fsecret'))).status).toBe(403);
  });
});
