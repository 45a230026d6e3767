import { describe, expect, it } from 'vitest';
import type { OfferStatus } from '../domain';
import { addDays, displayStatus, isEditable } from './status';

const offer = (status: OfferStatus, validUntil = '2026-12-31') => ({ status, validUntil });

describe('displayStatus', () => {
  it('derives expired for sent offers past their validity date only', () => {
    const today = '2027-01-01';
    expect(
      [
        offer('sent'),
        offer('sent', '2027-01-01'),
        offer('draft'),
        offer('accepted'),
        offer('rejected'),
        offer('superseded'),
      ].map((o) => displayStatus(o, today)),
    ).toEqual(['expired', 'sent', 'draft', 'accepted', 'rejected', 'superseded']);
  });
});

describe('isEditable', () => {
  it('allows editing drafts only', () => {
    const statuses: OfferStatus[] = ['draft', 'sent', 'accepted', 'rejected', 'superseded'];
    expect(statuses.map((status) => isEditable({ status }))).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('addDays', () => {
  it('adds and subtracts calendar days across months, years and leap days', () => {
    expect([
      addDays('2026-11-28', 30),
      addDays('2026-12-31', 1),
      addDays('2028-02-28', 1),
      addDays('2027-02-28', 1),
      addDays('2026-03-29', 1),
      addDays('2026-01-01', -1),
      addDays('2026-01-01', 0),
    ]).toEqual([
      '2026-12-28',
      '2027-01-01',
      '2028-02-29',
      '2027-03-01',
      '2026-03-30',
      '2025-12-31',
      '2026-01-01',
    ]);
  });

  it.each(['2026-02-30', '2026-13-01', '26-01-01', '', '2026-1-1'])('rejects %j', (date) => {
    expect(() => addDays(date, 1)).toThrow(RangeError);
  });

  it('rejects fractional days', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
  });
});
