import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentTotals } from './totals';
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
});
