// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { initAppI18n } from '#test/i18n';
import { noteText, problemText } from './note-text';

describe('the plan notes and problems in words', () => {
  it('name the cycle closed where it started and dates in the UI notation', async () => {
    const i18n = await initAppI18n('de');
    const t = i18n.t.bind(i18n);
    expect(
      problemText(
        {
          kind: 'cycle',
          packageIds: ['a', 'b'],
          names: ['1.1 Konzept', '2.1 Umsetzung'],
          message: '',
        },
        t,
      ),
    ).toBe(
      'Die Abhängigkeiten bilden einen Kreis: 1.1 Konzept → 2.1 Umsetzung → 1.1 Konzept. Entfernen Sie einen Vorgänger.',
    );
    expect(
      noteText(
        { kind: 'start-moved', message: '', values: { from: '2027-05-01', to: '2027-05-03' } },
        t,
        'de',
      ),
    ).toBe('Der Projektstart 01.05.2027 ist kein Arbeitstag und wurde auf 03.05.2027 verschoben.');
    await i18n.changeLanguage('en');
    expect(problemText({ kind: 'payment-sum', sum: '90.00', message: '' }, i18n.t.bind(i18n))).toBe(
      'The payment plan adds up to 90.00 % instead of 100 %.',
    );
  });
});
