/**
 * The attract loop as pure functions of explicit times (ms), so a fake clock tests it and the
 * presenter only schedules `loopTick` after `nextTickDelay`. While nobody touches the deck it
 * advances by each slide's duration and wraps; a key, click or swipe stops it on the chosen
 * slide until `idleSeconds` pass without another, then it returns to slide 1 and loops again.
 */
export type LoopState = {
  index: number;
  /** When the current slide was shown (ms). */
  shownAt: number;
  /** The last navigation by a person (ms), or null while the deck loops by itself. */
  lastInteractionAt: number | null;
  black: boolean;
};

export type LoopAction = 'next' | 'previous' | 'first' | 'last' | 'black' | { goto: number };

/** The longest delay a timer can wait (setTimeout's 32-bit limit): "nothing to do". */
export const MAX_TICK_DELAY = 2_147_483_647;

/** A slide's time in the loop: its duration, at least one second. */
const slideMs = (durations: readonly number[], index: number) =>
  Math.max(1, durations[index] ?? 0) * 1000;

/** The loop at its start: slide 1 shown now, looping. */
export function startLoop(now: number): LoopState {
  return { index: 0, shownAt: now, lastInteractionAt: null, black: false };
}

const clamp = (index: number, count: number) =>
  Math.min(Math.max(0, Math.trunc(index)), Math.max(0, count - 1));

/**
 * A person's navigation: moves within the deck (clamped, no wrap), or toggles the black
 * screen; any other action also ends a black screen. Marks the interaction, which stops the
 * auto-advance until the deck has been idle for the idle time.
 */
export function navigate(
  state: LoopState,
  action: LoopAction,
  now: number,
  count: number,
): LoopState {
  if (action === 'black') return { ...state, black: !state.black, lastInteractionAt: now };
  const target =
    typeof action === 'object'
      ? action.goto
      : {
          next: state.index + 1,
          previous: state.index - 1,
          first: 0,
          last: count - 1,
        }[action];
  const index = clamp(target, count);
  return {
    index,
    shownAt: index === state.index ? state.shownAt : now,
    lastInteractionAt: now,
    black: false,
  };
}

/**
 * The loop at `now`: after `idleSeconds` without interaction it returns to slide 1 (at the
 * moment the idle time ran out) and loops again; while looping it advances by the slides'
 * `durations` (seconds) and wraps, catching up on every slide due since `shownAt`. Returns
 * the same object when nothing changes.
 */
export function loopTick(
  state: LoopState,
  now: number,
  durations: readonly number[],
  idleSeconds: number,
): LoopState {
  const count = durations.length;
  if (count === 0) return state;
  let next = state;
  if (next.lastInteractionAt !== null) {
    const idleEnds = next.lastInteractionAt + idleSeconds * 1000;
    if (now < idleEnds) return state;
    next = { index: 0, shownAt: idleEnds, lastInteractionAt: null, black: false };
  }
  if (next.index >= count) next = { ...next, index: 0 };
  let { index, shownAt } = next;
  // Whole rounds skipped at once: a laptop waking after hours does not walk every slide.
  const round = durations.reduce((sum, _, slide) => sum + slideMs(durations, slide), 0);
  if (now - shownAt >= round) shownAt += Math.floor((now - shownAt) / round) * round;
  while (now - shownAt >= slideMs(durations, index)) {
    shownAt += slideMs(durations, index);
    index = (index + 1) % count;
  }
  if (next === state && index === state.index && shownAt === state.shownAt) return state;
  return { ...next, index, shownAt };
}

/** Milliseconds until loopTick would change something (≥ 0; MAX_TICK_DELAY for never). */
export function nextTickDelay(
  state: LoopState,
  now: number,
  durations: readonly number[],
  idleSeconds: number,
): number {
  if (durations.length === 0) return MAX_TICK_DELAY;
  const due =
    state.lastInteractionAt !== null
      ? state.lastInteractionAt + idleSeconds * 1000
      : state.shownAt + slideMs(durations, state.index < durations.length ? state.index : 0);
  return Math.min(MAX_TICK_DELAY, Math.max(0, due - now));
}
