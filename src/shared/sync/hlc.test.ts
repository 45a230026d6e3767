import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClockDriftError,
  HlcParseError,
  MAX_COUNTER,
  MAX_MILLIS,
  compareHlc,
  createClock,
  formatHlc,
  hlcTime,
  isHlc,
  newNodeId,
  parseHlc,
} from './hlc';
import type { HlcParts } from './hlc';

const node = '8f3a9c0d12e4b5a6';
const other = '0123456789abcdef';
const t0 = Date.parse('2026-11-28T09:15:02.123Z');

/** A wall clock the test moves by hand. */
const manualClock = (start: number) => {
  let time = start;
  return { now: () => time, set: (next: number) => (time = next) };
};

const hlcParts = fc.record({
  millis: fc.integer({ min: 0, max: MAX_MILLIS }),
  counter: fc.integer({ min: 0, max: MAX_COUNTER }),
  node: fc.stringMatching(/^[0-9a-f]{16}$/),
});

describe('formatHlc / parseHlc', () => {
  it('formats the example from DESIGN.md and parses it back', () => {
    const hlc = formatHlc({ millis: t0, counter: 0, node });
    expect(hlc).toBe('2026-11-28T09:15:02.123Z-0000-8f3a9c0d12e4b5a6');
    expect(parseHlc(hlc)).toEqual({ millis: t0, counter: 0, node });
    expect(hlcTime(hlc)).toBe('2026-11-28T09:15:02.123Z');
  });

  it('round-trips any tuple', () => {
    fc.assert(
      fc.property(hlcParts, (parts) => {
        expect(parseHlc(formatHlc(parts))).toEqual(parts);
      }),
    );
  });

  it('orders strings exactly as it orders (millis, counter, node) tuples', () => {
    const tupleOrder = (a: HlcParts, b: HlcParts) =>
      Math.sign(a.millis - b.millis) ||
      Math.sign(a.counter - b.counter) ||
      (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
    fc.assert(
      fc.property(hlcParts, hlcParts, (a, b) => {
        const text = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(text).toBe(tupleOrder(a, b));
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(tupleOrder(a, b));
      }),
    );
  });

  it.each([
    ['empty', ''],
    ['no counter', '2026-11-28T09:15:02.123Z-8f3a9c0d12e4b5a6'],
    ['upper-case hex', '2026-11-28T09:15:02.123Z-000A-8f3a9c0d12e4b5a6'],
    ['short node', '2026-11-28T09:15:02.123Z-0000-8f3a9c0d12e4b5'],
    ['seconds precision', '2026-11-28T09:15:02Z-0000-8f3a9c0d12e4b5a6'],
    ['offset instead of Z', '2026-11-28T09:15:02.123+01:00-0000-8f3a9c0d12e4b5a6'],
    ['impossible date', '2026-02-30T09:15:02.123Z-0000-8f3a9c0d12e4b5a6'],
    ['hour 24', '2026-11-28T24:15:02.123Z-0000-8f3a9c0d12e4b5a6'],
    ['trailing text', '2026-11-28T09:15:02.123Z-0000-8f3a9c0d12e4b5a6x'],
  ])('rejects a malformed stamp (%s) with HlcParseError', (_case, input) => {
    expect(() => parseHlc(input)).toThrow(HlcParseError);
    expect(isHlc(input)).toBe(false);
  });

  it('rejects parts out of range when formatting', () => {
    expect(() => formatHlc({ millis: -1, counter: 0, node })).toThrow(RangeError);
    expect(() => formatHlc({ millis: MAX_MILLIS + 1, counter: 0, node })).toThrow(RangeError);
    expect(() => formatHlc({ millis: t0, counter: MAX_COUNTER + 1, node })).toThrow(RangeError);
    expect(() => formatHlc({ millis: t0, counter: 0, node: 'xyz' })).toThrow(RangeError);
  });
});

describe('newNodeId', () => {
  it('makes 16 random lower-case hex digits', () => {
    const ids = Array.from({ length: 100 }, newNodeId);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(ids).size).toBe(100);
  });
});

