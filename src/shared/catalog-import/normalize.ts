/** Folds text for matching headers and synonyms: lower case, umlauts spelled out, only letters and digits. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** A lookup from folded synonyms to values. */
export function synonyms<T extends string>(table: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, names] of Object.entries(table) as [T, readonly string[]][]) {
    for (const name of [value, ...names]) {
      const key = fold(name);
      // Symbols fold to nothing; callers look them up unfolded.
      if (key !== '') map.set(key, value);
    }
  }
  return map;
}
