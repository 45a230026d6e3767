import { describe, expect, it } from 'vitest';
import { formatHlc } from './hlc';
import { concurrentWith, hlcNode } from './merge';

const t0 = Date.parse('2026-11-28T09:15:02.123Z');
const own = '0123456789abcdef';
const other = 'fedcba9876543210';
const stamp = (millis: number, node = own) => formatHlc({ millis, counter: 0, node });
const iso = (millis: number) => new Date(millis).toISOString();

describe('concurrentWith', () => {
  const marks = [
    { hlc: stamp(t0 + 10), at: iso(t0 + 100) },
    { hlc: stamp(t0 + 200), at: iso(t0 + 300) },
  ];
  const concurrent = concurrentWith(marks);

  it('calls a remote edit stamped before our acknowledgement concurrent, one after it a later edit', () => {
    expect([
      concurrent(stamp(t0 + 5), stamp(t0 + 100, other)),
      concurrent(stamp(t0 + 5), stamp(t0 + 101, other)),
      // The second mark covers a local stamp after the first one.
      concurrent(stamp(t0 + 150), stamp(t0 + 250, other)),
    ]).toEqual([true, false, true]);
  });

  it('calls everything concurrent with a local stamp not yet acknowledged', () => {
    expect(concurrent(stamp(t0 + 250), stamp(t0 + 9_999, other))).toBe(true);
    expect(concurrentWith([])(stamp(t0), stamp(t0 + 9_999, other))).toBe(true);
  });
});

describe('hlcNode', () => {
  it('is the node part of a stamp', () => {
    expect([hlcNode(stamp(t0)), hlcNode(stamp(t0, other))]).toEqual([own, other]);
  });
});
