// One offer (offer discount, Skonto, mixed VAT, a monthly line, optional and alternative lines,
// a catalog bundle) shown in the editor and rendered to the print view's PDF, Word and Excel:
// every output shows the same totals chain (with the discount line), the same position numbers
// in the same order, the same payment terms and the legal details. The documents are read back
// as text: the PDF with pdftotext, Word and Excel after LibreOffice converted them to PDF.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, importOfferFile, startWorkspace, test } from './fixtures';
import {
  chainOf,
  convertToPdf,
  editorChain,
  exportFile,
  flat,
  pdfText,
  positionsOf,
  printViewPdf,
} from './support/documents';

const offerFile = {
  format: 'quotient.offer-bundle',
  version: 1,
  company: {
    name: 'Beispiel Systemhaus GmbH',
    street: 'Königsallee 60',
    postalCode: '40212',
    city: 'Düsseldorf',
    country: 'DE',
    vatId: 'DE987654321',
    iban: 'DE02120300000000202051',
  },
  client: {
    name: 'Musterbau AG',
    street: 'Industriestraße 7',
    postalCode: '45127',
    city: 'Essen',
    country: 'DE',
  },
  offer: {
    number: 'A-2026-0077',
    revision: 1,
    title: 'Netzwerk-Erneuerung Essen',
    date: '2026-11-02',
    // Far ahead: the check before export refuses an expired offer, whatever today is.
    validUntil: '2099-12-31',
    currency: 'EUR',
    language: 'de',
    discountPct: '5',
    termMonths: 24,
    paymentTermsDays: 14,
    cashDiscountPct: '2',
    cashDiscountDays: 10,
    sections: [
      {
        title: 'Hardware',
        lines: [
          line('Switch 48 Port', '4', '2190.00', { discountPct: '8' }),
          line('Access Point Wi-Fi 7', '12', '489.00'),
          line('Ersatz-Switch', '1', '2190.00', { kind: 'optional' }),
          line('Switch 24 Port', '4', '1290.00', {
            kind: 'alternative',
            replaces: 'sections[0].lines[0]',
          }),
        ],
      },
      {
        title: 'Dienstleistungen',
        lines: [
          line('Netzwerk-Engineer', '6.5', '1040.00', { unit: 'PT' }),
          line('Fachbuch Netzwerktechnik', '5', '49.95', { vatPct: '7' }),
        ],
      },
      {
        title: 'Betrieb',
        lines: [line('Monitoring-Service', '1', '289.00', { billing: 'monthly', unit: 'Monat' })],
      },
    ],
  },
};

function line(name: string, quantity: string, unitPrice: string, extra: object = {}) {
  return { name, quantity, unit: 'Stk', unitPrice, vatPct: '19', billing: 'one-time', ...extra };
}

test('editor, print view/PDF, Word and Excel show the same totals, discount and positions', async ({
  app: page,
}) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'reconcile-'));
  try {
    await startWorkspace(page, 'demo');
    await page.keyboard.press('Control+3');
    await importOfferFile(page, offerFile, 'essen.quotient-offer.json');
    await expect(page.getByTestId('offer-number')).toBeVisible();
    // A catalog bundle: a titled group of its own below the last section.
    const select = page
      .getByRole('textbox', { name: 'Bundle …' })
      .or(page.getByRole('combobox', { name: 'Bundle …' }))
      .last();
    await select.click();
    await select.fill('Standort');
    await page.getByRole('option', { name: /Standort-Netzwerk S/ }).click();
    await expect(page.getByTestId('offer-section')).toHaveCount(4);
    await expect(page.getByTestId('offer-line')).toHaveCount(11);

    // The editor.
    const editorPositions = await page.getByTestId('line-pos').allTextContents();
    expect(editorPositions).toEqual([
      ...['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1'],
      ...['4.1', '4.2', '4.3', '4.4'],
    ]);
    const chain = await editorChain(page);
    expect(chain.some((row) => /^abzüglich 5 % Nachlass = -\d+$/.test(row))).toBe(true);
    expect(chain.some((row) => row.startsWith('Zahlbetrag mit Skonto'))).toBe(true);
    expect(chain.some((row) => row.startsWith('Gesamt brutto pro Monat'))).toBe(true);

    // The print view, printed by Chromium as the desktop prints it.
    const printPdf = join(work, 'print.pdf');
    await printViewPdf(page, printPdf);

    // Word and Excel, converted by LibreOffice.
    const docx = await exportFile(page, 'Word-Angebot (.docx)', work);
    const xlsx = await exportFile(page, 'Excel-Angebot (.xlsx)', work);
    const [wordPdf, excelPdf] = convertToPdf([docx, xlsx], work);
    const texts = {
      print: pdfText(printPdf),
      word: pdfText(wordPdf!),
      excel: pdfText(excelPdf!),
    };

    const keep = process.env.QUOTIENT_KEEP_DOCUMENTS;
    if (keep)
      for (const [name, text] of Object.entries(texts))
        writeFileSync(join(keep, `${name}.txt`), text);
    for (const [name, text] of Object.entries(texts)) {
      expect({ name, chain: chainOf(text) }).toEqual({ name, chain });
      expect({ name, positions: positionsOf(text) }).toEqual({ name, positions: editorPositions });
      const words = flat(text);
      expect(words, name).toContain(
        'Zahlbar innerhalb von 14 Tagen nach Rechnungsstellung netto; bei Zahlung innerhalb von 10 Tagen abzüglich 2 % Skonto',
      );
      expect(words, name).not.toContain('ohne Abzug');
      expect(words, name).toContain('Alternative zu Pos. 1.1');
      expect(words, name).toContain('Sitz der Gesellschaft: Hamburg');
      // All managing directors; Word's three-column footer may wrap the last name.
      expect(words, name).toMatch(/Geschäftsführer: Jana Feddersen, Mats (\S+ )*Thorsen/);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