describe('createClock', () => {
  it('stamps with the wall clock and counts within one millisecond', () => {
    const wall = manualClock(t0);
    const clock = createClock({ nodeId: node, now: wall.now });
    expect([clock.tick(), clock.tick()]).toEqual([
      `2026-11-28T09:15:02.123Z-0000-${node}`,
      `2026-11-28T09:15:02.123Z-0001-${node}`,
    ]);
    wall.set(t0 + 5);
    expect(clock.tick()).toBe(`2026-11-28T09:15:02.128Z-0000-${node}`);
  });

  it('stays strictly monotonic whatever the wall clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -86_400_000, max: 86_400_000 }), { maxLength: 200 }),
        (steps) => {
          const wall = manualClock(t0);
          const clock = createClock({ nodeId: node, now: wall.now });
          let previous = clock.tick();
          for (const step of steps) {
            wall.set(wall.now() + step);
            const next = clock.tick();
            expect(compareHlc(previous, next)).toBe(-1);
            previous = next;
          }
        },
      ),
    );
  });

  it('keeps the last millis and bumps the counter when the wall clock goes back', () => {
    const wall = manualClock(t0);
    const clock = createClock({ nodeId: node, now: wall.now });
    clock.tick();
    wall.set(t0 - 60_000);
    expect(clock.tick()).toBe(`2026-11-28T09:15:02.123Z-0001-${node}`);
  });

  it('advances the millis by one when the counter overflows', () => {
    const clock = createClock({
      nodeId: node,
      now: () => t0,
      last: formatHlc({ millis: t0, counter: MAX_COUNTER - 1, node }),
    });
    expect([clock.tick(), clock.tick()]).toEqual([
      `2026-11-28T09:15:02.123Z-ffff-${node}`,
      `2026-11-28T09:15:02.124Z-0000-${node}`,
    ]);
  });

  it('resumes after the last stamp of an earlier session', () => {
    const clock = createClock({
      nodeId: node,
      now: () => t0 - 1_000,
      last: `2026-11-28T09:15:02.123Z-0007-${node}`,
    });
    expect(clock.tick()).toBe(`2026-11-28T09:15:02.123Z-0008-${node}`);
  });

  it('moves forward past a later remote stamp', () => {
    const clock = createClock({ nodeId: node, now: () => t0 });
    clock.tick();
    const remote = formatHlc({ millis: t0 + 60_000, counter: 3, node: other });
    clock.receive(remote);
    const next = clock.tick();
    expect(next).toBe(`2026-11-28T09:16:02.123Z-0005-${node}`);
    expect(compareHlc(remote, next)).toBe(-1);
  });

  it('takes the larger counter when local and remote share the millisecond', () => {
    const clock = createClock({ nodeId: node, now: () => t0 });
    clock.tick();
    clock.receive(formatHlc({ millis: t0, counter: 9, node: other }));
    expect(clock.tick()).toBe(`2026-11-28T09:15:02.123Z-000b-${node}`);
  });

  it('ignores an older remote stamp apart from counting', () => {
    const wall = manualClock(t0);
    const clock = createClock({ nodeId: node, now: wall.now });
    clock.receive(formatHlc({ millis: t0 - 10_000, counter: 40, node: other }));
    expect(clock.tick()).toBe(`2026-11-28T09:15:02.123Z-0001-${node}`);
  });

  it('refuses a remote stamp more than the allowed drift ahead and changes nothing', () => {
    const clock = createClock({ nodeId: node, now: () => t0 });
    const tooFar = formatHlc({ millis: t0 + 5 * 60_000 + 1, counter: 0, node: other });
    expect(() => clock.receive(tooFar)).toThrow(ClockDriftError);
    expect(clock.tick()).toBe(`2026-11-28T09:15:02.123Z-0000-${node}`);
    clock.receive(formatHlc({ millis: t0 + 5 * 60_000, counter: 0, node: other }));
    expect(clock.tick()).toBe(`2026-11-28T09:20:02.123Z-0002-${node}`);
  });

  it('measures drift against the server-corrected time', () => {
    const clock = createClock({ nodeId: node, now: () => t0, maxDriftMs: 1_000 });
    const remote = formatHlc({ millis: t0 + 10_000, counter: 0, node: other });
    expect(() => clock.receive(remote)).toThrow(ClockDriftError);
    clock.setServerOffset(9_500);
    clock.receive(remote);
    expect(clock.tick()).toBe(`2026-11-28T09:15:12.123Z-0002-${node}`);
  });

  it('rejects malformed remote stamps and node ids', () => {
    const clock = createClock({ nodeId: node, now: () => t0 });
    expect(() => clock.receive('yesterday')).toThrow(HlcParseError);
    expect(() => createClock({ nodeId: 'NODE' })).toThrow(RangeError);
  });
});
