import { describe, expect, it } from 'vitest';
import { hasValidMod11_10CheckDigit, mod97 } from './iso7064';

describe('hasValidMod11_10CheckDigit', () => {
  it('accepts numbers whose last digit is the MOD 11,10 check digit', () => {
    // DE136695976: German VAT id used in python-stdnum's de/vat.py doctest;
    // 33392005961: Croatian OIB from python-stdnum's hr/oib.py doctest.
    expect(['136695976', '811125440', '33392005961'].map(hasValidMod11_10CheckDigit)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('rejects a wrong check digit and non-digit input', () => {
    expect(
      ['136695978', '33392005962', '', '7', '13669597X'].map(hasValidMod11_10CheckDigit),
    ).toEqual([false, false, false, false, false]);
  });

  it('accepts exactly one check digit per prefix, including 0 (where 11 - product is 10)', () => {
    const validLastDigits = (prefix: string) =>
      [...'0123456789'].filter((d) => hasValidMod11_10CheckDigit(`${prefix}${d}`));
    // DE811125440 (stdnum test_eu_vat.doctest) has check digit 0.
    expect([validLastDigits('13669597'), validLastDigits('81112544')]).toEqual([['6'], ['0']]);
  });
});

describe('mod97', () => {
  it('matches the remainder of the equivalent integer', () => {
    expect(mod97('123456789012345678901234567890')).toEqual(
      Number(123456789012345678901234567890n % 97n),
    );
  });

  it('maps letters A..Z to 10..35', () => {
    // "A" = 10, "Z" = 35, "AZ" = 1035
    expect([mod97('A'), mod97('Z'), mod97('AZ')]).toEqual([10, 35, 1035 % 97]);
  });

  it('is 1 for a valid rearranged IBAN and NaN for foreign characters', () => {
    // DE89 3704 0044 0532 0130 00 rearranged: BBAN + "DE89"
    expect(mod97('370400440532013000DE89')).toEqual(1);
    expect(mod97('12-3')).toBeNaN();
    expect(mod97('abc')).toBeNaN();
  });
});
