/**
 * Hybrid logical clock (DESIGN.md, Sync): `<ISO time ms>-<counter 4 hex>-<node 16 hex>`,
 * e.g. `2026-11-28T09:15:02.123Z-0000-8f3a9c0d12e4b5a6`. Every part is fixed width, so
 * comparing two stamps as text compares (millis, counter, node) as a tuple.
 */

export type HlcParts = { millis: number; counter: number; node: string };

export type Clock = {
  readonly nodeId: string;
  /** Stamps a local change: strictly greater than every stamp this clock made or received. */
  tick(): string;
  /** Merges a remote stamp so later local stamps sort after it; throws ClockDriftError if it is too far ahead. */
  receive(remoteHlc: string): void;
  /**
   * Merges a stamp that data on this device already carries (a pulled change that was applied,
   * a stored field clock), however far ahead it is: a later local edit of that data must sort
   * after it, or it would lose to the older value.
   */
  observe(hlc: string): void;
  /** Sets the offset (server time − local time) the sync layer measured; physical time is `now() + offset`. */
  setServerOffset(offsetMs: number): void;
};

export type CreateClockArgs = {
  nodeId: string;
  /** Wall clock in epoch milliseconds; injectable for tests. */
  now?: () => number;
  /** How far a received stamp may be ahead of physical time; default 5 minutes. */
  maxDriftMs?: number;
  /** Server time − local time, as measured by the sync layer; default 0. */
  serverOffsetMs?: number;
  /** The last stamp this node made in an earlier session, so a restarted clock never goes back. */
  last?: string;
};

export const MAX_COUNTER = 0xffff;
export const DEFAULT_MAX_DRIFT_MS = 5 * 60 * 1000;
/** 9999-12-31T23:59:59.999Z: beyond it the ISO form grows a sign and six-digit year and no longer sorts as text. */
export const MAX_MILLIS = 253_402_300_799_999;

const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;
const NODE_PATTERN = /^[0-9a-f]{16}$/;

/** Thrown for a string that is not a well-formed HLC. */
export class HlcParseError extends Error {
  override readonly name = 'HlcParseError';
}

/** Thrown when a stamp is further ahead of physical time than the clock accepts. */
export class ClockDriftError extends Error {
  override readonly name = 'ClockDriftError';
}

/** Splits an HLC string into its parts; throws HlcParseError for anything malformed. */
export function parseHlc(hlc: string): HlcParts {
  const match = typeof hlc === 'string' ? HLC_PATTERN.exec(hlc) : null;
  if (!match) {
    throw new HlcParseError(
      `Malformed HLC ${JSON.stringify(String(hlc).slice(0, 80))}: expected <ISO time ms>-<counter 4 hex>-<node 16 hex>`,
    );
  }
  const [, iso = '', counterHex = '', node = ''] = match;
  const millis = Date.parse(iso);
  // Date.parse accepts 2026-02-30 and rolls it over; the round trip rejects such dates.
  if (Number.isNaN(millis) || new Date(millis).toISOString() !== iso) {
    throw new HlcParseError(`Malformed HLC ${JSON.stringify(hlc)}: ${iso} is not a valid time`);
  }
  return { millis, counter: Number.parseInt(counterHex, 16), node };
}

/** True when the string is a well-formed HLC. */
export function isHlc(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parseHlc(value);
    return true;
  } catch {
    return false;
  }
}

/** Builds the HLC string of a (millis, counter, node) tuple; throws RangeError for parts out of range. */
export function formatHlc({ millis, counter, node }: HlcParts): string {
  if (!Number.isInteger(millis) || millis < 0 || millis > MAX_MILLIS) {
    throw new RangeError(`HLC time out of range: ${millis}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new RangeError(`HLC counter out of range: ${counter}`);
  }
  if (!NODE_PATTERN.test(node)) {
    throw new RangeError(`HLC node must be 16 lower-case hex digits: ${JSON.stringify(node)}`);
  }
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

/** Orders two well-formed HLC strings: negative, zero or positive like a sort comparator. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The ISO time part of an HLC, e.g. for an `updatedAt` that agrees with the stamp. */
export function hlcTime(hlc: string): string {
  return new Date(parseHlc(hlc).millis).toISOString();
}

/** A random node id: 16 lower-case hex digits (64 bits), one per local database. */
export function newNodeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Creates a hybrid logical clock for one node; pure apart from the injected wall clock. */
export function createClock({
  nodeId,
  now = Date.now,
  maxDriftMs = DEFAULT_MAX_DRIFT_MS,
  serverOffsetMs = 0,
  last,
}: CreateClockArgs): Clock {
  if (!NODE_PATTERN.test(nodeId)) {
    throw new RangeError(`HLC node must be 16 lower-case hex digits: ${JSON.stringify(nodeId)}`);
  }
  let offset = serverOffsetMs;
  const initial = last === undefined ? undefined : parseHlc(last);
  let millis = initial?.millis ?? 0;
  let counter = initial?.counter ?? 0;

  const physical = (): number => {
    const time = Math.trunc(now() + offset);
    if (!Number.isFinite(time)) throw new RangeError(`Wall clock returned ${time}`);
    return time;
  };

  // Counter overflow borrows a millisecond instead of failing: the stamp stays unique and ordered.
  const advance = (nextMillis: number, nextCounter: number): void => {
    if (nextCounter > MAX_COUNTER) {
      millis = nextMillis + 1;
      counter = 0;
    } else {
      millis = nextMillis;
      counter = nextCounter;
    }
  };

  // The HLC receive rule: after the newest of our stamp, the remote one and physical time.
  const merge = (remote: HlcParts, time: number): void => {
    const next = Math.max(millis, remote.millis, time);
    if (next === millis && next === remote.millis) {
      advance(next, Math.max(counter, remote.counter) + 1);
    } else if (next === millis) {
      advance(next, counter + 1);
    } else if (next === remote.millis) {
      advance(next, remote.counter + 1);
    } else {
      advance(next, 0);
    }
  };

  return {
    nodeId,
    tick() {
      const time = physical();
      // A wall clock that went backwards keeps the last millis and bumps the counter.
      if (time > millis) advance(time, 0);
      else advance(millis, counter + 1);
      return formatHlc({ millis, counter, node: nodeId });
    },
    receive(remoteHlc) {
      const remote = parseHlc(remoteHlc);
      const time = physical();
      if (remote.millis - time > maxDriftMs) {
        throw new ClockDriftError(
          `Remote clock ${remoteHlc} is ${remote.millis - time} ms ahead of this device (allowed: ${maxDriftMs} ms)`,
        );
      }
      merge(remote, time);
    },
    observe(hlc) {
      merge(parseHlc(hlc), physical());
    },
    setServerOffset(offsetMs) {
      offset = offsetMs;
    },
  };
}
