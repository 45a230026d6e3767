import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  loopTick,
  navigate,
  nextTickDelay,
  startLoop,
  type LoopState,
} from '#shared/presentations';
import { openPresentationChannel, type NavigateAction, type PresentationChannel } from './channel';

type Args = {
  deckId: string;
  /** Each slide's duration in seconds, in deck order. */
  durations: readonly number[];
  /** The attract loop returns to slide 1 after this many seconds without interaction. */
  idleSeconds: number;
};

export type Presenter = {
  index: number;
  black: boolean;
  looping: boolean;
  /** When the shown slide came up (Date.now() ms). */
  shownAt: number;
  apply(action: NavigateAction): void;
  setLooping(on: boolean): void;
};

const stateMessage = (state: LoopState) => ({
  type: 'state' as const,
  index: state.index,
  black: state.black,
  at: Date.now(),
});

/**
 * The presenter's state (the core's LoopState) and its channel: each change goes out to the
 * audience windows at once (before React renders the presenter), an audience's `hello` gets the
 * state, its `navigate` is applied here. While the attract loop runs, a timer set to the core's
 * nextTickDelay applies loopTick.
 */
export function usePresenter({ deckId, durations, idleSeconds }: Args): Presenter {
  const count = durations.length;
  const [state, setState] = useState<LoopState>(() => startLoop(Date.now()));
  const [looping, setLoopingState] = useState(false);
  // A timer that fired without a change still sets the next one.
  const [tick, setTick] = useState(0);
  const stateRef = useRef(state);
  const channelRef = useRef<PresentationChannel | null>(null);

  const commit = useCallback((next: LoopState) => {
    const previous = stateRef.current;
    stateRef.current = next;
    if (previous.index !== next.index || previous.black !== next.black) {
      channelRef.current?.post(stateMessage(next));
    }
    setState(next);
  }, []);

  const apply = useCallback(
    (action: NavigateAction) => {
      if (count === 0) return;
      commit(navigate(stateRef.current, action, Date.now(), count));
    },
    [commit, count],
  );
  const applyRef = useRef(apply);
  applyRef.current = apply;

  useEffect(() => {
    const channel = openPresentationChannel(deckId, (message) => {
      if (message.type === 'hello') channel.post(stateMessage(stateRef.current));
      else if (message.type === 'navigate') applyRef.current(message.action);
    });
    channelRef.current = channel;
    // An audience already open (the presenter reloaded) follows this presenter from now on.
    channel.post(stateMessage(stateRef.current));
    return () => {
      channelRef.current = null;
      channel.close();
    };
  }, [deckId]);

  // Slides removed while presenting: stay on the last one there is.
  useEffect(() => {
    if (count > 0 && stateRef.current.index >= count) apply({ goto: count - 1 });
  }, [count, apply]);

  const durationsKey = durations.join(',');
  const stableDurations = useMemo(
    () => durationsKey.split(',').filter(Boolean).map(Number),
    [durationsKey],
  );
  useEffect(() => {
    if (!looping || count === 0) return;
    const delay = nextTickDelay(stateRef.current, Date.now(), stableDurations, idleSeconds);
    const timer = setTimeout(
      () => {
        const next = loopTick(stateRef.current, Date.now(), stableDurations, idleSeconds);
        if (next !== stateRef.current) commit(next);
        setTick((value) => value + 1);
      },
      // Never a busy loop, whatever the delay says.
      Math.max(delay, 20),
    );
    return () => clearTimeout(timer);
  }, [looping, state, tick, count, stableDurations, idleSeconds, commit]);

  const setLooping = useCallback(
    (on: boolean) => {
      if (on) commit(startLoop(Date.now()));
      setLoopingState(on);
    },
    [commit],
  );

  return {
    index: Math.min(state.index, Math.max(count - 1, 0)),
    black: state.black,
    looping,
    shownAt: state.shownAt,
    apply,
    setLooping,
  };
}
