import { describe, expect, it } from 'vitest';
import {
  isValidVatId,
  normalizeVatId,
  vatCountryToIsoCountry,
  vatIdCountry,
  vatIdProblem,
} from './vat-id';

// Unless noted otherwise, the valid and mangled numbers below are published VAT ids collected in
// python-stdnum's tests/test_eu_vat.doctest ("found online and should all be valid numbers");
// the formats follow the European Commission's VIES format table.
const validByCountry: [string, string][] = [
  ['ATU 142 43 102', 'AT'],
  ['ATU13585627', 'AT'],
  ['BE 0402 918 402', 'BE'],
  ['BE0428759497', 'BE'],
  ['BG 124 551 319', 'BG'],
  ['BG7111042925', 'BG'],
  ['CY-10189098G', 'CY'],
  ['CY 10246672X', 'CY'],
  ['CZ 25123891', 'CZ'],
  ['CZ 640903926', 'CZ'],
  ['CZ 6956220612', 'CZ'],
  // DE136695976: the example of python-stdnum's de/vat.py doctest.
  ['DE136695976', 'DE'],
  ['DE 811 363 057', 'DE'],
  ['DE - 113866163', 'DE'],
  ['DE 221.304.969', 'DE'],
  ['DK 10 50 32 80', 'DK'],
  ['DK-27630308', 'DK'],
  ['EE 100 931 558', 'EE'],
  ['EL 094012834', 'EL'],
  ['EL-082857563', 'EL'],
  ['ES A-28184661', 'ES'],
  ['ES 54362315K', 'ES'],
  ['ES X5277343Q', 'ES'],
  ['ES Q-2818015-F', 'ES'],
  ['ES-x-2482300w', 'ES'],
  ['FI 0982651-1', 'FI'],
  ['FI-214 95 540', 'FI'],
  ['FR 13 393 892 815', 'FR'],
  ['FR K 7399859412', 'FR'],
  ['fr 71383076817', 'FR'],
  // HR 33392005961: the example of python-stdnum's hr/oib.py doctest.
  ['HR 33392005961', 'HR'],
  ['HU-10402434', 'HU'],
  ['IE 632 3420 C', 'IE'],
  ['IE8D79739I', 'IE'],
  ['IE6433435IH', 'IE'],
  ['IE 8223200u', 'IE'],
  ['IT 00 595 000 217', 'IT'],
  ['IT-01626160210', 'IT'],
  ['LT 119511515', 'LT'],
  ['LT 100001354118', 'LT'],
  ['LU 22 22 12 68', 'LU'],
  ['LU.248.70.640', 'LU'],
  ['LV 4000 3521 600', 'LV'],
  ['MT 1039-6417', 'MT'],
  ['NL 806753742B01', 'NL'],
  ['NL.8143.26.584.B.01', 'NL'],
  ['NL 8225.69.759 b01', 'NL'],
  ['PL 584-030-44-72', 'PL'],
  ['PT 500 019 720', 'PT'],
  ['RO 573768', 'RO'],
  ['RO 185 472 90', 'RO'],
  ['SE 556.383.740.901', 'SE'],
  ['SE-556666-4438-01', 'SE'],
  ['SI 3609 7152', 'SI'],
  ['SK 2020 237 945', 'SK'],
  // GB 980 7806 84: the example of python-stdnum's gb/vat.py doctest; XI uses the same formats.
  ['XI 980 7806 84', 'XI'],
  ['XI 123 4567 89 012', 'XI'],
  ['XIGD001', 'XI'],
  ['GB 980 7806 84', 'GB'],
  ['GBHA599', 'GB'],
  // Swiss UIDs from python-stdnum's tests/test_ch_vat.doctest.
  ['CHE-107.787.577 IVA', 'CH'],
  ['CHE-110.576.236 TVA', 'CH'],
  ['CHE-108.113.335 MwST', 'CH'],
  ['CHE-116.046.681 TPV', 'CH'],
  ['CHE-100.155.212', 'CH'],
];

