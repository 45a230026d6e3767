import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { packageData } from '#test/package-fixture';
import { ProposalPrintView } from './ProposalPrintView';

/** Every table row of the pricing sections as its cells' texts (header rows left out). */
function sectionRows(html: string): string[][] {
  const sections = html.match(/<div(?: data-package="true")?><h3>[\s\S]*?<\/table><\/div>/g) ?? [];
  return sections.flatMap((section) =>
    (section.match(/<tbody>[\s\S]*?<\/tbody>/)?.[0].match(/<tr[^>]*>[\s\S]*?<\/tr>/g) ?? []).map(
      (row) =>
        (row.match(/<td[^>]*>[\s\S]*?<\/td>|<td[^>]*\/>/g) ?? []).map((cell) =>
          cell
            .replace(/<div[^>]*>/g, ' / ')
            .replace(/<[^>]+>/g, '')
            .replace(/&quot;/g, '"')
            .trim(),
        ),
    ),
  );
}

describe('ProposalPrintView: a package section and a credit line', () => {
  it('lists the package without prices, one package price per billing, and marks the credit', () => {
    const html = renderToStaticMarkup(<ProposalPrintView data={packageData()} logoUrl="" />);
    expect(sectionRows(html)).toEqual([
      ['1.1', 'Server R450', '2', 'Stk.', '1.000,00 €', '', '2.000,00 €'],
      ['1.2', 'Rücknahme Altgerät / Gutschrift', '1', 'Stk.', '-250,00 €', '', '-250,00 €'],
      ['Zwischensumme Hardware', '1.750,00 €'],
      ['2.1', 'Notebook T14 / 14", 32 GB RAM', '2', 'Stk.', '', '', 'im Paket'],
      ['2.2', 'Office-Lizenz / Monatlich', '3', 'Lizenz', '', '', 'im Paket'],
      [
        '2.3',
        'Dockingstation / Optional · nicht in der Summe enthalten',
        '1',
        'Stk.',
        '300,00 €',
        '',
        '(300,00 €)',
      ],
      ['Paketpreis Starterpaket (einmalig)', '2.160,00 €'],
      ['Paketpreis Starterpaket (monatlich)', '76,50 €'],
    ]);
  });

  it('says "included" and "Credit" in English', () => {
    const html = renderToStaticMarkup(
      <ProposalPrintView data={packageData({ language: 'en' })} logoUrl="" />,
    );
    const rows = sectionRows(html);
    expect([rows[1]?.[1], rows[3]?.[6], rows[6]?.[0]]).toEqual([
      'Rücknahme Altgerät / Credit',
      'included',
      'Package price Starterpaket (one-time)',
    ]);
  });
});
