import { describe, expect, it } from 'vitest';
import { isPdf, sha256Hex } from './datasheet';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('sha256Hex', () => {
  it('matches the published SHA-256 test vectors', async () => {
    expect(await sha256Hex(bytes(''))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(await sha256Hex(bytes('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('isPdf', () => {
  it('accepts the PDF signature and refuses anything else', () => {
    expect(isPdf(bytes('%PDF-1.7\n…'))).toBe(true);
    expect(isPdf(bytes('%PDF'))).toBe(false);
    expect(isPdf(bytes('PK\u0003\u0004'))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });
});
