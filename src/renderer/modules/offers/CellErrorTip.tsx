import { useLayoutEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';

type Place = { left: number; top: number };

// Inline so the tip needs no shared stylesheet: fixed under the cell, above the grid.
const tipStyle = {
  position: 'fixed',
  zIndex: 300,
  maxWidth: 280,
  padding: '2px 6px',
  borderRadius: 4,
  border: '1px solid var(--mantine-color-red-6)',
  background: 'var(--mantine-color-red-0)',
  color: 'var(--mantine-color-red-9)',
  fontSize: 'var(--mantine-font-size-xs)',
  pointerEvents: 'none',
} as const;

/**
 * The message of an invalid grid cell, shown right under the cell (not only its red border).
 * It lives in a portal so the grid keeps one element per column, and follows the cell when
 * the page scrolls; `id` is what the cell's `aria-describedby` names.
 */
export function CellErrorTip({
  id,
  anchor,
  message,
}: {
  id: string;
  anchor: RefObject<HTMLElement | null>;
  message: string | null;
}) {
  const [place, setPlace] = useState<Place | null>(null);
  useLayoutEffect(() => {
    if (message === null) return;
    const update = () => {
      const rect = anchor.current?.getBoundingClientRect();
      if (rect) setPlace({ left: rect.left, top: rect.bottom + 2 });
    };
    update();
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [anchor, message]);
  if (message === null || place === null) return null;
  return createPortal(
    <div id={id} role="alert" data-testid="cell-error" style={{ ...tipStyle, ...place }}>
      {message}
    </div>,
    document.body,
  );
}
