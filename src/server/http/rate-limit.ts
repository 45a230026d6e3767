/**
 * A per-user request limit held in this process's memory: a token bucket per user that holds
 * `perMinute` requests and refills at `perMinute` a minute, so a burst of a full minute's
 * worth passes and a steady stream is held to the rate. Several instances each count apart.
 */
export type RateLimiter = {
  /** Takes one request for the user: 0 when allowed, else milliseconds until one is. */
  take(userId: string): number;
};

type Bucket = { tokens: number; at: number };

const MINUTE_MS = 60_000;

/** A limiter of `perMinute` requests per user on the clock `now` (epoch ms). */
export function createRateLimiter({
  perMinute,
  now,
}: {
  perMinute: number;
  now: () => number;
}): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = perMinute / MINUTE_MS;
  const refilled = (bucket: Bucket, at: number): number =>
    Math.min(perMinute, bucket.tokens + Math.max(0, at - bucket.at) * perMs);

  // Full buckets hold nothing a new one would not: drop them so the map stays small.
  const sweep = (at: number): void => {
    for (const [userId, bucket] of buckets) {
      if (refilled(bucket, at) >= perMinute) buckets.delete(userId);
    }
  };
  let nextSweep = 0;

  return {
    take(userId) {
      const at = now();
      if (at >= nextSweep) {
        sweep(at);
        nextSweep = at + MINUTE_MS;
      }
      const bucket = buckets.get(userId) ?? { tokens: perMinute, at };
      const tokens = refilled(bucket, at);
      if (tokens < 1) {
        buckets.set(userId, { tokens, at });
        // The epsilon keeps floating-point dust from adding a millisecond.
        return Math.max(1, Math.ceil((1 - tokens) / perMs - 1e-6));
      }
      buckets.set(userId, { tokens: tokens - 1, at });
      return 0;
    },
  };
}
