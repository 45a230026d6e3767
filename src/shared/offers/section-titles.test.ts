import { describe, expect, it } from 'vitest';
import { translatedSectionTitle } from './section-titles';

describe('translatedSectionTitle', () => {
  it('translates only the titles Quotient gave, never a title the user wrote', () => {
    expect([
      translatedSectionTitle('Positionen', 'de', 'en'),
      translatedSectionTitle('Neuer Abschnitt', 'de', 'en'),
      translatedSectionTitle('Items', 'en', 'de'),
      translatedSectionTitle('Hardware', 'de', 'en'),
      translatedSectionTitle('Positionen', 'de', 'de'),
    ]).toEqual(['Items', 'New section', 'Positionen', null, null]);
  });
});
