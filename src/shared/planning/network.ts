/**
 * The network plan (critical path method) on working-day offsets from 0: a forward pass for the
 * earliest dates, a backward pass for the latest, floats and the critical path. Finish-to-start
 * links with a lag; O(V + E log V) (a heap keeps the topological order stable by input order).
 */
import type { NetworkActivity, NetworkSchedule, ScheduledActivity } from './types';

/** A cycle in the dependencies: `cycle` lists the ids in order (each one precedes the next). */
export class PlanCycleError extends Error {
  readonly cycle: string[];

  constructor(cycle: string[]) {
    super(`Cycle: ${[...cycle, cycle[0]].join(' → ')}`);
    this.name = 'PlanCycleError';
    this.cycle = cycle;
  }
}

/** A binary min-heap of numbers (input indexes). */
class IndexHeap {
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(value: number): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const up = items[parent]!;
      if (up <= value) break;
      items[i] = up;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && items[right]! < items[left]! ? right : left;
        const down = items[child]!;
        if (down >= last) break;
        items[i] = down;
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

type Graph = {
  /** Predecessor indexes and lags per node. */
  preds: { from: number; lag: number }[][];
  succs: { to: number; lag: number }[][];
};

/** Topological order (ties by index) or the nodes left over when there is a cycle. */
function topologicalOrder(graph: Graph): { order: number[]; rest: boolean[] | null } {
  const count = graph.preds.length;
  const indegree = graph.preds.map((preds) => preds.length);
  const heap = new IndexHeap();
  for (let i = 0; i < count; i += 1) if (indegree[i] === 0) heap.push(i);
  const order: number[] = [];
  while (heap.size > 0) {
    const node = heap.pop();
    order.push(node);
    for (const { to } of graph.succs[node]!) {
      const left = indegree[to]! - 1;
      indegree[to] = left;
      if (left === 0) heap.push(to);
    }
  }
  if (order.length === count) return { order, rest: null };
  return { order, rest: indegree.map((degree) => degree > 0) };
}

/**
 * One cycle among the nodes Kahn's algorithm could not order: every such node has a predecessor
 * among them, so walking predecessors must repeat. Returned in precedence order, starting at
 * the member with the lowest index.
 */
function cycleAmong(graph: Graph, rest: boolean[]): number[] {
  const start = rest.indexOf(true);
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  let node = start;
  while (!seenAt.has(node)) {
    seenAt.set(node, walk.length);
    walk.push(node);
    const next = graph.preds[node]!.find((pred) => rest[pred.from]);
    if (next === undefined) throw new Error('internal: no predecessor inside the cycle');
    node = next.from;
  }
  const cycle = walk.slice(seenAt.get(node)).reverse();
  const lowest = cycle.indexOf(Math.min(...cycle));
  return [...cycle.slice(lowest), ...cycle.slice(0, lowest)];
}

/**
 * Schedules a network of finish-to-start activities in working days from 0. ES = max over the
 * predecessors of EF + lag; the latest finish of an activity without successors is the project
 * duration; total float = LS − ES; free float = min over the successors of (ES − lag − EF), or
 * duration − EF at the end; critical = total float 0. Throws PlanCycleError on a cycle and an
 * Error naming unknown predecessors or duplicate ids.
 */
export function scheduleNetwork(activities: NetworkActivity[]): NetworkSchedule {
  const index = new Map<string, number>();
  activities.forEach((activity, i) => {
    if (index.has(activity.id)) throw new Error(`duplicate activity id "${activity.id}"`);
    if (!(Number.isFinite(activity.duration) && activity.duration >= 0)) {
      throw new Error(`activity "${activity.id}" has an invalid duration ${activity.duration}`);
    }
    index.set(activity.id, i);
  });
  const unknown: string[] = [];
  const graph: Graph = {
    preds: activities.map(() => []),
    succs: activities.map(() => []),
  };
  activities.forEach((activity, i) => {
    const seen = new Set<string>();
    for (const id of activity.predecessors) {
      const from = index.get(id);
      if (from === undefined) {
        unknown.push(`"${id}" (predecessor of "${activity.id}")`);
        continue;
      }
      if (seen.has(id)) continue;
      seen.add(id);
      const lag = activity.lags?.[id] ?? 0;
      if (!Number.isFinite(lag))
        throw new Error(`invalid lag ${lag} from "${id}" to "${activity.id}"`);
      graph.preds[i]!.push({ from, lag });
      graph.succs[from]!.push({ to: i, lag });
    }
  });
  if (unknown.length > 0) throw new Error(`Unknown predecessor ids: ${unknown.join(', ')}`);

  const { order, rest } = topologicalOrder(graph);
  if (rest !== null) {
    throw new PlanCycleError(cycleAmong(graph, rest).map((i) => activities[i]!.id));
  }

  const count = activities.length;
  const es = new Array<number>(count).fill(0);
  const ef = new Array<number>(count).fill(0);
  let duration = 0;
  for (const i of order) {
    let start = 0;
    for (const { from, lag } of graph.preds[i]!) start = Math.max(start, ef[from]! + lag);
    const finish = start + activities[i]!.duration;
    es[i] = start;
    ef[i] = finish;
    duration = Math.max(duration, finish);
  }
  const lf = new Array<number>(count).fill(duration);
  const ls = new Array<number>(count).fill(0);
  for (let k = order.length - 1; k >= 0; k -= 1) {
    const i = order[k]!;
    let finish = duration;
    for (const { to, lag } of graph.succs[i]!) finish = Math.min(finish, ls[to]! - lag);
    lf[i] = finish;
    ls[i] = finish - activities[i]!.duration;
  }

  const scheduled: Record<string, ScheduledActivity> = {};
  for (let i = 0; i < count; i += 1) {
    const [start, finish, succs] = [es[i]!, ef[i]!, graph.succs[i]!];
    let freeFloat = duration - finish;
    if (succs.length > 0) {
      freeFloat = Math.min(...succs.map(({ to, lag }) => es[to]! - lag - finish));
    }
    const totalFloat = ls[i]! - start;
    scheduled[activities[i]!.id] = {
      earliestStart: start,
      earliestFinish: finish,
      latestStart: ls[i]!,
      latestFinish: lf[i]!,
      totalFloat,
      freeFloat,
      critical: totalFloat === 0,
    };
  }
  return {
    duration,
    criticalPath: order.filter((i) => ls[i] === es[i]).map((i) => activities[i]!.id),
    activities: scheduled,
  };
}

/**
 * A cycle in directed edges (`from` must finish before `to`), or null: the ids in cycle order
 * (the first is not repeated at the end), starting with the id that appears first in `edges`.
 */
export function findCycle(edges: readonly { from: string; to: string }[]): string[] | null {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const idOf = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
    }
    return i;
  };
  const pairs = edges.map((edge) => [idOf(edge.from), idOf(edge.to)] as const);
  const graph: Graph = { preds: ids.map(() => []), succs: ids.map(() => []) };
  const seen = new Set<string>();
  for (const [from, to] of pairs) {
    const key = `${from}>${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    graph.preds[to]!.push({ from, lag: 0 });
    graph.succs[from]!.push({ to, lag: 0 });
  }
  const { rest } = topologicalOrder(graph);
  return rest === null ? null : cycleAmong(graph, rest).map((i) => ids[i]!);
}
