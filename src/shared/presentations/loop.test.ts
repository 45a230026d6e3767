import { describe, expect, it } from 'vitest';
import { MAX_TICK_DELAY, loopTick, navigate, nextTickDelay, startLoop } from './loop';
import type { LoopState } from './loop';

// Times are explicit milliseconds from an arbitrary start: no clock is read.
const T0 = 1_000_000;
const s = (seconds: number) => T0 + seconds * 1000;
const durations = [10, 5, 20];
const IDLE = 60;

/** The shown slide at each second of `seconds`, ticking as a presenter's timer would. */
function run(
  from: LoopState,
  seconds: number[],
  events: Record<number, Parameters<typeof navigate>[1]> = {},
) {
  let state = from;
  const seen: number[] = [];
  for (const second of seconds) {
    const event = events[second];
    if (event !== undefined) state = navigate(state, event, s(second), durations.length);
    state = loopTick(state, s(second), durations, IDLE);
    seen.push(state.index);
  }
  return { state, seen };
}

describe('attract loop', () => {
  it('starts on slide 1, looping', () => {
    expect(startLoop(T0)).toEqual({ index: 0, shownAt: T0, lastInteractionAt: null, black: false });
  });

  it('advances by each slide’s duration and wraps to the first', () => {
    const start = startLoop(T0);
    expect(loopTick(start, s(9.999), durations, IDLE)).toBe(start);
    expect(loopTick(start, s(10), durations, IDLE)).toEqual({ ...start, index: 1, shownAt: s(10) });
    expect(loopTick(start, s(14.9), durations, IDLE).index).toBe(1);
    expect(loopTick(start, s(15), durations, IDLE)).toEqual({ ...start, index: 2, shownAt: s(15) });
    expect(loopTick(start, s(35), durations, IDLE)).toEqual({ ...start, index: 0, shownAt: s(35) });
    expect(loopTick(start, s(46), durations, IDLE)).toEqual({ ...start, index: 1, shownAt: s(45) });
  });

  it('catches up after a long pause without walking every round', () => {
    // 1000 rounds of 35 s plus 12 s: slide 2, shown since 10 s into the round.
    const late = loopTick(startLoop(T0), s(35_000 + 12), durations, IDLE);
    expect(late).toEqual({
      index: 1,
      shownAt: s(35_000 + 10),
      lastInteractionAt: null,
      black: false,
    });
  });

  it('a person’s navigation stops the loop on the chosen slide', () => {
    const { seen, state } = run(startLoop(T0), [5, 10, 12, 30, 50, 70], { 12: 'next' });
    // 10 s: the loop moves to slide 2; 12 s: "next" → 3, and there it stays.
    expect(seen).toEqual([0, 1, 2, 2, 2, 2]);
    expect(state.lastInteractionAt).toBe(s(12));
  });

  it('after the idle time without interaction it returns to slide 1 and loops again', () => {
    const touched = navigate(startLoop(T0), { goto: 2 }, s(3), durations.length);
    expect(loopTick(touched, s(62.999), durations, IDLE)).toBe(touched);
    const back = loopTick(touched, s(63), durations, IDLE);
    expect(back).toEqual({ index: 0, shownAt: s(63), lastInteractionAt: null, black: false });
    // And loops from there: 10 s later slide 2.
    expect(loopTick(back, s(73), durations, IDLE).index).toBe(1);
    // A tick that comes late continues the loop from the moment the idle time ran out.
    expect(loopTick(touched, s(80), durations, IDLE)).toEqual({
      index: 2,
      shownAt: s(78),
      lastInteractionAt: null,
      black: false,
    });
  });

  it('every interaction restarts the idle time', () => {
    const { seen } = run(startLoop(T0), [1, 40, 80, 99, 100, 101], { 1: 'next', 40: 'previous' });
    expect(seen).toEqual([1, 0, 0, 0, 0, 0]);
    const once = navigate(startLoop(T0), 'next', s(1), 3);
    const twice = navigate(once, 'next', s(40), 3);
    expect(loopTick(twice, s(99), durations, IDLE)).toBe(twice);
    expect(loopTick(twice, s(100), durations, IDLE).lastInteractionAt).toBeNull();
  });

  it('navigation clamps, first/last/goto, and keeps shownAt when the slide stays', () => {
    const at = (index: number): LoopState => ({
      index,
      shownAt: T0,
      lastInteractionAt: null,
      black: false,
    });
    const now = s(1);
    expect(navigate(at(2), 'next', now, 3)).toEqual({
      index: 2,
      shownAt: T0,
      lastInteractionAt: now,
      black: false,
    });
    expect(navigate(at(0), 'previous', now, 3)).toEqual({
      index: 0,
      shownAt: T0,
      lastInteractionAt: now,
      black: false,
    });
    expect(navigate(at(1), 'previous', now, 3)).toEqual({
      index: 0,
      shownAt: now,
      lastInteractionAt: now,
      black: false,
    });
    expect(navigate(at(0), 'last', now, 3).index).toBe(2);
    expect(navigate(at(2), 'first', now, 3).index).toBe(0);
    expect(navigate(at(0), { goto: 7 }, now, 3).index).toBe(2);
    expect(navigate(at(1), { goto: -4 }, now, 3).index).toBe(0);
    expect(navigate(at(0), 'next', now, 0).index).toBe(0);
  });

  it('black toggles the black screen; moving on ends it; idling back clears it', () => {
    const black = navigate(startLoop(T0), 'black', s(2), 3);
    expect(black).toEqual({ index: 0, shownAt: T0, lastInteractionAt: s(2), black: true });
    expect(loopTick(black, s(30), durations, IDLE)).toBe(black);
    expect(navigate(black, 'black', s(3), 3).black).toBe(false);
    expect(navigate(black, 'next', s(3), 3)).toEqual({
      index: 1,
      shownAt: s(3),
      lastInteractionAt: s(3),
      black: false,
    });
    expect(loopTick(black, s(62), durations, IDLE)).toEqual({
      index: 0,
      shownAt: s(62),
      lastInteractionAt: null,
      black: false,
    });
  });

  it('a deck that shrank under the loop starts over; an empty deck never changes', () => {
    const beyond: LoopState = { index: 5, shownAt: T0, lastInteractionAt: null, black: false };
    expect(loopTick(beyond, s(1), durations, IDLE)).toEqual({ ...beyond, index: 0 });
    expect(loopTick(beyond, s(100), [], IDLE)).toBe(beyond);
  });

  it('nextTickDelay: until the slide’s time is up, or until the idle time runs out', () => {
    const start = startLoop(T0);
    expect(nextTickDelay(start, s(4), durations, IDLE)).toBe(6000);
    expect(nextTickDelay(start, s(12), durations, IDLE)).toBe(0);
    const second = loopTick(start, s(10), durations, IDLE);
    expect(nextTickDelay(second, s(10), durations, IDLE)).toBe(5000);
    const touched = navigate(start, 'next', s(20), 3);
    expect(nextTickDelay(touched, s(21), durations, IDLE)).toBe(59_000);
    expect(nextTickDelay(touched, s(200), durations, IDLE)).toBe(0);
    expect(nextTickDelay(start, s(0), [], IDLE)).toBe(MAX_TICK_DELAY);
  });

  it('ticking exactly at each nextTickDelay walks the loop in order', () => {
    let state = startLoop(T0);
    let now = T0;
    const order: number[] = [];
    for (let step = 0; step < 7; step += 1) {
      now += nextTickDelay(state, now, durations, IDLE);
      state = loopTick(state, now, durations, IDLE);
      order.push(state.index);
    }
    expect(order).toEqual([1, 2, 0, 1, 2, 0, 1]);
    expect(now).toBe(s(10 + 5 + 20 + 10 + 5 + 20 + 10));
  });
});
