import { renewEpoch } from '../../../src/server';
import { SyncError } from '../../../src/shared/sync/engine';
import type { PulledChange } from '../../../src/shared/sync/protocol';
import { EDITED_TABLES, sharedStart } from './actions';
import type { Action, Scenario } from './actions';
import {
  checkDeletes,
  checkIsolation,
  checkLocalWrite,
  checkFieldState,
  checkLogAgainstModel,
  checkNothingLost,
  checkParked,
  checkRefusedFields,
  checkSequence,
  checkStampsIncrease,
  deviceExpectation,
  deviceState,
  diffStates,
  withoutFields,
  lastSeq,
  oracleOf,
  readFieldState,
  readLog,
  stateOfLog,
} from './checks';
import { resetIds } from './deterministic-ids';
import { closeDevice, crashAndRestart, openDevice, syncDevice } from './devices';
import type { Device } from './devices';
import { createLedger } from './ledger';
import { isRefusal, writeLocally } from './local-writes';
import type { Ledger } from './ledger';
import { createSimNetwork } from './network';
import type { Fault, SimNetwork } from './network';
import { createPoisoner, isPoison, pushPoison } from './poison';
import type { Poisoner } from './poison';
import { USERS_IN_A } from './sim-server';
import type { SimServer, SimWorkspaces } from './sim-server';

/**
 * Runs one scenario against the real server: devices edit offline and sync through the faulty
 * network, then the network heals, every device syncs until quiet, and the invariants of
 * issue #5 are checked. Throws an Error listing every broken invariant.
 */

/** What a run did, summed over runs to show what a budget exercised. */
export type RunStats = {
  runs: number;
  actions: number;
  /** Local writes the repositories refused (a deleted section, a sent offer, …). */
  refused: number;
  /** Local writes with no row to write on (no client yet, say). */
  idle: number;
  syncs: number;
  /** Sync runs that ended in a network or server error during the faulty phase. */
  failedSyncs: number;
  crashes: number;
  /** Sync runs that found a new epoch and resynced. */
  resyncs: number;
  /** Malformed pushes a member sent straight to the server, and those it refused (poison.ts). */
  poisoned: number;
  poisonRefused: number;
  /** Rounds of syncing every device until quiet, summed. */
  quietRounds: number;
  logRows: number;
  faults: Record<Fault | 'partitioned' | 'replayed', number>;
};

/** An empty RunStats to add runs into. */
export function emptyStats(): RunStats {
  return {
    runs: 0,
    actions: 0,
    refused: 0,
    idle: 0,
    syncs: 0,
    failedSyncs: 0,
    crashes: 0,
    resyncs: 0,
    poisoned: 0,
    poisonRefused: 0,
    quietRounds: 0,
    logRows: 0,
    faults: {
      ok: 0,
      drop: 0,
      loseResponse: 0,
      duplicate: 0,
      delay: 0,
      gateway: 0,
      gatewayAfterCommit: 0,
      stalePull: 0,
      partitioned: 0,
      replayed: 0,
    },
  };
}

/** Rounds of syncing every device before a healed network must be quiet. */
export const MAX_QUIET_ROUNDS = 6;

/** A SyncError a broken network or a busy server explains; anything else is a finding. */
const isNetworkFailure = (error: unknown): boolean =>
  error instanceof SyncError && (error.code === 'network' || error.code === 'server');

/** The error a run ends with when invariants break. */
const brokenInvariants = (problems: readonly string[]): Error =>
  new Error(`${problems.length} invariant(s) broken:\n${problems.join('\n')}`);

type World = {
  server: SimServer;
  workspaces: SimWorkspaces;
  network: SimNetwork;
  ledger: Ledger;
  devices: Device[];
  /** Each device's user's token, by device index. */
  tokens: string[];
  poisoner: Poisoner;
  stats: RunStats;
};

/** The device a slot names. */
const deviceOf = (world: World, slot: number): Device =>
  world.devices[slot % world.devices.length]!;

