import { describe, expect, it } from 'vitest';
import { isValidPostalCode } from './postal-code';

const check = (country: string, codes: string[]) =>
  codes.map((code) => [code, isValidPostalCode(country, code)]);

describe('isValidPostalCode', () => {
  it('accepts German five-digit codes, not 00xxx', () => {
    expect(
      check('DE', ['40210', '01067', '99998', ' 10115 ', '00123', '4021', '402100', '4021O', '']),
    ).toEqual([
      ['40210', true],
      ['01067', true],
      ['99998', true],
      [' 10115 ', true],
      ['00123', false],
      ['4021', false],
      ['402100', false],
      ['4021O', false],
      ['', false],
    ]);
  });

  it('accepts four-digit codes for AT, CH, BE, DK and LU', () => {
    expect([
      isValidPostalCode('AT', '1010'),
      isValidPostalCode('CH', '8001'),
      isValidPostalCode('BE', '1000'),
      isValidPostalCode('DK', '0900'),
      isValidPostalCode('LU', '1009'),
      isValidPostalCode('AT', '10100'),
      isValidPostalCode('CH', '0800'),
      isValidPostalCode('BE', '100'),
      isValidPostalCode('DK', '12345'),
      isValidPostalCode('LU', 'L1009'),
    ]).toEqual([true, true, true, true, true, false, false, false, false, false]);
  });

  it('accepts Dutch codes with or without the space, in any case', () => {
    expect(
      check('NL', ['1012 AB', '1012AB', '1012 ab', '0123 AB', '1012 A', '1012 SS', '1012-AB']),
    ).toEqual([
      ['1012 AB', true],
      ['1012AB', true],
      ['1012 ab', true],
      ['0123 AB', false],
      ['1012 A', false],
      ['1012 SS', false],
      ['1012-AB', false],
    ]);
  });

  it('accepts five digits for FR, IT, ES and FI', () => {
    expect([
      isValidPostalCode('FR', '75008'),
      isValidPostalCode('IT', '00184'),
      isValidPostalCode('ES', '28013'),
      isValidPostalCode('FI', '00100'),
      isValidPostalCode('FR', '7500'),
      isValidPostalCode('IT', '001844'),
      isValidPostalCode('ES', '53001'), // no province 53
      isValidPostalCode('FI', 'FI-00100'),
    ]).toEqual([true, true, true, true, false, false, false, false]);
  });

  it('requires the dash in Polish codes', () => {
    expect(check('PL', ['00-950', '02-495', '00950', '0-0950', '00-95'])).toEqual([
      ['00-950', true],
      ['02-495', true],
      ['00950', false],
      ['0-0950', false],
      ['00-95', false],
    ]);
  });

  it('accepts UK postcodes in all outward code shapes', () => {
    expect(
      check('GB', [
        'SW1A 1AA',
        'M1 1AE',
        'B33 8TH',
        'CR2 6XH',
        'DN55 1PT',
        'W1A 0AX',
        'ec1a1bb',
        'GIR 0AA',
        'SW1A',
        '1AA SW1',
        'SW1A 1A',
      ]),
    ).toEqual([
      ['SW1A 1AA', true],
      ['M1 1AE', true],
      ['B33 8TH', true],
      ['CR2 6XH', true],
      ['DN55 1PT', true],
      ['W1A 0AX', true],
      ['ec1a1bb', true],
      ['GIR 0AA', true],
      ['SW1A', false],
      ['1AA SW1', false],
      ['SW1A 1A', false],
    ]);
  });

  it('accepts 2–10 alphanumerics, spaces and dashes for other countries', () => {
    expect(
      check('US', [
        '10001',
        '10001-1234',
        'D02 X285',
        'AB',
        'A',
        '12345678901',
        '1000/1',
        '-1000',
        '1000 ',
        '',
      ]),
    ).toEqual([
      ['10001', true],
      ['10001-1234', true],
      ['D02 X285', true],
      ['AB', true],
      ['A', false],
      ['12345678901', false],
      ['1000/1', false],
      ['-1000', false],
      ['1000 ', true], // trimmed
      ['', false],
    ]);
  });

  it('treats the country case-insensitively and falls back for unknown codes', () => {
    expect([
      isValidPostalCode('de', '40210'),
      isValidPostalCode(' De ', '00123'),
      isValidPostalCode('', 'X1 2'),
      isValidPostalCode('ZZ', '1'),
    ]).toEqual([true, false, true, false]);
  });
});
