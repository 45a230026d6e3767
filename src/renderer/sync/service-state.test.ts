import { describe, expect, it } from 'vitest';
import { SyncError } from '#shared/sync/engine';
import { ClockDriftError } from '#shared/sync/hlc';
import { initialSyncServiceState, phaseOf, reduce, statusOf, toFailure } from './service-state';
import type {
  RunFailure,
  SyncServiceEffect,
  SyncServiceEvent,
  SyncServiceState,
} from './service-state';
import { SYNC_TIMING } from './triggers';

/** A signed-in, online, idle service, with overrides. */
const given = (overrides: Partial<SyncServiceState> = {}): SyncServiceState => ({
  ...initialSyncServiceState({ online: true }),
  signedIn: true,
  ...overrides,
});

/** Feeds the events in order; the final state and every effect on the way. */
function play(state: SyncServiceState, ...events: SyncServiceEvent[]) {
  const effects: SyncServiceEffect[] = [];
  for (const event of events) {
    const step = reduce(state, event);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
}

const failure = (code: RunFailure['code'], retryAfterMs?: number): RunFailure => ({
  code,
  message: `failed: ${code}`,
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});
const runFailed = (code: RunFailure['code'], retryAfterMs?: number): SyncServiceEvent => ({
  type: 'runFailed',
  failure: failure(code, retryAfterMs),
});
const publish = { type: 'publish' } as const;
const run = { type: 'run' } as const;
const settle = { type: 'settle' } as const;
const probe = { type: 'probe' } as const;
const stop = (timer: 'debounce' | 'periodic' | 'retry') => ({ type: 'stopTimer', timer }) as const;
const start = (timer: 'debounce' | 'periodic' | 'retry', ms: number) =>
  ({ type: 'startTimer', timer, ms }) as const;
/** A whole engine run that succeeds with `pending` changes left. */
const succeeded = (pending = 0): SyncServiceEvent[] => [
  { type: 'runStarted' },
  { type: 'runSucceeded' },
  { type: 'outboxChecked', pending },
  { type: 'runEnded' },
];
const running = given({ running: true });

describe('sync service rules: starting', () => {
  it('runs at once when loaded signed in and online', () => {
    const { state, effects } = play(initialSyncServiceState({ online: true }), {
      type: 'loaded',
      signedIn: true,
    });
    expect(effects).toEqual([publish, stop('debounce'), run]);
    expect(phaseOf(state)).toBe('syncing');
  });

  it('only publishes when loaded signed out or offline', () => {
    expect(
      play(initialSyncServiceState({ online: true }), { type: 'loaded', signedIn: false }).effects,
    ).toEqual([publish]);
    expect(
      play(initialSyncServiceState({ online: false }), { type: 'loaded', signedIn: true }).effects,
    ).toEqual([publish]);
  });

  it('keeps a database it cannot read as the status, without retrying', () => {
    const { state, effects } = play(given(), {
      type: 'storeFailed',
      failure: failure('rejected'),
    });
    expect([effects, phaseOf(state), state.failures]).toEqual([[publish], 'error', 0]);
  });
});

describe('sync service rules: one run at a time', () => {
  it('makes one more run of any number of requests during a run, then settles and runs periodically', () => {
    const { state, effects } = play(
      running,
      { type: 'runStarted' },
      { type: 'syncRequested' },
      { type: 'timerFired', timer: 'debounce' },
      ...succeeded().slice(1),
      ...succeeded(),
      { type: 'settled' },
    );
    expect(effects).toEqual([
      stop('retry'),
      stop('debounce'),
      stop('debounce'),
      stop('retry'),
      run,
      stop('retry'),
      settle,
      start('periodic', SYNC_TIMING.periodicMs),
    ]);
    expect(state).toEqual({
      ...given(),
      timers: { debounce: false, periodic: true, retry: false },
    });
  });

  it('runs again at once when changes were made during the run', () => {
    const { state, effects } = play(running, ...succeeded(3));
    expect([effects, state.pending, state.running]).toEqual([[stop('retry'), run], 3, true]);
  });

  it('lets a request made before the run began count only once', () => {
    // The run resets the request when it starts: it will see the outbox as it is then.
    const { effects } = play(given(), { type: 'syncRequested' }, { type: 'syncRequested' });
    expect(effects).toEqual([
      stop('retry'),
      stop('debounce'),
      run,
      stop('retry'),
      stop('debounce'),
    ]);
    expect(play(running, { type: 'syncRequested' }, ...succeeded()).effects.at(-1)).toEqual(settle);
  });

  it('ends the loop after a failed run even when another was asked for', () => {
    const { state, effects } = play(
      running,
      { type: 'runStarted' },
      { type: 'syncRequested' },
      runFailed('server'),
      { type: 'runEnded' },
    );
    expect(effects.slice(-2)).toEqual([start('retry', SYNC_TIMING.retryBaseMs), settle]);
    expect([state.running, phaseOf(state)]).toEqual([false, 'error']);
  });
});

describe('sync service rules: failures and retries', () => {
  it('doubles the wait per failure in a row up to the cap', () => {
    const delays: number[] = [];
    let state = given();
    for (let i = 0; i < 8; i += 1) {
      const step = play(state, runFailed('network'));
      state = step.state;
      delays.push(...step.effects.flatMap((e) => (e.type === 'startTimer' ? [e.ms] : [])));
    }
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000]);
  });

  it("waits at least the server's Retry-After", () => {
    expect(play(given(), runFailed('server', 90_000)).effects).toEqual([start('retry', 90_000)]);
  });

  it('starts over with the base wait after a success', () => {
    const { effects } = play(given({ failures: 5 }), ...succeeded(), runFailed('server'));
    expect(effects.at(-1)).toEqual(start('retry', SYNC_TIMING.retryBaseMs));
  });

  it('probes the server before a due retry after a network failure, and runs when it answers', () => {
    const offline = play(given(), runFailed('network')).state;
    expect(phaseOf(offline)).toBe('offline');
    const due = play(offline, { type: 'timerFired', timer: 'retry' });
    expect(due.effects).toEqual([probe]);
    expect(play(due.state, { type: 'probeSucceeded' }).effects).toEqual([stop('debounce'), run]);
  });

  it('waits longer when the probe fails too', () => {
    const offline = play(given(), runFailed('network'), { type: 'timerFired', timer: 'retry' });
    const { state, effects } = play(offline.state, {
      type: 'probeFailed',
      failure: failure('network'),
    });
    expect([effects, state.failures]).toEqual([[start('retry', 10_000), publish], 2]);
  });

  it('runs a due retry after a server failure directly', () => {
    const failed = play(given(), runFailed('server')).state;
    expect(play(failed, { type: 'timerFired', timer: 'retry' }).effects).toEqual([
      stop('debounce'),
      run,
    ]);
  });

  it('leaves the periodic run to the retry while one is due', () => {
    const { effects } = play(given(), runFailed('server'), { type: 'settled' });
    expect(effects.at(-1)).toEqual(stop('periodic'));
  });

  it('stops running by itself after a failure only the user can fix, but runs on demand', () => {
    for (const code of ['unauthorized', 'forbidden', 'protocol'] as const) {
      const { state, effects } = play(
        given({ pending: 1 }),
        runFailed(code),
        { type: 'settled' },
        { type: 'committed', pending: 2 },
        { type: 'networkChanged', online: false },
        { type: 'networkChanged', online: true },
      );
      expect(effects.filter((e) => e.type === 'startTimer' || e.type === 'probe')).toEqual([]);
      expect([phaseOf(state), state.running]).toEqual(['error', false]);
      expect(play(state, { type: 'syncRequested' }).effects).toEqual([
        stop('retry'),
        stop('debounce'),
        run,
      ]);
    }
  });
});

