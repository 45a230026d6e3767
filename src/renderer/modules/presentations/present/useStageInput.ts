import { useCallback, useEffect, useRef, type PointerEvent } from 'react';
import type { NavigateAction } from './channel';
import { gestureAction, keyCommand, type KeyCommand, type PointerPoint } from './input';

/** Whether a key event belongs to a field or an open dialog rather than to the presentation. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="dialog"]') !== null);

/**
 * The presentation's keys on the whole window (not while typing in a field or a dialog is open),
 * and the stage's pointer handlers: a tap or a swipe (touch, pen, mouse).
 */
export function useStageInput({
  enabled,
  onCommand,
}: {
  enabled: boolean;
  onCommand: (command: KeyCommand) => void;
}) {
  const onCommandRef = useRef(onCommand);
  onCommandRef.current = onCommand;

  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || typing(event.target)) return;
      const command = keyCommand(event);
      if (command === null) return;
      // A focused button must not also "click" on Space/Enter, nor Backspace go back in history.
      event.preventDefault();
      onCommandRef.current(command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);

  const start = useRef<PointerPoint | null>(null);
  const onPointerDown = useCallback((event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    start.current = { x: event.clientX, y: event.clientY, time: event.timeStamp };
  }, []);
  const onPointerUp = useCallback(
    (event: PointerEvent<HTMLElement>) => {
      const from = start.current;
      start.current = null;
      if (!enabled || !from) return;
      const action: NavigateAction | null = gestureAction(from, {
        x: event.clientX,
        y: event.clientY,
        time: event.timeStamp,
      });
      if (action) onCommandRef.current(action);
    },
    [enabled],
  );
  const onPointerCancel = useCallback(() => {
    start.current = null;
  }, []);
  return { onPointerDown, onPointerUp, onPointerCancel };
}
