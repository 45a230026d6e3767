import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, openExternalSafely } from './external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://www.quotient.de/hilfe?thema=angebote#export',
    'https://example.com:8443/path',
    'https://xn--mller-kva.de/',
    'mailto:vertrieb@example.com',
    'mailto:vertrieb@example.com?subject=Angebot%202026-001',
    'mailto:vertrieb@example.com?subject=Angebot&body=Hallo&cc=chef@example.com',
    'mailto:a@example.com,b@example.org',
    'mailto:j%C3%BCrgen@example.de',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript', 'javascript:alert(1)'],
    ['javascript, upper case', 'JAVASCRIPT:alert(1)'],
    ['javascript hidden behind a tab', 'java\tscript:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['file UNC', 'file://server/share/x.exe'],
    ['http', 'http://example.com'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:https://example.com/uuid'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['app scheme', 'app://quotient/index.html'],
    ['user and password', 'https://user:pass@example.com/'],
    ['user only', 'https://user@example.com/'],
    ['credential phishing', 'https://bank.de@evil.example/'],
    ['relative', '/clients'],
    ['empty', ''],
    ['malformed', 'https://'],
    ['leading space', ' https://example.com'],
    ['newline inside', 'https://exa\nmple.com'],
    ['over 2048 characters', `https://example.com/${'a'.repeat(2048)}`],
    ['mailto without address', 'mailto:'],
    ['mailto with host form', 'mailto://evil.example'],
    ['mailto without domain', 'mailto:root'],
    ['mailto with a malformed escape', 'mailto:a%E0%A4%A@example.com'],
    ['mailto smuggling a second @', 'mailto:a@b@example.com'],
    ['mailto attaching a local file', 'mailto:a@example.com?attach=/home/u/.ssh/id_rsa'],
    ['mailto with an unknown header', 'mailto:a@example.com?subject=x&X-Evil=1'],
  ])('rejects %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('rejects non-strings from untyped callers', () => {
    expect(isAllowedExternalUrl(42 as unknown as string)).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it('opens an allowed URL', async () => {
    const openExternal = vi.fn(async () => undefined);
    await expect(openExternalSafely({ url: 'https://example.com', openExternal })).resolves.toBe(
      true,
    );
    expect(openExternal.mock.calls).toEqual([['https://example.com']]);
  });

  it('never calls openExternal for a refused URL', async () => {
    const openExternal = vi.fn(async () => undefined);
    await expect(openExternalSafely({ url: 'file:///bin/sh', openExternal })).resolves.toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });
});