describe('sync service rules: network', () => {
  it('pauses offline: every timer stops and local changes wait', () => {
    const { state, effects } = play(
      given({ timers: { debounce: true, periodic: true, retry: true } }),
      { type: 'networkChanged', online: false },
      { type: 'committed', pending: 1 },
    );
    expect(effects).toEqual([stop('retry'), stop('debounce'), stop('periodic'), publish, publish]);
    expect([phaseOf(state), state.pending]).toEqual(['offline', 1]);
  });

  it('probes at once when the network returns, forgetting the failures in a row', () => {
    const { state, effects } = play(
      given({ online: false, failures: 4, failure: failure('network') }),
      { type: 'networkChanged', online: true },
    );
    expect([effects, state.failures]).toEqual([[publish, probe], 0]);
  });

  it('does not probe while a run is in progress', () => {
    expect(play(running, { type: 'networkChanged', online: true }).effects).toEqual([publish]);
  });
});

describe('sync service rules: local changes', () => {
  it('pushes a local change after the quiet time, restarting it with the next change', () => {
    const { effects } = play(
      given(),
      { type: 'committed', pending: 1 },
      { type: 'committed', pending: 2 },
      { type: 'timerFired', timer: 'debounce' },
    );
    expect(effects).toEqual([
      publish,
      start('debounce', SYNC_TIMING.debounceMs),
      publish,
      start('debounce', SYNC_TIMING.debounceMs),
      stop('debounce'),
      run,
    ]);
  });

  it('schedules nothing for a commit that did not add to the outbox (a pulled page) or during a run', () => {
    expect(play(given({ pending: 2 }), { type: 'committed', pending: 2 }).effects).toEqual([
      publish,
    ]);
    expect(play(running, { type: 'committed', pending: 1 }).effects).toEqual([publish]);
  });
});

