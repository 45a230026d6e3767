import { useState } from 'react';
import type { CSSProperties, DragEvent } from 'react';

/** The index a row moves to by keyboard (Alt+↑/↓), or null at either end. */
export function keyboardMoveTarget(
  index: number,
  count: number,
  direction: 'up' | 'down',
): number | null {
  const target = direction === 'up' ? index - 1 : index + 1;
  return target < 0 || target >= count ? null : target;
}

/**
 * Where a dragged row lands: `overIndex` is the row under the pointer, `after` whether the
 * pointer is in its lower half; the result is the index in the list without the dragged row.
 */
export function dropIndex(fromIndex: number, overIndex: number, after: boolean): number {
  const target = overIndex + (after ? 1 : 0);
  return target > fromIndex ? target - 1 : target;
}

const isLowerHalf = (event: DragEvent<HTMLElement>) => {
  const rect = event.currentTarget.getBoundingClientRect();
  return event.clientY > rect.top + rect.height / 2;
};

const line = (shown: boolean) =>
  shown ? '2px solid var(--mantine-color-blue-6)' : '2px solid transparent';

/**
 * Reordering a list by native drag and drop (the keyboard's Alt+↑/↓ is the list's own): each
 * row's wrapper takes `dropTarget(index, id)` (a line above or below shows where it lands, the
 * dragged row is dimmed), its handle `dragSource(id)`. Only drags of this list's `type` are
 * taken, and `onMove(item, toIndex)` is called when the place changes.
 */
export function useDragReorder<T extends { id: string }>(
  type: string,
  items: readonly T[],
  onMove: (item: T, toIndex: number) => void,
) {
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<{ index: number; after: boolean } | null>(null);
  const end = () => {
    setDragging(null);
    setOver(null);
  };
  return {
    dragging,
    dropTarget: (index: number, id: string) => ({
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (!event.dataTransfer.types.includes(type)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        const after = isLowerHalf(event);
        if (over?.index !== index || over.after !== after) setOver({ index, after });
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        event.preventDefault();
        const dragged = event.dataTransfer.getData(type);
        end();
        const from = items.findIndex((item) => item.id === dragged);
        if (from === -1) return;
        const to = dropIndex(from, index, isLowerHalf(event));
        if (to !== from) onMove(items[from]!, to);
      },
      style: {
        borderTop: line(over?.index === index && !over.after),
        borderBottom: line(over?.index === index && over.after),
        opacity: dragging === id ? 0.5 : 1,
      } satisfies CSSProperties,
    }),
    dragSource: (id: string, dragImage?: (handle: HTMLElement) => Element | null) => ({
      onDragStart: (event: DragEvent<HTMLElement>) => {
        event.dataTransfer.setData(type, id);
        event.dataTransfer.effectAllowed = 'move';
        const image = dragImage?.(event.currentTarget);
        if (image) event.dataTransfer.setDragImage(image, 16, 16);
        setDragging(id);
      },
      onDragEnd: end,
    }),
  };
}
