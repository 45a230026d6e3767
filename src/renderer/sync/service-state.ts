import { SyncError } from '#shared/sync/engine';
import { ClockDriftError } from '#shared/sync/hlc';
import type { SyncErrorCode } from '#shared/sync/status';
import { SYNC_TIMING, retryDelay, runsAutomatically } from './triggers';
import type { SyncAccount, SyncPhase, SyncProgress, SyncStatus, TokenPersistence } from './types';

/**
 * The sync service's rules as a pure reducer: when it runs, retries, waits and pauses. The
 * shell (./service.ts) feeds it events from timers, the network, the database and the engine,
 * and carries out the effects it returns; nothing here touches a timer or the network.
 */

/** The service's timers: quiet time after an edit, the periodic pull, the retry after a failure. */
export type SyncTimer = 'debounce' | 'periodic' | 'retry';

/** Why the last run (or probe) failed, as the status shows it. */
export type RunFailure = { code: SyncErrorCode; message: string; retryAfterMs?: number };

export type SyncServiceState = {
  /** An account is bound and its token is known. */
  signedIn: boolean;
  online: boolean;
  disposed: boolean;
  /** A run loop is in progress (one or more engine runs back to back). */
  running: boolean;
  /** Something asked for a run while one was in progress: one more follows. */
  runAgain: boolean;
  failure?: RunFailure;
  /** Failed runs and probes in a row (the backoff's exponent). */
  failures: number;
  /** Field changes in the outbox, as last counted. */
  pending: number;
  /** Which timers are armed. */
  timers: Readonly<Record<SyncTimer, boolean>>;
};

export type SyncServiceEvent =
  /** The stored account and token are loaded. */
  | { type: 'loaded'; signedIn: boolean }
  /** Reading the database failed: the status says why, nothing is retried. */
  | { type: 'storeFailed'; failure: RunFailure }
  | { type: 'timerFired'; timer: SyncTimer }
  | { type: 'networkChanged'; online: boolean }
  /** A write committed; `pending` is the outbox count after it. */
  | { type: 'committed'; pending: number }
  /** The outbox was counted again (the conflicts with it, kept by the shell). */
  | { type: 'counted'; pending: number }
  /** The user asked for a run now. */
  | { type: 'syncRequested' }
  | { type: 'workspaceSelected' }
  /** Logging out began: no run may start by itself from now on. */
  | { type: 'logoutStarted' }
  /** The token is forgotten. */
  | { type: 'loggedOut' }
  | { type: 'disposed' }
  | { type: 'probeSucceeded' }
  | { type: 'probeFailed'; failure: RunFailure }
  /** One engine run of the loop begins. */
  | { type: 'runStarted' }
  /** The engine finished its run; the outbox is counted next. */
  | { type: 'runSucceeded' }
  /** After a successful run: what is left in the outbox (changes made during the run). */
  | { type: 'outboxChecked'; pending: number }
  /** A run failed (an aborted run reports nothing). */
  | { type: 'runFailed'; failure: RunFailure }
  /** One engine run is over, whatever its outcome. */
  | { type: 'runEnded' }
  /** The run loop's counts are refreshed after it ended. */
  | { type: 'settled' };

export type SyncServiceEffect =
  /** Tell the listeners the new status. */
  | { type: 'publish' }
  | { type: 'startTimer'; timer: SyncTimer; ms: number }
  | { type: 'stopTimer'; timer: SyncTimer }
  /** One engine run; report runStarted, then runSucceeded + outboxChecked or runFailed, then runEnded. */
  | { type: 'run' }
  /** Ask the server's health; report probeSucceeded or probeFailed. */
  | { type: 'probe' }
  /** The run loop ended: count the outbox and conflicts, then report settled. */
  | { type: 'settle' };

export type SyncServiceStep = { state: SyncServiceState; effects: SyncServiceEffect[] };

const ALL_TIMERS: readonly SyncTimer[] = ['debounce', 'periodic', 'retry'];

/** Any thrown value as the run's failure: SyncError as is, a drifting clock as 'clock'. */
export function toFailure(error: unknown): RunFailure {
  if (error instanceof SyncError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    };
  }
  if (error instanceof ClockDriftError) return { code: 'clock', message: error.message };
  return { code: 'rejected', message: error instanceof Error ? error.message : String(error) };
}

/** The state before anything is loaded: signed out, nothing pending. */
export function initialSyncServiceState({ online }: { online: boolean }): SyncServiceState {
  return {
    signedIn: false,
    online,
    disposed: false,
    running: false,
    runAgain: false,
    failures: 0,
    pending: 0,
    timers: { debounce: false, periodic: false, retry: false },
  };
}

/** Where sync stands for the status badge. */
export function phaseOf(state: SyncServiceState): SyncPhase {
  if (!state.signedIn) return 'signed-out';
  if (state.running) return 'syncing';
  if (!state.online || state.failure?.code === 'network') return 'offline';
  return state.failure ? 'error' : 'idle';
}

/** What the shell keeps beside the state and shows in the status. */
export type SyncStatusParts = {
  account?: SyncAccount;
  progress?: SyncProgress;
  lastSyncedAt?: string;
  conflicts: number;
  /** Set once a token was kept in this session; shown while signed in. */
  tokenPersistence?: TokenPersistence;
};

/** The status the listeners see. */
export function statusOf(state: SyncServiceState, parts: SyncStatusParts): SyncStatus {
  const phase = phaseOf(state);
  const { account, progress, lastSyncedAt, tokenPersistence } = parts;
  return {
    phase,
    pending: state.pending,
    conflicts: parts.conflicts,
    ...(account ? { account } : {}),
    ...(phase === 'syncing' && progress ? { progress } : {}),
    ...(lastSyncedAt ? { lastSyncedAt } : {}),
    ...(state.failure && phase !== 'signed-out'
      ? { error: { code: state.failure.code, message: state.failure.message } }
      : {}),
    ...(state.signedIn && tokenPersistence ? { tokenPersistence } : {}),
  };
}

