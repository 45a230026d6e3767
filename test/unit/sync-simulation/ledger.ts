import type { Change } from '../../../src/shared/sync/change';
import type { Mutation, PulledChange } from '../../../src/shared/sync/protocol';
import { createReferenceServer } from '../../../src/shared/sync/reference-server';
import type { ReferenceServer } from '../../../src/shared/sync/reference-server';
import type { PushObserver } from './network';

/**
 * What the simulation knows independently of the server: every acknowledged change (the
 * oracle's input) and a model server (reference-server.ts) fed every committed push once, in
 * the order the real server committed them, to predict the real change log.
 */

/** One workspace's record. */
export type WorkspaceLedger = {
  /** Changes of every push whose 200 reply reached its device. */
  acked: Change[];
  /** The model: the reference server, fed one collapsed mutation per committed push. */
  model: ReferenceServer;
  /** Per committed push, the log rows the model appended (often none, for a duplicate). */
  appendedPerPush: PulledChange[][];
  /** The highest mid the model recorded per client. */
  lastMids: Map<string, number>;
};

export type Ledger = PushObserver & {
  workspace(workspaceId: string): WorkspaceLedger;
  /** Contract breaches seen while the scenario ran (checked after it). */
  readonly violations: string[];
};

/**
 * A push as the server applies it (DESIGN.md, Sync: one transaction per push): mutations with
 * `mid <= lastMid` skipped, then per (table, id, field) only the highest stamp (the first on
 * equal stamps, which are the same change again). The reference server appends per mutation
 * instead, so it gets the push as one mutation.
 */
export function collapsePush(
  mutations: readonly Mutation[],
  lastMid: number,
): { lastMid: number; changes: Change[] } {
  const kept = new Map<string, Change>();
  let newLastMid = lastMid;
  for (const mutation of mutations) {
    if (mutation.mid <= newLastMid) continue;
    newLastMid = mutation.mid;
    for (const change of mutation.changes) {
      const key = `${change.table}\u0000${change.id}\u0000${change.field}`;
      const previous = kept.get(key);
      if (!previous || change.hlc > previous.hlc) kept.set(key, change);
    }
  }
  return { lastMid: newLastMid, changes: [...kept.values()] };
}

/** A ledger whose model servers run on `now` (their clock-ahead check). */
export function createLedger(now: () => number): Ledger {
  const workspaces = new Map<string, WorkspaceLedger>();
  const violations: string[] = [];
  const workspace = (workspaceId: string): WorkspaceLedger => {
    let ledger = workspaces.get(workspaceId);
    if (!ledger) {
      ledger = {
        acked: [],
        model: createReferenceServer({ now, epoch: 'model' }),
        appendedPerPush: [],
        lastMids: new Map(),
      };
      workspaces.set(workspaceId, ledger);
    }
    return ledger;
  };
  return {
    workspace,
    violations,
    committed(request, push, reply) {
      const ledger = workspace(request.workspaceId);
      const previous = ledger.lastMids.get(push.clientId) ?? 0;
      const collapsed = collapsePush(push.mutations, previous);
      if (reply.lastMid !== collapsed.lastMid) {
        violations.push(
          `push of ${push.clientId} (mids ${push.mutations.map((m) => m.mid).join(',')}) ` +
            `answered lastMid ${reply.lastMid}, the model recorded ${collapsed.lastMid}`,
        );
      }
      ledger.lastMids.set(push.clientId, collapsed.lastMid);
      if (collapsed.changes.length === 0) return;
      const before = ledger.model.log().length;
      ledger.model.push({
        clientId: push.clientId,
        schemaVersion: push.schemaVersion,
        mutations: [{ mid: collapsed.lastMid, changes: collapsed.changes }],
      });
      ledger.appendedPerPush.push(ledger.model.log().slice(before));
    },
    acknowledged(request, push, reply) {
      const ledger = workspace(request.workspaceId);
      for (const mutation of push.mutations) {
        if (mutation.mid <= reply.lastMid) ledger.acked.push(...mutation.changes);
      }
    },
  };
}
