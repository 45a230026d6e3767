import type { Language } from '../domain';

/** The titles Quotient gives sections, in the offer's document language (not the UI's). */
export const defaultSectionTitles = {
  /** A new offer's first section. */
  first: { de: 'Positionen', en: 'Items' },
  /** A section added with "Abschnitt hinzufügen". */
  added: { de: 'Neuer Abschnitt', en: 'New section' },
} as const satisfies Record<string, Record<Language, string>>;

/**
 * A section title in another document language when it is still one Quotient gave (the user
 * has not renamed it), else null: switching an offer to English turns "Positionen" into "Items".
 */
export function translatedSectionTitle(title: string, from: Language, to: Language): string | null {
  if (from === to) return null;
  for (const titles of Object.values(defaultSectionTitles)) {
    if (titles[from] === title.trim()) return titles[to];
  }
  return null;
}