describe('vatIdCountry / isValidVatId', () => {
  it('recognises valid VAT ids of every supported country', () => {
    expect(validByCountry.map(([value]) => [value, vatIdCountry(value)])).toEqual(validByCountry);
    expect(validByCountry.filter(([value]) => !isValidVatId(value))).toEqual([]);
  });

  it('covers all 27 EU states plus XI, GB and CH', () => {
    expect(new Set(validByCountry.map(([, country]) => country)).size).toEqual(30);
  });

  it('rejects malformed ids', () => {
    const invalid = [
      '',
      '   ',
      '136695976', // no prefix
      'GR094012834', // Greece uses EL
      'QQ 124567', // unknown prefix
      'DE 246X595 415',
      'DE 011125440', // German ids never start with 0
      'DE 13669597', // 8 digits
      'DE1366959760', // 10 digits
      'DE/136695976', // slash is not a separator we strip
      'AT1 142 43 102',
      'ATU 1515B209',
      'ATU 151592092',
      'BE 2402918402', // must start with 0 or 1
      'BE 444.503.092', // 9 digits
      'CY 102590Z3P',
      'CZ 1234567',
      'ES 12345678', // 8 characters
      'ES 123456789', // all digits
      'ES B-583784312',
      'FR000076090',
      'FR IO 123456789', // I and O are not used as check characters
      'IE 4550C59S',
      'IE 1234567X', // X is not a valid check letter
      'LT 1234567890',
      'NL 001241643801',
      'NL 123456789 C01',
      'PL 123456789',
      'RO 1',
      'RO 12345678901',
      'SE 55643359201',
      'SK A078449064',
      'XI 12345678',
      'GBGD500', // government departments are GD000-499
      'GBHA499', // health authorities are HA500-999
      'CHE-107.787.577 ZZZ',
      'CH 107.787.577',
      'CHE-107.787.57',
    ];
    expect(invalid.filter((value) => isValidVatId(value))).toEqual([]);
    expect(invalid.map((value) => vatIdCountry(value))).toEqual(invalid.map(() => null));
  });

  it('rejects German ids with a wrong check digit', () => {
    // Check digit mangled versions from python-stdnum's test_eu_vat.doctest, and DE136695978 from its de/vat.py.
    const wrongCheckDigit = [
      'DE136695978',
      'DE 125014855',
      'DE 246 495 415',
      'DE 813 91 38 75',
      'DE - 266297673',
    ];
    expect(wrongCheckDigit.map(isValidVatId)).toEqual([false, false, false, false, false]);
  });

  it('rejects a Croatian OIB with a wrong check digit', () => {
    expect(isValidVatId('HR 33392005962')).toEqual(false);
  });

  it('accepts lower case and separators', () => {
    expect(
      [' de 136 695 976 ', 'de136.695.976', 'De-136-695-976', '\tDE 136\u00a0695 976\n'].map(
        isValidVatId,
      ),
    ).toEqual([true, true, true, true]);
  });
});

describe('normalizeVatId', () => {
  it('trims, removes spaces, dots and dashes and upper-cases', () => {
    expect(
      [
        '',
        '   ',
        ' de 136.695-976 ',
        'CHE-123.456.789 mwst',
        'nl 8225.69.759 b01',
        'ES-x-2482300w',
      ].map(normalizeVatId),
    ).toEqual(['', '', 'DE136695976', 'CHE123456789MWST', 'NL822569759B01', 'ESX2482300W']);
  });

  it('leaves other characters for the validator to reject', () => {
    expect(normalizeVatId('de/136:695')).toEqual('DE/136:695');
  });
});

describe('vatCountryToIsoCountry', () => {
  it('maps VAT prefixes to ISO 3166-1 country codes', () => {
    expect((['EL', 'XI', 'DE', 'CH', 'GB'] as const).map(vatCountryToIsoCountry)).toEqual([
      'GR',
      'GB',
      'DE',
      'CH',
      'GB',
    ]);
  });
});

describe('vatIdProblem', () => {
  it('tells a wrong check digit from a wrong format and an unknown prefix', () => {
    expect([
      vatIdProblem('DE136695976'),
      vatIdProblem('DE136695977'),
      vatIdProblem('DE13669597'),
      vatIdProblem('DE 136 695 97X'),
      vatIdProblem('QQ123456789'),
    ]).toEqual([
      null,
      { kind: 'checkDigit', country: 'DE' },
      { kind: 'format', country: 'DE' },
      { kind: 'format', country: 'DE' },
      { kind: 'prefix' },
    ]);
  });
});
