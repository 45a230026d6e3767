import type { KeyboardEvent } from 'react';

/**
 * Keys typed in a kiosk dialog stay in it: the presenter's own keys (Backspace = previous slide,
 * Esc = leave) must not act on a PIN being typed. Esc closes the dialog instead.
 */
export function keepKeysInDialog(onEscape: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    }
    event.stopPropagation();
  };
}
