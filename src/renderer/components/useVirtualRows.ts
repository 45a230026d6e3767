import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type CSSProperties, type KeyboardEvent } from 'react';

/**
 * A virtualized list of fixed-height grid rows, navigable by keyboard: ↑ ↓ PageUp PageDown
 * move between rows (scrolling them into view), Enter and a click open one.
 */
export function useVirtualRows({
  count,
  rowHeight,
  template,
  onOpen,
}: {
  count: number;
  rowHeight: number;
  /** grid-template-columns of a row. */
  template: string;
  onOpen: (index: number) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });

  const focusRow = (next: number) => {
    const target = Math.max(0, Math.min(count - 1, next));
    virtualizer.scrollToIndex(target);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`[data-row-index="${target}"]`)?.focus(),
    );
  };
  const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

  /** The props of the row at `index`, placed at `start` px. */
  const rowProps = (index: number, start: number, style: CSSProperties = {}) => ({
    role: 'row',
    tabIndex: 0,
    'data-row-index': index,
    className: 'q-grid-row',
    onClick: () => onOpen(index),
    onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.key === 'Enter') onOpen(index);
      else if (event.key in steps) focusRow(index + (steps[event.key] as number));
      else return;
      event.preventDefault();
    },
    style: {
      gridTemplateColumns: template,
      height: rowHeight,
      position: 'absolute',
      top: 0,
      left: 0,
      right: 0,
      transform: `translateY(${start}px)`,
      ...style,
    } satisfies CSSProperties,
  });

  return { scrollRef, virtualizer, rowProps };
}
