import { describe, expect, it } from 'vitest';
import { readImportRate } from './import-rate';

describe('readImportRate', () => {
  it('reads the rate in the UI language and names what is wrong', () => {
    expect([
      readImportRate('0,94', 'de'),
      readImportRate(' 1.234,5 ', 'de'),
      readImportRate('0.94', 'en'),
      readImportRate('', 'de'),
      readImportRate('0', 'de'),
      readImportRate('-1', 'en'),
      readImportRate('viel', 'de'),
    ]).toEqual([
      { ok: true, rate: '0.94' },
      { ok: true, rate: '1234.5' },
      { ok: true, rate: '0.94' },
      { ok: false, error: 'validation.required' },
      { ok: false, error: 'validation.exchangeRate' },
      { ok: false, error: 'validation.exchangeRate' },
      { ok: false, error: 'validation.decimal' },
    ]);
  });
});
