import { describe, expect, it } from 'vitest';
import { makeTextBlockInput } from '../../../../test/factories/domain';
import type { TextBlock, TextBlockInput } from '#shared/domain';
import { addableBlocks, filterTextBlocks, formatSize, insertAtSelection } from './text-block-list';

const meta = {
  createdAt: '',
  updatedAt: '',
  createdBy: '',
  updatedBy: '',
  deleted: false,
};
const block = (id: string, overrides: Partial<TextBlockInput>): TextBlock => ({
  ...makeTextBlockInput(overrides),
  ...meta,
  id,
});

const blocks = [
  block('t', { title: 'Konditionen', chapter: 'terms', body: 'Zahlbar in 14 Tagen' }),
  block('s2', { title: 'Zusammenfassung kurz', chapter: 'summary', tags: ['kurz'] }),
  block('s1', { title: 'Ämter-Summary', chapter: 'summary' }),
  block('e', { title: 'Terms', chapter: 'terms', language: 'en', body: 'Payable' }),
  block('x', { title: 'Alt', chapter: 'terms', active: false }),
];
const ids = (list: TextBlock[]) => list.map((entry) => entry.id);

describe('filterTextBlocks', () => {
  it('orders by chapter, then title (German collation)', () => {
    expect(ids(filterTextBlocks(blocks, { query: '', language: null, chapter: null }))).toEqual([
      's1',
      's2',
      'x',
      't',
      'e',
    ]);
  });

  it('filters by language, chapter and every search word in title, body or tags', () => {
    expect(ids(filterTextBlocks(blocks, { query: '', language: 'en', chapter: null }))).toEqual([
      'e',
    ]);
    expect(ids(filterTextBlocks(blocks, { query: '', language: 'de', chapter: 'terms' }))).toEqual([
      'x',
      't',
    ]);
    expect(ids(filterTextBlocks(blocks, { query: 'KURZ', language: null, chapter: null }))).toEqual(
      ['s2'],
    );
    expect(
      ids(filterTextBlocks(blocks, { query: 'zahlbar 14', language: null, chapter: null })),
    ).toEqual(['t']);
    expect(
      ids(filterTextBlocks(blocks, { query: 'nichts', language: null, chapter: null })),
    ).toEqual([]);
  });
});

describe('insertAtSelection', () => {
  it('replaces the selection and puts the caret after the token', () => {
    expect(insertAtSelection({ text: 'Hallo Welt', start: 6, end: 10, token: '{{x}}' })).toEqual({
      text: 'Hallo {{x}}',
      caret: 11,
    });
    expect(insertAtSelection({ text: 'ab', start: 1, end: 1, token: 'X' })).toEqual({
      text: 'aXb',
      caret: 2,
    });
    // Out-of-range selections clamp to the text.
    expect(insertAtSelection({ text: 'ab', start: 9, end: 3, token: 'X' })).toEqual({
      text: 'abX',
      caret: 3,
    });
  });
});

describe('addableBlocks', () => {
  it('offers active blocks of the language that are not chosen yet', () => {
    expect(ids(addableBlocks({ blocks, language: 'de', chosen: new Set(['s2']) }))).toEqual([
      's1',
      't',
    ]);
    expect(ids(addableBlocks({ blocks, language: 'en', chosen: new Set() }))).toEqual(['e']);
  });
});

describe('formatSize', () => {
  it('uses decimal units and the locale separator', () => {
    expect([
      formatSize(512, 'de'),
      formatSize(12_345, 'de'),
      formatSize(4_500_000, 'en'),
      formatSize(1000, 'en'),
    ]).toEqual(['512 B', '12,3 kB', '4.5 MB', '1 kB']);
  });
});
