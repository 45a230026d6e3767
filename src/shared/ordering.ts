type Positioned = { id: string; position: string };

/**
 * Fractional-index order of ordered children (sections, lines, chapters), ties from
 * concurrent inserts on two devices broken by id, so every device shows the same order.
 */
export const byPosition = (a: Positioned, b: Positioned): number =>
  (a.position < b.position ? -1 : a.position > b.position ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
