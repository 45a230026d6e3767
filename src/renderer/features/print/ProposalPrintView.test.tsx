import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { makeDocumentData, makeLine } from '../../../../test/fixtures/documents/document-data';
import { ProposalPrintView } from './ProposalPrintView';

/** The texts of the print view's "muted" notes, in order. */
function notes(html: string): string[] {
  return [...html.matchAll(/<div class="muted">([^<]*)<\/div>/g)].map((match) => match[1] ?? '');
}

describe('ProposalPrintView', () => {
  it('notes what an alternative replaces, or "Alternative" when it names no line', () => {
    const data = makeDocumentData({
      sections: [
        {
          title: 'Hardware',
          lines: [
            makeLine({ id: 'base', name: 'Switch 48 Port' }),
            makeLine({ name: 'Switch 24 Port', kind: 'alternative', replaces: 'base' }),
            makeLine({ name: 'Switch 16 Port', kind: 'alternative', replaces: '' }),
          ],
        },
      ],
    });
    const html = renderToStaticMarkup(<ProposalPrintView data={data} logoUrl="" />);
    expect(notes(html).filter((note) => note.startsWith('Alternative'))).toEqual([
      'Alternative zu Pos. 1.1 (Switch 48 Port)',
      'Alternative',
    ]);
  });
});
