import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { proposalFixture } from '../../../shared/documents/proposal/fixture.test-data';
import type { DocumentLine } from '../../../shared/documents/types';
import { ProposalPrintView } from './ProposalPrintView';

/** The texts of the print view's "muted" notes, in order. */
function notes(html: string): string[] {
  return [...html.matchAll(/<div class="muted">([^<]*)<\/div>/g)].map((match) => match[1] ?? '');
}

const line = (overrides: Partial<DocumentLine> & Pick<DocumentLine, 'id' | 'name'>) => ({
  description: '',
  quantity: '1',
  unit: 'piece',
  unitPrice: '100.00',
  discountPct: '',
  vatPct: '19',
  billing: 'one-time' as const,
  kind: 'normal' as const,
  replaces: '',
  unitCost: '',
  estimate: null,
  ...overrides,
});

describe('ProposalPrintView', () => {
  it('notes what an alternative replaces, or "Alternative" when it names no line', () => {
    const data = proposalFixture({
      sections: [
        {
          title: 'Hardware',
          lines: [
            line({ id: 'base', name: 'Switch 48 Port' }),
            line({ id: 'alt', name: 'Switch 24 Port', kind: 'alternative', replaces: 'base' }),
            line({ id: 'loose', name: 'Switch 16 Port', kind: 'alternative' }),
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
