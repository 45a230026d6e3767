import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonSubsequence, redline, tokenize } from './redline';
import type { RedlinePart } from './redline';

const join = (parts: RedlinePart[], keep: 'insert' | 'delete') =>
  parts
    .filter((part) => part.op === 'equal' || part.op === keep)
    .map((part) => part.text)
    .join('');

const changedWords = (parts: RedlinePart[]) =>
  parts
    .filter((part) => part.op !== 'equal')
    .flatMap((part) => tokenize(part.text))
    .filter((token) => !/^\s/u.test(token)).length;

/** Length of a longest common subsequence by dynamic programming, the reference for minimality. */
function lcsLength(a: readonly unknown[], b: readonly unknown[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const item of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = item === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const words = (text: string) => tokenize(text).filter((token) => !/^\s/u.test(token));

describe('redline', () => {
  it('marks a replaced word with the whitespace around it kept equal', () => {
    expect(redline('the quick brown fox', 'the slow brown fox')).toEqual([
      { op: 'equal', text: 'the ' },
      { op: 'delete', text: 'quick' },
      { op: 'insert', text: 'slow' },
      { op: 'equal', text: ' brown fox' },
    ]);
  });

  it('deletes a word together with one space, inserts likewise', () => {
    expect(redline('a b c', 'a c')).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'delete', text: 'b ' },
      { op: 'equal', text: 'c' },
    ]);
    expect(redline('Der Kunde zahlt.', 'Der Kunde zahlt sofort.')).toEqual([
      { op: 'equal', text: 'Der Kunde zahlt' },
      { op: 'insert', text: ' sofort' },
      { op: 'equal', text: '.' },
    ]);
  });

  it('keeps numbers, hyphenated words and punctuation as their own tokens', () => {
    expect(tokenize('Preis: 1.000,00 EUR (E-Mail), § 4.')).toEqual([
      'Preis',
      ':',
      ' ',
      '1.000,00',
      ' ',
      'EUR',
      ' ',
      '(',
      'E-Mail',
      ')',
      ',',
      ' ',
      '§',
      ' ',
      '4',
      '.',
    ]);
    expect(redline('binnen 14 Tagen.', 'binnen 30 Tagen;')).toEqual([
      { op: 'equal', text: 'binnen ' },
      { op: 'delete', text: '14' },
      { op: 'insert', text: '30' },
      { op: 'equal', text: ' Tagen' },
      { op: 'delete', text: '.' },
      { op: 'insert', text: ';' },
    ]);
  });

  it('shows a change of whitespace alone, and line breaks survive', () => {
    expect(redline('a b', 'a  b')).toEqual([
      { op: 'equal', text: 'a' },
      { op: 'delete', text: ' ' },
      { op: 'insert', text: '  ' },
      { op: 'equal', text: 'b' },
    ]);
    const parts = redline('Absatz eins.\n\nAbsatz zwei.', 'Absatz eins.\n\nAbsatz drei.\n');
    expect(join(parts, 'insert')).toBe('Absatz eins.\n\nAbsatz drei.\n');
    expect(parts).toContainEqual({ op: 'delete', text: 'zwei' });
  });

  it('puts an added paragraph after the full stop, not before it', () => {
    expect(
      redline(
        'Mängel hindern die Abnahme nicht.',
        'Mängel hindern die Abnahme nicht.\n\n(3) Schweigen gilt als Abnahme.',
      ),
    ).toEqual([
      { op: 'equal', text: 'Mängel hindern die Abnahme nicht.' },
      { op: 'insert', text: '\n\n(3) Schweigen gilt als Abnahme.' },
    ]);
    expect(redline('Erstens. Zweitens. Drittens.', 'Erstens. Drittens.')).toEqual([
      { op: 'equal', text: 'Erstens. ' },
      { op: 'delete', text: 'Zweitens. ' },
      { op: 'equal', text: 'Drittens.' },
    ]);
  });

  it('handles empty texts', () => {
    expect(redline('', '')).toEqual([]);
    expect(redline('', 'neu')).toEqual([{ op: 'insert', text: 'neu' }]);
    expect(redline('alt ', '')).toEqual([{ op: 'delete', text: 'alt ' }]);
    expect(redline('gleich', 'gleich')).toEqual([{ op: 'equal', text: 'gleich' }]);
  });

  it('prefers moving fewer words over matching whitespace', () => {
    // Matching the space would mark both words changed twice; matching a word changes only one.
    expect(changedWords(redline('a b', 'b a'))).toBe(2);
  });

  it('refuses what is not text, naming the argument', () => {
    expect(() => redline(undefined as unknown as string, 'x')).toThrow('oldText');
    expect(() => redline('x', 4 as unknown as string)).toThrow('newText');
  });

  const text = fc
    .array(
      fc.constantFrom(
        'a',
        'b',
        'c',
        'Kunde',
        'zahlt',
        '.',
        ',',
        ' ',
        '  ',
        '\n',
        'ü',
        '1.000,00',
        '§',
      ),
      {
        maxLength: 30,
      },
    )
    .map((tokens) => tokens.join(''));

  it('reconstructs both texts, never leaves empty or repeated parts, and changes as few words as possible', () => {
    fc.assert(
      fc.property(text, text, (oldText, newText) => {
        const parts = redline(oldText, newText);
        expect(join(parts, 'delete')).toBe(oldText);
        expect(join(parts, 'insert')).toBe(newText);
        for (const [index, part] of parts.entries()) {
          expect(part.text).not.toBe('');
          expect(part.op).not.toBe(parts[index - 1]?.op);
        }
        const oldWords = words(oldText);
        const newWords = words(newText);
        expect(changedWords(parts)).toBe(
          oldWords.length + newWords.length - 2 * lcsLength(oldWords, newWords),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('finds a longest common subsequence on larger random inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 120 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 120 }),
        (a, b) => {
          const pairs = commonSubsequence(a, b);
          expect(pairs.length).toBe(lcsLength(a, b));
          pairs.forEach(([i, j], index) => {
            expect(a[i]).toBe(b[j]);
            if (index > 0) {
              expect(i).toBeGreaterThan(pairs[index - 1]![0]);
              expect(j).toBeGreaterThan(pairs[index - 1]![1]);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('diffs long texts with a small change quickly', () => {
    const long = Array.from({ length: 20000 }, (_, index) => `Wort${index % 97}`).join(' ');
    const changed = long.replace('Wort50 ', 'Wort50 neu ');
    const parts = redline(long, changed);
    expect(parts.filter((part) => part.op !== 'equal')).toEqual([{ op: 'insert', text: 'neu ' }]);
  });
});