describe('sync service rules: account', () => {
  it('starts afresh with a chosen workspace, clearing the failure', () => {
    const { state, effects } = play(
      given({ signedIn: false, failure: failure('unauthorized'), failures: 1 }),
      { type: 'workspaceSelected' },
    );
    expect(effects).toEqual([stop('retry'), publish, stop('debounce'), run]);
    expect(state).toMatchObject({ signedIn: true, failures: 0, running: true });
    expect(state.failure).toBeUndefined();
  });

  it('runs once more for a workspace chosen during a run', () => {
    expect(play(running, { type: 'workspaceSelected' }).state.runAgain).toBe(true);
  });

  it('stops every timer when logging out and runs nothing once signed out', () => {
    const { state, effects } = play(
      given({ failure: failure('server'), failures: 2 }),
      { type: 'logoutStarted' },
      { type: 'loggedOut' },
      { type: 'syncRequested' },
      { type: 'timerFired', timer: 'periodic' },
    );
    expect(effects).toEqual([
      stop('debounce'),
      stop('periodic'),
      stop('retry'),
      publish,
      stop('retry'),
    ]);
    expect([phaseOf(state), state.failure, state.failures]).toEqual(['signed-out', undefined, 0]);
  });

  it('runs nothing once disposed', () => {
    const { effects } = play(
      given(),
      { type: 'disposed' },
      { type: 'timerFired', timer: 'debounce' },
      { type: 'committed', pending: 3 },
      { type: 'networkChanged', online: true },
    );
    expect(
      effects.filter((e) => e.type === 'run' || e.type === 'probe' || e.type === 'startTimer'),
    ).toEqual([]);
  });
});

describe('statusOf', () => {
  const account = {
    serverUrl: 'https://sync.example.de',
    email: 'anna@example.de',
    userId: 'u-anna',
    workspaceId: 'ws-sales',
    workspaceName: 'Vertrieb',
  };
  const progress = { pushed: 1, toPush: 2, pulled: 0 };

  it('shows the progress only while syncing, the error except when signed out', () => {
    const parts = { account, progress, conflicts: 2, tokenPersistence: 'device' as const };
    expect(statusOf(given({ running: true, pending: 2 }), parts)).toEqual({
      phase: 'syncing',
      pending: 2,
      conflicts: 2,
      account,
      progress,
      tokenPersistence: 'device',
    });
    expect(statusOf(given({ failure: failure('server') }), parts)).toEqual({
      phase: 'error',
      pending: 0,
      conflicts: 2,
      account,
      error: { code: 'server', message: 'failed: server' },
      tokenPersistence: 'device',
    });
    expect(
      statusOf(given({ signedIn: false, failure: failure('server') }), {
        ...parts,
        lastSyncedAt: '2026-11-28T09:15:02.123Z',
      }),
    ).toEqual({
      phase: 'signed-out',
      pending: 0,
      conflicts: 2,
      account,
      lastSyncedAt: '2026-11-28T09:15:02.123Z',
    });
  });

  it('says offline for a network failure and without a network, keeping the last error', () => {
    expect(phaseOf(given({ failure: failure('network') }))).toBe('offline');
    expect(phaseOf(given({ online: false }))).toBe('offline');
    expect(statusOf(given({ online: false, failure: failure('clock') }), { conflicts: 0 })).toEqual(
      {
        phase: 'offline',
        pending: 0,
        conflicts: 0,
        error: { code: 'clock', message: 'failed: clock' },
      },
    );
    expect(phaseOf(given())).toBe('idle');
  });
});

describe('toFailure', () => {
  it('keeps a sync error with its Retry-After, calls a drifting clock clock and anything else rejected', () => {
    expect([
      toFailure(new SyncError('server', 'busy', 429, 30_000)),
      toFailure(new SyncError('unauthorized', 'expired', 401)),
      toFailure(new ClockDriftError('45 minutes ahead')),
      toFailure(new TypeError('x is undefined')),
      toFailure('odd'),
    ]).toEqual([
      { code: 'server', message: 'busy', retryAfterMs: 30_000 },
      { code: 'unauthorized', message: 'expired' },
      { code: 'clock', message: '45 minutes ahead' },
      { code: 'rejected', message: 'x is undefined' },
      { code: 'rejected', message: 'odd' },
    ]);
  });
});
