import type { NavigateAction } from './channel';

/** What a key does in the presenter or the audience window. */
export type KeyCommand = NavigateAction | 'lead' | 'leave';

type KeyInput = { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean };

const keys: Readonly<Record<string, KeyCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  b: 'black',
  B: 'black',
  '.': 'black',
  l: 'lead',
  L: 'lead',
  Escape: 'leave',
};

/**
 * The keyboard's and the presentation clicker's keys (clickers send Page Up/Down, B or the
 * period for the black screen). Keys with Ctrl, Alt or Meta belong to the browser and the app.
 */
export function keyCommand(event: KeyInput): KeyCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return keys[event.key] ?? null;
}

export type PointerPoint = { x: number; y: number; time: number };

/** Shortest horizontal travel of a swipe (CSS pixels) and its longest duration. */
const SWIPE_MIN = 50;
const SWIPE_MAX_MS = 800;
/** Travel below which a pointer down/up is a tap (a click on the stage: next). */
const TAP_MAX = 10;

/**
 * A pointer gesture on the stage: a horizontal swipe to the left is the next slide, to the right
 * the previous one; a tap is the next slide; anything else (a slow drag, a vertical scroll) is
 * nothing.
 */
export function gestureAction(start: PointerPoint, end: PointerPoint): NavigateAction | null {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (Math.hypot(dx, dy) <= TAP_MAX) return 'next';
  if (end.time - start.time > SWIPE_MAX_MS) return null;
  if (Math.abs(dx) < SWIPE_MIN || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** A timer's reading: m:ss, or h:mm:ss from an hour on (negative counts as 0). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
