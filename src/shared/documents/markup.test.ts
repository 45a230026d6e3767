import { describe, expect, it } from 'vitest';
import { parseBlockMarkup, parseInlineMarkup } from './markup';

describe('parseBlockMarkup', () => {
  it('reads headings, paragraphs and both kinds of lists', () => {
    const body = [
      '# Ausgangslage',
      'Die **Brandt GmbH** betreibt',
      'drei Standorte.',
      '',
      '## Ziele',
      '- Ausfallsicherheit *erhöhen*',
      '- Kosten senken',
      '  über drei Jahre',
      '1. Analyse',
      '2. **Umsetzung**',
      '',
      'Schluss.',
    ].join('\n');
    expect(parseBlockMarkup(body)).toEqual([
      { type: 'heading', level: 1, runs: [{ text: 'Ausgangslage' }] },
      {
        type: 'paragraph',
        runs: [
          { text: 'Die ' },
          { text: 'Brandt GmbH', bold: true },
          { text: ' betreibt drei Standorte.' },
        ],
      },
      { type: 'heading', level: 2, runs: [{ text: 'Ziele' }] },
      {
        type: 'bullets',
        items: [
          [{ text: 'Ausfallsicherheit ' }, { text: 'erhöhen', italic: true }],
          [{ text: 'Kosten senken über drei Jahre' }],
        ],
      },
      {
        type: 'numbered',
        items: [[{ text: 'Analyse' }], [{ text: 'Umsetzung', bold: true }]],
      },
      { type: 'paragraph', runs: [{ text: 'Schluss.' }] },
    ]);
  });

  it('handles Windows line breaks and a paragraph after a list', () => {
    expect(parseBlockMarkup('- a\r\n- b\r\nText\r\n\r\n\r\n')).toEqual([
      { type: 'bullets', items: [[{ text: 'a' }], [{ text: 'b' }]] },
      { type: 'paragraph', runs: [{ text: 'Text' }] },
    ]);
  });

  it('reads anything else as plain text and never throws', () => {
    expect(parseBlockMarkup('### drei\n#kein Titel\n-kein Punkt\n1.kein Punkt')).toEqual([
      {
        type: 'paragraph',
        runs: [{ text: '### drei #kein Titel -kein Punkt 1.kein Punkt' }],
      },
    ]);
    expect(parseBlockMarkup('')).toEqual([]);
    expect(parseBlockMarkup('   \n\t\n')).toEqual([]);
    expect(parseBlockMarkup(undefined as unknown as string)).toEqual([]);
    expect(parseBlockMarkup('*'.repeat(200))).toEqual([
      { type: 'paragraph', runs: [{ text: '*'.repeat(200) }] },
    ]);
  });
});

describe('parseInlineMarkup', () => {
  it('nests bold and italic and merges equal neighbours', () => {
    expect(parseInlineMarkup('**fett *beides* fett** und *kursiv **beides***')).toEqual([
      { text: 'fett ', bold: true },
      { text: 'beides', bold: true, italic: true },
      { text: ' fett', bold: true },
      { text: ' und ' },
      { text: 'kursiv ', italic: true },
      { text: 'beides', bold: true, italic: true },
    ]);
  });

  it('keeps unclosed, spaced and escaped markers literally', () => {
    expect(parseInlineMarkup('2 * 3 * 4')).toEqual([{ text: '2 * 3 * 4' }]);
    expect(parseInlineMarkup('**offen und zu')).toEqual([{ text: '**offen und zu' }]);
    expect(parseInlineMarkup('\\*kein\\* Stern, \\\\')).toEqual([{ text: '*kein* Stern, \\' }]);
    expect(parseInlineMarkup('** leer **')).toEqual([{ text: '** leer **' }]);
  });
});
