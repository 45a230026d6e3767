import { describe, expect, it } from 'vitest';
import { sha256Hex } from './hash';

describe('sha256Hex', () => {
  it('hashes text as UTF-8 and bytes alike (FIPS 180-2 test vector "abc")', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect([await sha256Hex('abc'), await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))]).toEqual([
      abc,
      abc,
    ]);
  });
});
