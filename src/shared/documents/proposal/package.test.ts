import { describe, expect, it } from 'vitest';
import { packageData } from '#test/package-fixture';
import { buildProposalDocument } from '../proposal-document';
import { readDocx, tables } from '#test/read-docx';

/** The pricing tables of the Word proposal, header rows left out. */
async function pricingTables(language: 'de' | 'en'): Promise<string[][][]> {
  const bytes = await buildProposalDocument(packageData({ language }), { chartPng: null });
  const parts = await readDocx(bytes);
  return tables(parts.document)
    .filter((table) => table[0]?.[0] === 'Pos.' || table[0]?.[0] === 'Item')
    .map((table) => table.slice(1));
}

describe('Word proposal: a package section and a credit line', () => {
  it('lists the package contents without prices, one package price per billing; marks the credit', async () => {
    expect(await pricingTables('de')).toEqual([
      [
        ['1.1', 'Server R450', '2', 'Stk.', '1.000,00 €', '', '2.000,00 €'],
        ['1.2', 'Rücknahme Altgerät\nGutschrift', '1', 'Stk.', '-250,00 €', '', '-250,00 €'],
        ['Zwischensumme Hardware', '1.750,00 €'],
      ],
      [
        ['2.1', 'Notebook T14\n14", 32 GB RAM', '2', 'Stk.', '', '', 'im Paket'],
        ['2.2', 'Office-Lizenz\nMonatlich', '3', 'Lizenz', '', '', 'im Paket'],
        // An optional line is not part of the package price: it keeps its own.
        [
          '2.3',
          'Dockingstation\nOptional · nicht in der Summe enthalten',
          '1',
          'Stk.',
          '300,00 €',
          '',
          '(300,00 €)',
        ],
        ['Paketpreis Starterpaket (einmalig)', '2.160,00 €'],
        ['Paketpreis Starterpaket (monatlich)', '76,50 €'],
      ],
    ]);
  });

  it('says "included", "Credit" and "Package price" in English', async () => {
    const [hardware, bundle] = await pricingTables('en');
    expect([hardware?.[1]?.[1], bundle?.[0]?.[6], bundle?.[3]?.[0], bundle?.[4]?.[0]]).toEqual([
      'Rücknahme Altgerät\nCredit',
      'included',
      'Package price Starterpaket (one-time)',
      'Package price Starterpaket (monthly)',
    ]);
  });
});
