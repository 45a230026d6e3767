import { describe, expect, it } from 'vitest';
import { hasXmlForbiddenCharacters, xmlSafeData, xmlSafeText } from './xml-text';

const forbidden = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000E',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

describe('xmlSafeText', () => {
  it('removes each character XML 1.0 forbids', () => {
    expect(forbidden.map((char) => [char, xmlSafeText(`a${char}b`)])).toEqual(
      forbidden.map((char) => [char, 'ab']),
    );
  });

  it('keeps tab, line breaks, umlauts, emoji (surrogate pairs) and the last allowed characters', () => {
    const text = 'Zeile\t1\r\nZeile 2\nÄÖÜß € 😀 \uFFFD \uD7FF \uE000 \u007F';
    expect([xmlSafeText(text), hasXmlForbiddenCharacters(text)]).toEqual([text, false]);
  });

  it('removes unpaired surrogates next to pairs', () => {
    expect(xmlSafeText('\uDE00😀\uD83D')).toEqual('😀');
  });
});

describe('xmlSafeData', () => {
  it('cleans every string of nested data and keeps the rest', () => {
    const logo = new Uint8Array([0, 1, 0xff]);
    const data = {
      name: 'A\u0001B',
      count: 3,
      flag: true,
      none: null,
      logo,
      lines: [{ name: 'x\uFFFEy', tags: ['\u000Bz'] }],
    };
    const clean = xmlSafeData(data);
    expect(clean).toEqual({
      name: 'AB',
      count: 3,
      flag: true,
      none: null,
      logo,
      lines: [{ name: 'xy', tags: ['z'] }],
    });
    expect(clean.logo).toBe(logo);
    expect(data.name).toBe('A\u0001B');
  });
});
