import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { wrapText } from './writer';

const font = async () => (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);

describe('wrapText', () => {
  it('wraps at spaces within the width and keeps every word', async () => {
    const helvetica = await font();
    const text = 'Die Vertragsparteien unterschreiben diesen Vertrag auf dem Gerät des Anbieters.';
    const lines = wrapText(text, helvetica, 10, 120);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines)
      expect(helvetica.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts a word longer than the line into pieces that fit', async () => {
    const helvetica = await font();
    const word = 'Auftragsverarbeitungsvertragsverhandlungsprotokoll';
    const lines = wrapText(word, helvetica, 10, 60);
    expect(lines.join('')).toBe(word);
    for (const line of lines) expect(helvetica.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(60);
  });

  it('ends with one character per line when even one character is wider than the line', async () => {
    const helvetica = await font();
    // Each "W" is about 9.4 pt at 10 pt: wider than a 5 pt line. The earlier version looped here.
    expect(wrapText('WWW', helvetica, 10, 5)).toEqual(['W', 'W', 'W']);
    expect(wrapText('W W', helvetica, 10, -1)).toEqual(['W', 'W']);
  });
});
