import { describe, expect, it } from 'vitest';
import { documentChapters, resolveChapters } from './chapters';
import type { PlaceholderContext } from './placeholders';

const context: PlaceholderContext = {
  language: 'en',
  client: { name: 'Rheinland Logistik GmbH', city: 'Köln', contactName: '' },
  offer: {
    number: 'A-1',
    title: 'Network',
    date: '2026-11-28',
    validUntil: '2026-12-02',
    termMonths: 36,
  },
  company: { name: 'Nordlicht IT', city: 'Hamburg' },
  author: { name: 'Jana Becker', position: 'Sales' },
};

const block = (id: string, title: string, body: string) => ({
  id,
  title,
  body,
  language: 'en' as const,
  chapter: 'other' as const,
});

describe('resolveChapters', () => {
  it('fills title and body in chapter order and reports gone blocks and placeholders', () => {
    const resolved = resolveChapters({
      chapters: [
        { id: 'c2', textBlockId: 'b2' },
        { id: 'c1', textBlockId: 'b1' },
        { id: 'c3', textBlockId: 'gone' },
      ],
      blocks: [
        block('b1', 'Terms for {{client.name}}', 'Valid until {{offer.validUntil}}. {{foo.bar}}'),
        block('b2', 'Summary {{x}}', 'Dear {{client.contactName}}, {{foo.bar}} {{x}}'),
      ],
      context,
    });
    expect(resolved).toEqual([
      {
        id: 'c2',
        textBlockId: 'b2',
        block: block('b2', 'Summary {{x}}', 'Dear {{client.contactName}}, {{foo.bar}} {{x}}'),
        title: 'Summary {{x}}',
        body: 'Dear , {{foo.bar}} {{x}}',
        adapted: false,
        unknown: ['x', 'foo.bar'],
        empty: ['client.contactName'],
      },
      {
        id: 'c1',
        textBlockId: 'b1',
        block: block(
          'b1',
          'Terms for {{client.name}}',
          'Valid until {{offer.validUntil}}. {{foo.bar}}',
        ),
        title: 'Terms for Rheinland Logistik GmbH',
        body: 'Valid until 2 December 2026. {{foo.bar}}',
        adapted: false,
        unknown: ['foo.bar'],
        empty: [],
      },
      {
        id: 'c3',
        textBlockId: 'gone',
        block: null,
        title: '',
        body: '',
        adapted: false,
        unknown: [],
        empty: [],
      },
    ]);
    expect(documentChapters(resolved)).toEqual([
      { title: 'Summary {{x}}', body: 'Dear , {{foo.bar}} {{x}}' },
      {
        title: 'Terms for Rheinland Logistik GmbH',
        body: 'Valid until 2 December 2026. {{foo.bar}}',
      },
    ]);
  });

  it("prints the block's document heading, else its title; a chapter's own text wins", () => {
    const withHeading = {
      ...block('b1', 'Internal: terms v2', 'Library {{offer.number}}'),
      heading: 'Terms',
    };
    const resolved = resolveChapters({
      chapters: [
        { id: 'c1', textBlockId: 'b1' },
        { id: 'c2', textBlockId: 'b1', title: '', body: '' },
        { id: 'c3', textBlockId: 'b1', title: 'Terms for {{client.name}}', body: '' },
        { id: 'c4', textBlockId: 'b1', title: '', body: 'Own {{offer.number}} {{nope}}' },
        { id: 'c5', textBlockId: 'b2', title: 'Intro', body: 'Sent text' },
        { id: 'c6', textBlockId: 'b3', title: '', body: '' },
      ],
      blocks: [withHeading, { ...block('b3', 'No heading', 'Body'), heading: '  ' }],
      context,
    });
    expect(
      resolved.map(({ title, body, adapted, unknown }) => ({ title, body, adapted, unknown })),
    ).toEqual([
      { title: 'Terms', body: 'Library A-1', adapted: false, unknown: [] },
      { title: 'Terms', body: 'Library A-1', adapted: false, unknown: [] },
      {
        title: 'Terms for Rheinland Logistik GmbH',
        body: 'Library A-1',
        adapted: true,
        unknown: [],
      },
      { title: 'Terms', body: 'Own A-1 {{nope}}', adapted: true, unknown: ['nope'] },
      // The library block is gone, the chapter's snapshot stays.
      { title: 'Intro', body: 'Sent text', adapted: true, unknown: [] },
      { title: 'No heading', body: 'Body', adapted: false, unknown: [] },
    ]);
  });

  it('gives nothing for no chapters', () => {
    expect(resolveChapters({ chapters: [], blocks: [], context })).toEqual([]);
  });
});
