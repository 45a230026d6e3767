import { describe, expect, it } from 'vitest';
import {
  acceptAttribute,
  acceptToFilters,
  draftFileName,
  normalizeAccept,
  resolveMaxBytes,
} from './files';
import { mailOpenDraftRequestSchema } from '#shared/ipc/contract';

describe('normalizeAccept', () => {
  it('sorts extensions with or without dot and MIME types, dropping junk and duplicates', () => {
    expect(
      normalizeAccept([
        'png',
        '.JPG',
        ' jpeg ',
        'png',
        'image/webp',
        'image/*',
        '*.exe',
        '../x',
        'a/b/c',
        '',
      ]),
    ).toEqual({ extensions: ['png', 'jpg', 'jpeg'], mimeTypes: ['image/webp', 'image/*'] });
  });

  it('is empty without accept', () => {
    expect(normalizeAccept(undefined)).toEqual({ extensions: [], mimeTypes: [] });
  });
});

describe('acceptAttribute', () => {
  it('builds the file input attribute', () => {
    expect(acceptAttribute(['png', '.svg', 'application/json'])).toBe('.png,.svg,application/json');
    expect(acceptAttribute(undefined)).toBe('');
  });
});

describe('acceptToFilters', () => {
  it('makes one named filter from extensions and known MIME types', () => {
    expect(acceptToFilters(['png', 'jpg', 'jpeg', 'svg'])).toEqual([
      { name: 'PNG, JPG, JPEG, SVG', extensions: ['png', 'jpg', 'jpeg', 'svg'] },
    ]);
    expect(acceptToFilters(['.json', 'application/pdf'])).toEqual([
      { name: 'JSON, PDF', extensions: ['json', 'pdf'] },
    ]);
  });

  it('shows all files when nothing or an unknown MIME type is given', () => {
    expect(acceptToFilters(undefined)).toBeUndefined();
    expect(acceptToFilters([])).toBeUndefined();
    expect(acceptToFilters(['json', 'application/x-unknown'])).toBeUndefined();
  });
});

describe('resolveMaxBytes', () => {
  it('defaults to 20 MiB and keeps valid limits', () => {
    expect(resolveMaxBytes(undefined)).toBe(20 * 1024 * 1024);
    expect(resolveMaxBytes(512 * 1024)).toBe(512 * 1024);
    expect(resolveMaxBytes(100 * 1024 * 1024)).toBe(100 * 1024 * 1024);
  });

  it.each([0, -1, 1.5, 100 * 1024 * 1024 + 1, Number.NaN])('rejects %d', (maxBytes) => {
    expect(() => resolveMaxBytes(maxBytes)).toThrow(
      `openFile: maxBytes must be a whole number from 1 to 104857600, got ${maxBytes}`,
    );
  });
});

describe('draftFileName', () => {
  it('makes any title a safe name ending in .eml that the desktop accepts', () => {
    const names = [
      'Angebot AN-2026-0042: Müller & Söhne',
      'Angebot.eml',
      'Angebot.EML',
      '',
      '.eml',
      '  ..versteckt',
      'x'.repeat(300),
      'Angebot.pdf',
    ].map(draftFileName);
    expect(names.slice(0, 6)).toEqual([
      'Angebot AN-2026-0042_ Müller & Söhne.eml',
      'Angebot.eml',
      'Angebot.eml',
      'Entwurf.eml',
      'Entwurf.eml',
      'versteckt.eml',
    ]);
    expect(names[6]).toBe(`${'x'.repeat(180)}.eml`);
    expect(names[7]).toBe('Angebot.pdf.eml');
    for (const fileName of names) {
      expect(
        mailOpenDraftRequestSchema.safeParse({ fileName, data: new Uint8Array([1]) }).success,
      ).toBe(true);
    }
  });
});
