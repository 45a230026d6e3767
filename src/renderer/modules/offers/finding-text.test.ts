// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { findingCodes } from '#shared/offers/preflight';
import { initAppI18n } from '#test/i18n';
import { findingParams } from './finding-text';

let i18n: Awaited<ReturnType<typeof initAppI18n>>;
beforeAll(async () => {
  i18n = await initAppI18n('de');
});

describe('messages of the check before sending', () => {
  it('every finding and every way to fix one has a German and an English text', () => {
    const targets = ['line', 'lines', 'offerField', 'chapters', 'company', 'client', 'settings'];
    const missing = (['de', 'en'] as const).flatMap((language) =>
      [
        ...findingCodes.map((code) => `offers.check.codes.${code}`),
        ...targets.map((target) => `offers.check.fix.${target}`),
      ].filter((key) => typeof i18n.getResource(language, 'translation', key) !== 'string'),
    );
    expect(missing).toEqual([]);
  });

  it('formats amounts, percentages and dates in the UI language', () => {
    const params = { name: 'Server', linePrice: '4290', listPrice: '4490.5', min: '12.5' };
    const de = i18n.getFixedT('de');
    const en = i18n.getFixedT('en');
    expect([
      de('offers.check.codes.catalogPriceChanged', findingParams(params, 'EUR', 'de')),
      en('offers.check.codes.catalogPriceChanged', findingParams(params, 'EUR', 'en')),
      de('offers.check.codes.expired', findingParams({ validUntil: '2026-11-30' }, 'EUR', 'de')),
      en('offers.check.codes.lowMarginLines', findingParams({ count: 2, ...params }, 'EUR', 'en')),
    ]).toEqual([
      '„Server“: Katalogpreis jetzt 4.490,50 €, im Angebot 4.290,00 €.',
      '“Server”: catalog price now €4,490.50, in the offer €4,290.00.',
      'Das Angebot war nur bis 30.11.2026 gültig.',
      '2 line(s) are below the minimum margin of 12.5 %.',
    ]);
  });
});
