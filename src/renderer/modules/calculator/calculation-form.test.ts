import { describe, expect, it } from 'vitest';
import { calculateForward, pertEstimate } from '#shared/calculation';
import { readLocaleInputs, runCalculation, toMoneyLocale } from './calculation-form';

describe('readLocaleInputs', () => {
  it('reads German decimal commas and thousands points, keeps blanks', () => {
    expect(readLocaleInputs({ a: '1.234,50', b: '20', c: ' ', d: '0,5' }, 'de')).toEqual({
      inputs: { a: '1234.5', b: '20', c: '', d: '0.5' },
    });
  });

  it('reads English notation', () => {
    expect(readLocaleInputs({ a: '1,234.50' }, 'en')).toEqual({ inputs: { a: '1234.5' } });
  });

  it('names the first field that is not a number', () => {
    expect(readLocaleInputs({ a: '12', b: '12a', c: 'x' }, 'de')).toEqual({ invalid: 'b' });
  });
});

describe('runCalculation', () => {
  const forward = (inputs: Record<string, string>) =>
    calculateForward({ listPurchasePrice: inputs.list ?? '', profitPct: inputs.profit });

  it('returns the result of valid German input', () => {
    expect(
      runCalculation({
        values: { list: '1.000,00', profit: '10' },
        locale: 'de',
        compute: forward,
      }),
    ).toEqual({
      status: 'ok',
      result: calculateForward({ listPurchasePrice: '1000', profitPct: '10' }),
    });
  });

  it('turns a missing required value into a hint, not an error', () => {
    expect(
      runCalculation({ values: { list: '', profit: '10' }, locale: 'de', compute: forward }),
    ).toEqual({
      status: 'incomplete',
      field: 'listPurchasePrice',
    });
  });

  it('reports text that is not a number at its field', () => {
    expect(
      runCalculation({ values: { list: 'zehn', profit: '10' }, locale: 'de', compute: forward }),
    ).toEqual({
      status: 'error',
      field: 'list',
      code: 'decimal',
    });
  });

  it('reports an engine error at the field the engine names', () => {
    const pert = (inputs: Record<string, string>) =>
      pertEstimate({
        optimistic: inputs.o ?? '',
        mostLikely: inputs.m ?? '',
        pessimistic: inputs.p ?? '',
      });
    expect(
      runCalculation({ values: { o: '5', m: '3', p: '8' }, locale: 'de', compute: pert }),
    ).toEqual({
      status: 'error',
      field: 'mostLikely',
      code: 'range',
    });
  });
});

describe('toMoneyLocale', () => {
  it('maps UI languages to money locales', () => {
    expect(['de', 'de-DE', 'en', 'en-GB', undefined].map(toMoneyLocale)).toEqual([
      'de',
      'de',
      'en',
      'en',
      'de',
    ]);
  });
});
