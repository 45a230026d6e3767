import { describe, expect, it } from 'vitest';
import { PlanCycleError, findCycle, scheduleNetwork } from './network';
import type { NetworkActivity } from './types';

const act = (
  id: string,
  duration: number,
  predecessors: string[] = [],
  lags?: Record<string, number>,
) =>
  ({
    id,
    duration,
    predecessors,
    ...(lags === undefined ? {} : { lags }),
  }) satisfies NetworkActivity;

const row = (es: number, ef: number, ls: number, lf: number, freeFloat: number) => ({
  earliestStart: es,
  earliestFinish: ef,
  latestStart: ls,
  latestFinish: lf,
  totalFloat: ls - es,
  freeFloat,
  critical: ls === es,
});

describe('scheduleNetwork', () => {
  it('schedules the Reliable Construction Co. project (Hillier & Lieberman, Introduction to Operations Research, ch. "Project Management with PERT/CPM")', () => {
    // Durations in weeks; the textbook's slack table: duration 44, critical path A B C E F J L N.
    const schedule = scheduleNetwork([
      act('A', 2),
      act('B', 4, ['A']),
      act('C', 10, ['B']),
      act('D', 6, ['C']),
      act('E', 4, ['C']),
      act('F', 5, ['E']),
      act('G', 7, ['D']),
      act('H', 9, ['E', 'G']),
      act('I', 7, ['C']),
      act('J', 8, ['F', 'I']),
      act('K', 4, ['J']),
      act('L', 5, ['J']),
      act('M', 2, ['H']),
      act('N', 6, ['K', 'L']),
    ]);
    expect(schedule).toEqual({
      duration: 44,
      criticalPath: ['A', 'B', 'C', 'E', 'F', 'J', 'L', 'N'],
      activities: {
        A: row(0, 2, 0, 2, 0),
        B: row(2, 6, 2, 6, 0),
        C: row(6, 16, 6, 16, 0),
        D: row(16, 22, 20, 26, 0),
        E: row(16, 20, 16, 20, 0),
        F: row(20, 25, 20, 25, 0),
        G: row(22, 29, 26, 33, 0),
        H: row(29, 38, 33, 42, 0),
        I: row(16, 23, 18, 25, 2),
        J: row(25, 33, 25, 33, 0),
        K: row(33, 37, 34, 38, 1),
        L: row(33, 38, 33, 38, 0),
        // The end: free float = project duration − earliest finish.
        M: row(38, 40, 42, 44, 4),
        N: row(38, 44, 38, 44, 0),
      },
    });
  });

  it('applies lags (Vorgangsknotennetz in the style of DIN 69900, Normalfolge with Zeitabstand; computed by hand)', () => {
    // A(3) → B(2) with lag 1; A → C(4); B → D(2); C → D with lag 2; D → E(1).
    // Forward: A 0–3, B 4–6, C 3–7, D max(6, 7 + 2) = 9–11, E 11–12.
    // Backward: E 11–12, D 9–11, C LF 9 − 2 = 7, B LF 9, A LF min(7 − 1, 3) = 3.
    const schedule = scheduleNetwork([
      act('A', 3),
      act('B', 2, ['A'], { A: 1 }),
      act('C', 4, ['A']),
      act('D', 2, ['B', 'C'], { C: 2 }),
      act('E', 1, ['D']),
    ]);
    expect(schedule).toEqual({
      duration: 12,
      criticalPath: ['A', 'C', 'D', 'E'],
      activities: {
        A: row(0, 3, 0, 3, 0),
        B: row(4, 6, 7, 9, 3),
        C: row(3, 7, 3, 7, 0),
        D: row(9, 11, 9, 11, 0),
        E: row(11, 12, 11, 12, 0),
      },
    });
  });

  it('gives a parallel activity at the end its free float to the project end, and lists ties by input order', () => {
    const schedule = scheduleNetwork([act('late', 2, ['first']), act('first', 3), act('side', 1)]);
    expect(schedule.duration).toBe(5);
    expect(schedule.criticalPath).toEqual(['first', 'late']);
    expect(schedule.activities.side).toEqual(row(0, 1, 4, 5, 4));
    // Two independent critical chains interleave by input order.
    expect(
      scheduleNetwork([act('x', 2), act('y', 2), act('x2', 1, ['x']), act('y2', 1, ['y'])])
        .criticalPath,
    ).toEqual(['x', 'y', 'x2', 'y2']);
  });

  it('handles an empty network and zero durations (milestones)', () => {
    expect(scheduleNetwork([])).toEqual({ duration: 0, criticalPath: [], activities: {} });
    const schedule = scheduleNetwork([act('a', 0), act('b', 0, ['a'])]);
    expect(schedule.duration).toBe(0);
    expect(schedule.criticalPath).toEqual(['a', 'b']);
  });

  it('throws a PlanCycleError naming the activities of a cycle in order', () => {
    const run = () =>
      scheduleNetwork([
        act('start', 1),
        act('a', 1, ['start', 'c']),
        act('b', 1, ['a']),
        act('c', 1, ['b']),
        act('d', 1, ['c']),
      ]);
    expect(run).toThrow(PlanCycleError);
    expect(run).toThrow('Cycle: a → b → c → a');
    try {
      run();
    } catch (error) {
      expect((error as PlanCycleError).cycle).toEqual(['a', 'b', 'c']);
    }
    expect(() => scheduleNetwork([act('self', 2, ['self'])])).toThrow('Cycle: self → self');
  });

  it('throws naming unknown predecessors and duplicate ids', () => {
    expect(() => scheduleNetwork([act('a', 1, ['ghost']), act('b', 1, ['a', 'phantom'])])).toThrow(
      'Unknown predecessor ids: "ghost" (predecessor of "a"), "phantom" (predecessor of "b")',
    );
    expect(() => scheduleNetwork([act('a', 1), act('a', 2)])).toThrow('duplicate activity id "a"');
    expect(() => scheduleNetwork([act('a', -1)])).toThrow('invalid duration');
  });

  it('schedules a chain of 1,000 activities with parallel branches correctly', () => {
    const activities: NetworkActivity[] = [];
    for (let i = 0; i < 1000; i += 1) {
      // Every tenth activity is a 1-day side branch off the chain activity two before it.
      const side = i % 10 === 9;
      const previousChain = side || i % 10 === 0 ? i - 2 : i - 1;
      activities.push(act(`a${i}`, side ? 1 : 2, i === 0 ? [] : [`a${previousChain}`]));
    }
    const schedule = scheduleNetwork(activities);
    // 900 chain activities of 2 days each.
    expect(schedule.duration).toBe(1800);
    expect(schedule.criticalPath).toHaveLength(900);
    // A side branch has no successor: it may finish as late as the project.
    expect(schedule.activities.a9).toEqual(row(16, 17, 1799, 1800, 1783));
    expect(schedule.activities.a999).toEqual(row(1798, 1799, 1799, 1800, 1));
  });
});

describe('findCycle', () => {
  it('finds none in a DAG and the cycle in order otherwise', () => {
    expect(
      findCycle([
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'a', to: 'c' },
      ]),
    ).toBeNull();
    expect(findCycle([])).toBeNull();
    expect(
      findCycle([
        { from: 'x', to: 'a' },
        { from: 'a', to: 'b' },
        { from: 'b', to: 'c' },
        { from: 'c', to: 'a' },
      ]),
    ).toEqual(['a', 'b', 'c']);
    expect(findCycle([{ from: 'q', to: 'q' }])).toEqual(['q']);
  });
});
