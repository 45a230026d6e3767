import { describe, expect, it } from 'vitest';
import type { RevisionDiff } from '#shared/offers/diff';
import { customerSafeDiff, customerSafeFindings, isInternalExport } from './customer-safe';
import type { Finding } from '#shared/offers/preflight';

const total = (key: RevisionDiff['totals'][number]['key'], before: string, after: string) => ({
  key,
  before,
  after,
  delta: String(Number(after) - Number(before)),
});

describe('customerSafeDiff', () => {
  it('drops purchase prices, margins and internal notes, and keeps everything else', () => {
    const diff: RevisionDiff = {
      offer: [
        { field: 'notes', before: 'Rabatt intern abgestimmt', after: 'bis 12 % möglich' },
        { field: 'discountPct', before: '0', after: '5' },
      ],
      added: [],
      removed: [],
      changed: [
        {
          originId: 'a',
          name: 'Firewall',
          changes: [
            { field: 'unitCost', before: '800.00', after: '750.00' },
            { field: 'unitPrice', before: '1200.00', after: '1100.00' },
          ],
        },
        {
          originId: 'b',
          name: 'Switch',
          changes: [{ field: 'unitCost', before: '90.00', after: '95.00' }],
        },
      ],
      moved: [],
      totals: [
        total('oneTime.net', '1200', '1100'),
        total('margin', '400', '350'),
        total('marginPct', '33.33', '31.82'),
      ],
    };
    expect(customerSafeDiff(diff)).toEqual({
      offer: [{ field: 'discountPct', before: '0', after: '5' }],
      added: [],
      removed: [],
      changed: [
        {
          originId: 'a',
          name: 'Firewall',
          changes: [{ field: 'unitPrice', before: '1200.00', after: '1100.00' }],
        },
      ],
      moved: [],
      totals: [total('oneTime.net', '1200', '1100')],
    });
  });
});

describe('customerSafeFindings', () => {
  it('drops the findings about purchase prices and margins', () => {
    const finding = (code: Finding['code']): Finding => ({
      code,
      severity: 'warning',
      target: { kind: 'lines' },
    });
    expect(
      customerSafeFindings(
        (['noCost', 'lowMarginLines', 'lowMarginOffer', 'expired', 'empty'] as const).map(finding),
      ).map((kept) => kept.code),
    ).toEqual(['expired', 'empty']);
  });
});

describe('isInternalExport', () => {
  it('names the offer file and the internal Excel', () => {
    expect((['xlsx', 'xlsx-internal', 'docx', 'bundle'] as const).filter(isInternalExport)).toEqual(
      ['xlsx-internal', 'bundle'],
    );
  });
});