/** Performs the action at `step` (its index in the run, shared start included). */
async function perform(world: World, action: Action, step: number): Promise<void> {
  const { server, network, stats } = world;
  stats.actions += 1;
  switch (action.t) {
    case 'sync': {
      const device = deviceOf(world, action.d);
      network.setFaults(device.index, action.faults);
      stats.syncs += 1;
      try {
        if ((await syncDevice(device, server.clock)).resynced) stats.resyncs += 1;
      } catch (error) {
        if (!isNetworkFailure(error)) throw error;
        stats.failedSyncs += 1;
      }
      network.setFaults(device.index, []);
      return;
    }
    case 'crash':
      stats.crashes += 1;
      return crashAndRestart(deviceOf(world, action.d));
    case 'advance':
      return server.clock.advance(action.ms);
    case 'skew':
      deviceOf(world, action.d).skew.ms = action.ms;
      return;
    case 'partition':
      return network.partition(deviceOf(world, action.d).index);
    case 'heal':
      return network.heal(deviceOf(world, action.d).index);
    case 'deliverDelayed':
      await network.deliverDelayed(action.pick);
      return;
    case 'replay':
      await network.replay(action.pick);
      return;
    case 'renewEpoch':
      await renewEpoch(server.db, { workspace: world.workspaces[action.workspace] });
      return;
    case 'poison': {
      const device = deviceOf(world, action.d);
      const { poisoner } = world;
      const [pushes, refused] = [poisoner.pushes, poisoner.refused];
      const problem = await pushPoison({
        server,
        ledger: world.ledger,
        poisoner,
        device,
        token: world.tokens[device.index]!,
        row: action.row,
        kind: action.kind,
      });
      stats.poisoned += poisoner.pushes - pushes;
      stats.poisonRefused += poisoner.refused - refused;
      if (problem)
        throw brokenInvariants([`device ${device.index} (poison, step ${step}): ${problem}`]);
      return;
    }
    default: {
      const device = deviceOf(world, action.d);
      const before = await deviceState(device.session.db, EDITED_TABLES);
      try {
        if (!(await writeLocally(device, action))) stats.idle += 1;
      } catch (error) {
        if (!isRefusal(error)) throw error;
        stats.refused += 1;
      }
      const after = await deviceState(device.session.db, EDITED_TABLES);
      const label = `device ${device.index} (${action.t}, step ${step})`;
      // Fail at once: the rest of the run cannot repair this, and shrinking gets faster.
      const problems = checkLocalWrite(before.state, after.state, label);
      if (problems.length > 0) throw brokenInvariants(problems);
    }
  }
}

/** Syncs every device, round after round, until no outbox holds anything and every cursor is at the end. */
async function syncUntilQuiet(world: World): Promise<void> {
  const { server, devices } = world;
  for (let round = 1; round <= MAX_QUIET_ROUNDS; round += 1) {
    world.stats.quietRounds += 1;
    for (const device of devices) {
      try {
        if ((await syncDevice(device, server.clock)).resynced) world.stats.resyncs += 1;
      } catch (error) {
        throw new Error(
          `Device ${device.index} failed to sync on a healed network (round ${round}): ${String(error)}`,
          { cause: error },
        );
      }
    }
    const states = await Promise.all(
      devices.map(async (device) => ({
        pending: await device.session.store.pendingChanges(),
        cursor: await device.session.store.getCursor(),
        last: await lastSeq(server.db, device.workspaceId),
      })),
    );
    if (states.every(({ pending, cursor, last }) => pending === 0 && cursor === last)) return;
    if (round === MAX_QUIET_ROUNDS) {
      throw new Error(
        `Not quiet after ${round} rounds on a healed network: ` +
          states
            .map(
              (s, index) =>
                `device ${index}: ${s.pending} pending, cursor ${s.cursor} of ${s.last}`,
            )
            .join('; '),
      );
    }
  }
}

