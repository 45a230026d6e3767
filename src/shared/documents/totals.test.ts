import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentTotals, sectionSubtotals, totalsChain } from './totals';
import type { DocumentData } from './types';

const line = (overrides: Partial<DocumentData['sections'][number]['lines'][number]>) => ({
  id: 'x',
  name: 'Position',
  description: '',
  quantity: '1',
  unit: 'piece',
  unitPrice: '100.00',
  discountPct: '',
  vatPct: '19',
  billing: 'one-time' as const,
  kind: 'normal' as const,
  replaces: '',
  unitCost: '',
  estimate: null,
  ...overrides,
});

describe('documentTotals', () => {
  it('prices the lines of every section with the offer discount, per section subtotal', () => {
    const totals = documentTotals({
      offer: { discountPct: '10', termMonths: 12, reverseCharge: false } as DocumentData['offer'],
      sections: [
        {
          title: 'A',
          lines: [line({ id: 'a1', quantity: '2' }), line({ id: 'a2', kind: 'optional' })],
        },
        { title: 'B', lines: [line({ id: 'b1', billing: 'monthly', unitPrice: '50.00' })] },
      ],
    });
    expect({
      oneTime: totals.oneTime,
      monthly: totals.monthly.net,
      contract: totals.contractValue,
      sections: [...totals.bySection],
    }).toEqual({
      oneTime: { net: '180.00', vat: '34.20', gross: '214.20' },
      monthly: '45.00',
      contract: '720.00',
      sections: [
        ['0', { net: '200.00' }],
        ['1', { net: '50.00' }],
      ],
    });
  });

  it('gives the expected totals of the shared bundle example', () => {
    const bundle = JSON.parse(
      fs.readFileSync(
        new URL('../../../test/fixtures/offer-bundle-example.json', import.meta.url),
        'utf8',
      ),
    );
    const expected = JSON.parse(
      fs.readFileSync(
        new URL('../../../test/fixtures/offer-bundle-example.expected.json', import.meta.url),
        'utf8',
      ),
    );
    const totals = documentTotals({
      offer: {
        discountPct: bundle.offer.discountPct,
        termMonths: bundle.offer.termMonths,
        reverseCharge: false,
      } as DocumentData['offer'],
      sections: bundle.offer.sections.map((section: { title: string; lines: object[] }) => ({
        title: section.title,
        lines: section.lines.map((entry, index) => line({ ...entry, id: String(index) })),
      })),
    });
    expect({
      net: totals.oneTime.net,
      vat: totals.oneTime.vat,
      gross: totals.oneTime.gross,
      monthly: totals.monthly.net,
    }).toEqual({
      net: expected.net,
      vat: expected.vat,
      gross: expected.gross,
      monthly: expected.monthly,
    });
  });

  it('chains sum, discount, net, VAT per rate, gross and Skonto per billing, then the contract', () => {
    const sections = [
      {
        title: 'A',
        lines: [
          line({ id: 'a1', quantity: '2' }),
          line({ id: 'a2', vatPct: '7', unitPrice: '50.00' }),
          line({ id: 'a3', billing: 'monthly', unitPrice: '40.00' }),
          line({ id: 'a4', kind: 'optional' }),
        ],
      },
    ];
    const offer = {
      discountPct: '5',
      termMonths: 12,
      reverseCharge: false,
      cashDiscountPct: '2',
      cashDiscountDays: 10,
    } as DocumentData['offer'];
    const totals = documentTotals({ offer, sections });
    const rows = totalsChain({
      language: 'de',
      currency: 'EUR',
      offer,
      totals,
      lines: sections[0]!.lines,
    });
    expect(rows.map((row) => [row.label, row.amount])).toEqual([
      ['Einmalige Kosten', null],
      ['Zwischensumme Positionen', '250.00'],
      ['abzüglich 5 % Nachlass', '-12.50'],
      ['Summe netto', '237.50'],
      ['zuzüglich 19 % USt. auf 190,00 €', '36.10'],
      ['zuzüglich 7 % USt. auf 47,50 €', '3.33'],
      ['Summe USt.', '39.43'],
      ['Gesamtbetrag brutto', '276.93'],
      ['abzüglich 2 % Skonto bei Zahlung innerhalb von 10 Tagen', '-5.54'],
      ['Zahlbetrag mit Skonto', '271.39'],
      ['Monatliche Kosten', null],
      ['Zwischensumme Positionen', '40.00'],
      ['abzüglich 5 % Nachlass', '-2.00'],
      ['Summe netto', '38.00'],
      ['zuzüglich 19 % USt.', '7.22'],
      ['Gesamt brutto pro Monat', '45.22'],
      ['abzüglich 2 % Skonto bei Zahlung innerhalb von 10 Tagen', '-0.90'],
      ['Zahlbetrag mit Skonto', '44.32'],
      ['Vertragswert über 12 Monate netto', '693.50'],
    ]);
    // A section's subtotals never add monthly to one-time amounts.
    expect(sectionSubtotals({ totals, lines: sections[0]!.lines })).toEqual([
      { billing: 'one-time', net: '250.00' },
      { billing: 'monthly', net: '40.00' },
    ]);
  });
});
