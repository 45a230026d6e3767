import { describe, expect, it } from 'vitest';
import { acceptAttribute, acceptToFilters, normalizeAccept, resolveMaxBytes } from './files';

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
