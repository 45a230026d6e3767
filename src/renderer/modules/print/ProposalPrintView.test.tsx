import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { proposalFixture } from '#test/proposal-fixture';
import type { DocumentLine } from '#shared/documents/types';
import { ProposalPrintView } from './ProposalPrintView';

/** The texts of the print view's line notes, in order. */
function notes(html: string): string[] {
  return [...html.matchAll(/<div class="q-print-note">([^<]*)<\/div>/g)].map(
    (match) => (match[1] ?? '').split(' · ')[0] ?? '',
  );
}

/** The visible text of the markup, cells separated by " | ". */
function text(html: string): string {
  return html
    .replace(/<\/td>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
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

  it('shows the discount, VAT, Skonto, numbers in order, split subtotals and the legal details', () => {
    const data = proposalFixture();
    const html = renderToStaticMarkup(<ProposalPrintView data={data} logoUrl="" />);
    const shown = text(html);
    for (const expected of [
      'Zwischensumme Positionen | 21.731,30 €',
      'abzüglich 3 % Nachlass | -651,93 €',
      'Summe netto | 21.079,37 €',
      'Gesamtbetrag brutto | 25.028,72 €',
      'abzüglich 2 % Skonto bei Zahlung innerhalb von 10 Tagen | -500,57 €',
      'Zahlbetrag mit Skonto | 24.528,15 €',
      'Zahlbar innerhalb von 30 Tagen nach Rechnungsstellung netto; bei Zahlung innerhalb von 10 Tagen abzüglich 2 % Skonto (500,57 €, zahlbar 24.528,15 €).',
      'Zwischensumme Betrieb und Support (jährlich) | 1.180,00 €',
      `Geschäftsführer: ${data.company.managingDirectors}`,
    ]) {
      expect(shown).toContain(expected);
    }
    expect(shown).not.toContain('ohne Abzug');
    const positions = [...html.matchAll(/<tr><td>(\d+\.\d+)<\/td>/g)].map((m) => m[1]);
    expect(positions).toEqual(
      data.sections.flatMap((section, s) => section.lines.map((_, l) => `${s + 1}.${l + 1}`)),
    );
  });
});