/** Every invariant of one workspace; the problems found. */
async function checkWorkspace(world: World, workspaceId: string, label: string): Promise<string[]> {
  const { server, ledger, devices } = world;
  const log = await readLog(server.db, workspaceId);
  const record = ledger.workspace(workspaceId);
  const serverState = stateOfLog(log);
  const oracle = oracleOf(record.acked);
  const problems = [
    ...[
      ...checkSequence(log, await lastSeq(server.db, workspaceId)),
      ...checkStampsIncrease(log),
      ...checkFieldState(log, await readFieldState(server.db, workspaceId)),
      ...checkLogAgainstModel(log, record),
    ].map((problem) => `${label} log: ${problem}`),
    ...oracle.problems.map((p) => `${label}: ${p}`),
    ...diffStates(oracle.state, serverState, `${label} server vs oracle`),
    ...checkNothingLost(record.acked, serverState).map((p) => `${label}: ${p}`),
  ];
  // Devices hold the good data: a field whose winner is a malformed change keeps a valid value.
  const { expected, refused } = deviceExpectation(oracle.state);
  // What reached the log of the malformed changes (a lower stamp than a field's loses) is parked.
  const poison = log.filter(isPoison);
  for (const device of devices.filter((d) => d.workspaceId === workspaceId)) {
    const local = await deviceState(device.session.db);
    const name = `${label} device ${device.index}`;
    problems.push(
      ...local.problems.map((p) => `${name}: ${p}`),
      ...diffStates(expected, withoutFields(local.state, refused), `${name} vs oracle`),
      ...checkDeletes(expected, local.state, name),
      ...checkRefusedFields(refused, local.state, name),
      ...(await checkParked(device.session.db, poison, name)),
    );
  }
  world.stats.logRows += log.length;
  return problems;
}

/** The change logs a run left behind, for tests that count rows by hand. */
export type RunOutcome = { logA: PulledChange[]; logB: PulledChange[] };

/** Runs one scenario on the server (fresh workspaces and devices); throws when an invariant breaks. */
export async function runScenario(
  server: SimServer,
  scenario: Scenario,
  stats: RunStats = emptyStats(),
): Promise<RunOutcome> {
  resetIds();
  server.clock.reset();
  const workspaces = await server.newWorkspaces();
  const ledger = createLedger(server.clock.now);
  const network = createSimNetwork({
    app: server.app,
    clock: server.clock,
    observer: ledger,
    pageLimit: scenario.pageLimit,
  });
  const world: World = {
    server,
    workspaces,
    network,
    ledger,
    devices: [],
    tokens: [],
    poisoner: createPoisoner(),
    stats,
  };
  stats.runs += 1;
  try {
    const slots = scenario.devicesInA + 1;
    for (let index = 0; index < slots; index += 1) {
      const inB = index === scenario.devicesInA;
      const token = server.users[inB ? USERS_IN_A : index]!.token;
      world.tokens.push(token);
      world.devices.push(
        await openDevice({
          index,
          workspaceId: inB ? workspaces.b : workspaces.a,
          token,
          skewMs: scenario.skews[index] ?? 0,
          fetch: network.fetchFor(index),
          clock: server.clock,
        }),
      );
    }
    const start = scenario.shared ? sharedStart(world.devices.length) : [];
    for (const [step, action] of [...start, ...scenario.actions].entries()) {
      await perform(world, action, step);
    }
    await network.healAll();
    await syncUntilQuiet(world);
    const logA = await readLog(server.db, workspaces.a);
    const logB = await readLog(server.db, workspaces.b);
    const problems = [
      ...ledger.violations,
      ...(await checkWorkspace(world, workspaces.a, 'A')),
      ...(await checkWorkspace(world, workspaces.b, 'B')),
      ...checkIsolation(logA, logB),
    ];
    if (problems.length > 0) throw brokenInvariants(problems);
    return { logA, logB };
  } finally {
    for (const [fault, count] of Object.entries(network.counts)) {
      stats.faults[fault as keyof RunStats['faults']] += count;
    }
    world.devices.forEach(closeDevice);
  }
}
