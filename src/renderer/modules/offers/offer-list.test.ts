import { describe, expect, it } from 'vitest';
import type { Offer } from '#shared/domain';
import { latestRevisions, offerLabel } from './offer-list';

const offer = (id: string, rootId: string, revision: number, date: string, number = 'A-1') =>
  ({ id, rootId, revision, date, number }) as Offer;

describe('latestRevisions', () => {
  it('keeps the newest revision of each offer, newest date first', () => {
    const result = latestRevisions([
      offer('a1', 'a1', 1, '2026-01-10', 'A-1'),
      offer('a2', 'a1', 2, '2026-02-01', 'A-1'),
      offer('b1', 'b1', 1, '2026-03-05', 'A-2'),
    ]);
    expect(result.map((item) => item.id)).toEqual(['b1', 'a2']);
  });

  it('labels revisions after the first', () => {
    expect([
      offerLabel({ number: 'A-2026-JB-0001', revision: 1 }),
      offerLabel({ number: 'A-2026-JB-0001', revision: 3 }),
    ]).toEqual(['A-2026-JB-0001', 'A-2026-JB-0001-r3']);
  });
});