/** Whether a run may start by itself (debounce, periodic, network back, retry). */
export function runsByItself(state: SyncServiceState): boolean {
  return (
    !state.disposed && state.signedIn && state.online && runsAutomatically(state.failure?.code)
  );
}

/** The next state and the effects one event calls for. */
export function reduce(state: SyncServiceState, event: SyncServiceEvent): SyncServiceStep {
  const step = new Step(state);
  switch (event.type) {
    case 'loaded':
      step.set({ signedIn: event.signedIn }).publish();
      if (runsByItself(step.state)) step.trigger();
      break;
    case 'storeFailed':
      step.set({ failure: event.failure }).publish();
      break;
    case 'timerFired':
      step.set({ timers: { ...state.timers, [event.timer]: false } });
      // A due retry after a network failure probes first; every other timer runs directly.
      if (event.timer === 'retry' && state.failure?.code === 'network') step.probeThenRun();
      else step.trigger();
      break;
    case 'networkChanged':
      step.set({ online: event.online });
      if (!event.online) {
        step.stop('retry').stop('debounce').stop('periodic').publish();
      } else {
        step.publish().set({ failures: 0 }).probeThenRun();
      }
      break;
    case 'committed': {
      // Pulled pages commit too, but they never add to the outbox: only local edits schedule a run.
      const grew = event.pending > state.pending;
      step.set({ pending: event.pending }).publish();
      // A run in progress checks the outbox when it ends and goes again if it is not empty.
      if (grew && runsByItself(step.state) && !state.running) {
        step.start('debounce', SYNC_TIMING.debounceMs);
      }
      break;
    }
    case 'counted':
      step.set({ pending: event.pending }).publish();
      break;
    case 'syncRequested':
      // On demand means now: the user asked, whatever the last failure or the network say.
      step.stop('retry').trigger();
      break;
    case 'workspaceSelected':
      step.set({ signedIn: true, failure: undefined, failures: 0 }).stop('retry').publish();
      step.trigger();
      break;
    case 'logoutStarted':
      for (const timer of ALL_TIMERS) step.stop(timer);
      break;
    case 'loggedOut':
      step.set({ signedIn: false, failure: undefined, failures: 0 }).publish();
      break;
    case 'disposed':
      step.set({ disposed: true });
      for (const timer of ALL_TIMERS) step.stop(timer);
      break;
    case 'probeSucceeded':
      step.trigger();
      break;
    case 'probeFailed':
      step.fail(event.failure).publish();
      break;
    case 'runStarted':
      step.set({ runAgain: false });
      break;
    case 'runSucceeded':
      step.set({ failure: undefined, failures: 0 }).stop('retry');
      break;
    case 'outboxChecked':
      // Changes made during the run: push them now rather than after the debounce.
      step.set({ pending: event.pending, runAgain: state.runAgain || event.pending > 0 });
      break;
    case 'runFailed':
      step.fail(event.failure);
      break;
    case 'runEnded':
      if (state.runAgain && !state.disposed && state.signedIn && !state.failure) {
        step.run();
      } else {
        step.set({ running: false }).emit({ type: 'settle' });
      }
      break;
    case 'settled':
      // While a retry is due, it is the next run; the periodic one resumes after a success.
      if (runsByItself(state) && !state.timers.retry) {
        step.start('periodic', SYNC_TIMING.periodicMs);
      } else {
        step.stop('periodic');
      }
      break;
  }
  return { state: step.state, effects: step.effects };
}

/** The state being built for one event and the effects collected on the way. */
class Step {
  readonly effects: SyncServiceEffect[] = [];
  constructor(public state: SyncServiceState) {}

  set(
    changes: Omit<Partial<SyncServiceState>, 'failure'> & { failure?: RunFailure | undefined },
  ): this {
    const { failure, ...rest } = { ...this.state, ...changes };
    this.state = failure === undefined ? rest : { ...rest, failure };
    return this;
  }

  emit(effect: SyncServiceEffect): this {
    this.effects.push(effect);
    return this;
  }

  publish(): this {
    return this.emit({ type: 'publish' });
  }

  start(timer: SyncTimer, ms: number): this {
    this.set({ timers: { ...this.state.timers, [timer]: true } });
    return this.emit({ type: 'startTimer', timer, ms });
  }

  stop(timer: SyncTimer): this {
    this.set({ timers: { ...this.state.timers, [timer]: false } });
    return this.emit({ type: 'stopTimer', timer });
  }

  run(): this {
    return this.set({ running: true }).emit({ type: 'run' });
  }

  /** Runs now, or once more after the run in progress. */
  trigger(): this {
    if (this.state.disposed || !this.state.signedIn) return this;
    this.stop('debounce');
    return this.state.running ? this.set({ runAgain: true }) : this.run();
  }

  /** The network is back or a retry is due: ask the server's health first, run when it answers. */
  probeThenRun(): this {
    if (!runsByItself(this.state) || this.state.running) return this;
    return this.emit({ type: 'probe' });
  }

  /** Records a failed run or probe and schedules the retry its kind allows. */
  fail(failure: RunFailure): this {
    const failures = this.state.failures + 1;
    this.set({ failure, failures });
    const delay = retryDelay({
      code: failure.code,
      failures,
      ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
    });
    return delay === undefined ? this.stop('retry') : this.start('retry', delay);
  }
}
