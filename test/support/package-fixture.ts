// An offer with a package section (a bundle priced as one, one-time and monthly contents, an
// optional line that keeps its price) and a credit line, for every document builder's tests.
import { proposalFixture } from './proposal-fixture';
import type { DocumentData, DocumentLine } from '../../src/shared/documents/types';

/** A one-time 19 % line of 100,00 €; override any field. */
function makeLine(overrides: Partial<DocumentLine> & Pick<DocumentLine, 'id' | 'name'>) {
  return {
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
  };
}

/** German by default; the package's one-time price is 2 × 1 200 − 10 % = 2 160,00 €. */
export function packageData(overrides: Partial<DocumentData> = {}): DocumentData {
  const base = proposalFixture({ chapters: [] });
  return {
    ...base,
    offer: {
      ...base.offer,
      discountPct: '5',
      cashDiscountPct: '2',
      cashDiscountDays: 10,
      termMonths: 24,
    },
    sections: [
      {
        title: 'Hardware',
        lines: [
          makeLine({ id: 'server', name: 'Server R450', quantity: '2', unitPrice: '1000.00' }),
          makeLine({
            id: 'trade-in',
            name: 'Rücknahme Altgerät',
            unitPrice: '-250.00',
            credit: true,
          }),
        ],
      },
      {
        title: 'Starterpaket',
        package: true,
        lines: [
          makeLine({
            id: 'laptop',
            name: 'Notebook T14',
            description: '14", 32 GB RAM',
            quantity: '2',
            unitPrice: '1200.00',
            discountPct: '10',
          }),
          makeLine({
            id: 'licence',
            name: 'Office-Lizenz',
            quantity: '3',
            unit: 'licence',
            unitPrice: '25.50',
            billing: 'monthly',
          }),
          makeLine({
            id: 'dock',
            name: 'Dockingstation',
            unitPrice: '300.00',
            kind: 'optional',
          }),
        ],
      },
    ],
    ...overrides,
  };
}
