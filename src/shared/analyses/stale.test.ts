import { describe, expect, it } from 'vitest';
import { STALE_AFTER_DAYS } from '../domain/analyses';
import { isStale } from './index';

describe('isStale', () => {
  it('is stale when never verified or verified 90 days ago or earlier', () => {
    expect(STALE_AFTER_DAYS).toBe(90);
    expect([
      isStale('', '2026-03-01'),
      isStale('2026-03-01', '2026-03-01'),
      isStale('2025-12-02', '2026-03-01'), // 89 days (2026 is no leap year)
      isStale('2025-12-01', '2026-03-01'), // 90 days
      isStale('2024-01-01', '2026-03-01'),
      isStale('2026-04-01', '2026-03-01'), // a date after today
    ]).toEqual([true, false, false, true, true, false]);
  });

  it('counts across a leap day and a year end', () => {
    // 2024-02-29 exists: 2023-12-01 → 2024-02-29 is 90 days
    expect(isStale('2023-12-01', '2024-02-28')).toBe(false);
    expect(isStale('2023-12-01', '2024-02-29')).toBe(true);
  });

  it('names a bad date', () => {
    expect(() => isStale('2026-02-30', '2026-03-01')).toThrow(
      'lastVerified: "2026-02-30" is not a calendar date',
    );
    expect(() => isStale('01.03.2026', '2026-03-01')).toThrow(
      'lastVerified: must be a date YYYY-MM-DD',
    );
    expect(() => isStale('', '')).toThrow('today: must be a date YYYY-MM-DD');
  });
});
