import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('createRateLimiter', () => {
  it('passes a minute of requests at once, then one per refill interval, per user', () => {
    let clock = 1_000_000;
    const limiter = createRateLimiter({ perMinute: 60, now: () => clock });
    const taken = Array.from({ length: 61 }, () => limiter.take('alice'));
    expect(taken.slice(0, 60).every((wait) => wait === 0)).toBe(true);
    expect(taken[60]).toBe(1000);
    expect(limiter.take('bob')).toBe(0);
    clock += 999;
    expect(limiter.take('alice')).toBe(1);
    clock += 1;
    expect(limiter.take('alice')).toBe(0);
    expect(limiter.take('alice')).toBe(1000);
    // A refilled bucket is full again, never fuller.
    clock += 10 * 60_000;
    const again = Array.from({ length: 61 }, () => limiter.take('alice'));
    expect(again.filter((wait) => wait > 0)).toHaveLength(1);
  });

  it('does not refill when the clock goes back', () => {
    let clock = 5_000_000;
    const limiter = createRateLimiter({ perMinute: 2, now: () => clock });
    expect([limiter.take('u'), limiter.take('u')]).toEqual([0, 0]);
    clock -= 60_000;
    expect(limiter.take('u')).toBeGreaterThan(0);
  });
});
