import { describe, expect, it } from 'vitest';
import { retryDelay, runsAutomatically } from './triggers';

describe('retryDelay', () => {
  it('doubles from 5 s per failure up to 5 minutes', () => {
    expect(
      [1, 2, 3, 4, 5, 6, 7, 12].map((failures) => retryDelay({ code: 'network', failures })),
    ).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
  });

  it("waits at least the server's Retry-After", () => {
    expect(retryDelay({ code: 'server', failures: 1, retryAfterMs: 90_000 })).toBe(90_000);
    expect(retryDelay({ code: 'server', failures: 3, retryAfterMs: 1_000 })).toBe(20_000);
  });

  it.each(['unauthorized', 'forbidden', 'protocol', 'clock', 'rejected'] as const)(
    'does not retry %s by itself',
    (code) => {
      expect(retryDelay({ code, failures: 1 })).toBeUndefined();
    },
  );
});

describe('runsAutomatically', () => {
  it('stops automatic runs only for what the user must fix', () => {
    expect(
      (
        [
          undefined,
          'network',
          'server',
          'clock',
          'rejected',
          'unauthorized',
          'forbidden',
          'protocol',
        ] as const
      ).map(runsAutomatically),
    ).toEqual([true, true, true, true, true, false, false, false]);
  });
});
