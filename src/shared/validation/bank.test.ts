import { describe, expect, it } from 'vitest';
import { mod97 } from './iso7064';
import {
  formatIban,
  ibanLengths,
  isValidBic,
  isValidIban,
  normalizeBic,
  normalizeIban,
} from './bank';

// Sample IBANs of the SWIFT IBAN registry, as collected in python-stdnum's tests/test_iban.doctest.
const registrySamples = [
  'AD1200012030200359100100',
  'AL47212110090000000235698741',
  'AT611904300234573201',
  'BE68539007547034',
  'BG80BNBG96611020345678',
  'CH9300762011623852957',
  'CY17002001280000001200527600',
  'CZ6508000000192000145399',
  'DE89370400440532013000',
  'DK5000400440116243',
  'EE382200221020145685',
  'ES9121000418450200051332',
  'FI2112345600000785',
  'FR1420041010050500013M02606',
  'GB29NWBK60161331926819',
  'GI75NWBK000000007099453',
  'GR1601101250000000012300695',
  'HR1210010051863000160',
  'HU42117730161111101800000000',
  'IE29AIBK93115212345678',
  'IS140159260076545510730339',
  'IT60X0542811101000000123456',
  'LI21088100002324013AA',
  'LT121000011101001000',
  'LU280019400644750000',
  'LV80BANK0000435195001',
  'MC1112739000700011111000h79',
  'MD24AG000225100013104168',
  'ME25505000012345678951',
  'MK07250120000058984',
  'MT84MALT011000012345MTLCAST001S',
  'NL91ABNA0417164300',
  'NO9386011117947',
  'PL61109010140000071219812874',
  'PT50000201231234567890154',
  'RO49AAAA1B31007593840000',
  'SE4550000000058398257466',
  'SI56191000000123438',
  'SK3112000000198742637541',
  'SM86U0322509800000000270100',
  'VA59001123000012345678',
];

describe('isValidIban', () => {
  it('accepts the registry sample of every SEPA country in the length table', () => {
    expect(registrySamples.filter((iban) => !isValidIban(iban))).toEqual([]);
    expect(registrySamples.map((iban) => iban.slice(0, 2)).sort()).toEqual(
      Object.keys(ibanLengths).sort(),
    );
  });

  it('accepts the German examples, with or without spaces and in lower case', () => {
    expect(
      [
        'DE89370400440532013000',
        'DE02120300000000202051',
        'DE89 3704 0044 0532 0130 00',
        ' de02 1203 0000 0000 2020 51 ',
      ].map(isValidIban),
    ).toEqual([true, true, true, true]);
  });

  it('accepts GB, AT, CH and FR examples in display form', () => {
    expect(
      [
        'GB29 NWBK 6016 1331 9268 19',
        'AT61 1904 3002 3457 3201',
        'CH93 0076 2011 6238 5295 7',
        'FR14 2004 1010 0505 0001 3M02 606',
      ].map(isValidIban),
    ).toEqual([true, true, true, true]);
  });

  it('rejects an IBAN with a single digit changed or two digits swapped', () => {
    expect(
      [
        'DE89370400440532013001',
        'DE88370400440532013000',
        'DE02120300000000202052',
        'DE89370400440523013000',
        'AT611804300234573201', // stdnum: broken checksum
        'GB29NWBK60161331926818',
      ].map(isValidIban),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('rejects the wrong length even with a valid checksum', () => {
    // Wrong-length numbers with valid mod-97 from python-stdnum's tests/test_iban.doctest,
    // and a 21-character DE IBAN whose check digits were computed for it.
    expect(
      [
        'AD48 0001 2030 2003 5910 01',
        'AT93 1904 3002 3457 3201 99',
        'BE36 5390 0754 7034 1234',
        'DE51 3704 0044 0532 0130 0',
      ].map(isValidIban),
    ).toEqual([false, false, false, false]);
    // The checksums are valid, so only the length table can reject them.
    expect(
      ['AD48000120302003591001', 'AT93190430023457320199', 'DE5137040044053201300'].map((iban) =>
        mod97(iban.slice(4) + iban.slice(0, 4)),
      ),
    ).toEqual([1, 1, 1]);
  });

  it('rejects unknown countries, bad characters and empty input', () => {
    expect(
      [
        '',
        '   ',
        'XX431234',
        'QQ93 1234 5678',
        'DE89-3704-0044-0532-0130-00',
        'DEXX370400440532013000',
        '89DE370400440532013000',
        'DE89370400440532013000!',
      ].map(isValidIban),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });
});

describe('normalizeIban / formatIban', () => {
  it('strips whitespace and upper-cases', () => {
    expect(
      ['', ' de89 3704 0044 0532 0130 00 ', 'gb29\tnwbk\u00a060161331926819'].map(normalizeIban),
    ).toEqual(['', 'DE89370400440532013000', 'GB29NWBK60161331926819']);
  });

  it('groups by four characters for display', () => {
    expect(
      ['DE89370400440532013000', 'de02 120300000000202051', 'NO9386011117947', 'DE89', ''].map(
        formatIban,
      ),
    ).toEqual([
      'DE89 3704 0044 0532 0130 00',
      'DE02 1203 0000 0000 2020 51',
      'NO93 8601 1117 947',
      'DE89',
      '',
    ]);
  });
});

describe('isValidBic', () => {
  it('accepts 8- and 11-character BICs, case-insensitively', () => {
    // DEUTDEFF (Deutsche Bank Frankfurt), COBADEFFXXX (Commerzbank), BICs from python-stdnum's tests/test_bic.doctest.
    expect(
      ['DEUTDEFF', 'COBADEFFXXX', 'AGBMDEMM', 'FMBKDEMM258', 'RZOOAT2L226', 'deut de ff'].map(
        isValidBic,
      ),
    ).toEqual([true, true, true, true, true, true]);
  });

  it('rejects other lengths and characters in the wrong place', () => {
    expect(
      [
        '',
        'DEUTDEF',
        'DEUTDEFF5',
        'DEUTDEFF50',
        'DEUTDEFF5000',
        'DEU1DEFF',
        'DEUTD3FF',
        'DEUTDEF_',
        'DEUTDEFF-500',
      ].map(isValidBic),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });

  it('normalizes for storage', () => {
    expect(normalizeBic(' deut de ff 500 ')).toEqual('DEUTDEFF500');
  });
});
