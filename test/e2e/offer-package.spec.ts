// A catalog bundle offered as a package: the bundle form's checkbox, insertion as a package
// section, the section's switch; the print view/PDF, Word and Excel list the package's contents
// without their prices ("im Paket") and one package price per billing kind, mark a credit line
// "Gutschrift", and show the same totals chain as the editor.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startWorkspace, test } from './fixtures';
import {
  chainOf,
  convertToPdf,
  editorChain,
  exportFile,
  flat,
  pdfText,
  printViewPdf,
} from './support/documents';

test('a package bundle: catalog, editor, print view/PDF, Word and Excel agree', async ({
  app: page,
}) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'offer-package-'));
  try {
    await startWorkspace(page, 'demo');

    // The catalog: the bundle becomes a package, and the list says so.
    await page.keyboard.press('Control+4');
    await page.getByRole('tab', { name: 'Bundles' }).click();
    const row = page.getByTestId('bundle-row').filter({ hasText: 'Standort-Netzwerk S' });
    await row.click();
    const form = page.getByTestId('bundle-form');
    await form.getByLabel('Als Paket anbieten (ein Paketpreis, Inhalt ohne Einzelpreise)').check();
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(form).toBeHidden();
    await expect(row.getByTestId('bundle-package')).toHaveText('Paket');

    // A new offer: the bundle comes as a package section (the empty first section takes it).
    await page.keyboard.press('Control+3');
    await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
    const offerForm = page.getByTestId('new-offer-form');
    await offerForm.getByLabel('Kunde').fill('Brandt');
    await page.getByRole('option', { name: /Brandt & Söhne/ }).click();
    await offerForm.getByLabel('Titel').fill('Standort Nord');
    await offerForm.getByRole('button', { name: 'Neues Angebot' }).click();
    const bundleSelect = page
      .getByRole('textbox', { name: 'Bundle …' })
      .or(page.getByRole('combobox', { name: 'Bundle …' }))
      .first();
    await bundleSelect.click();
    await bundleSelect.fill('Standort');
    await page.getByRole('option', { name: /Standort-Netzwerk S/ }).click();
    await expect(page.getByTestId('offer-line')).toHaveCount(4);
    const section = page.getByTestId('offer-section');
    await expect(section.getByTestId('section-package')).toBeChecked();

    // A second, plain section with a credit line below the package.
    await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
    await expect(section).toHaveCount(2);
    await page.keyboard.type('Rücknahme');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Freie Position' }).last().click();
    await expect(page.getByTestId('offer-line')).toHaveCount(5);
    await expect(page.getByRole('textbox', { name: 'Bezeichnung' }).last()).toBeFocused();
    await page.keyboard.type('Altgerät');
    await page.keyboard.press('Tab');
    await page.getByLabel('Einzelpreis Altgerät').fill('-300');
    await page.getByLabel('Einzelpreis Altgerät').press('Enter');
    // Controlled by the saved line: checked once the write is back.
    await page.getByTestId('line-credit').click();
    await expect(page.getByTestId('line-credit')).toBeChecked();
    await expect(section.nth(1).getByTestId('section-package')).not.toBeChecked();

    const chain = await editorChain(page);
    expect(chain.some((r) => r.startsWith('Gesamtbetrag brutto'))).toBe(true);
    // The package price is the section's one-time subtotal.
    const subtotal =
      (await section.first().getByTestId('section-subtotal').first().textContent()) ?? '';
    const packagePrice = /([\d.]+,\d\d)/.exec(subtotal)?.[1] ?? 'missing';

    const printPdf = join(work, 'print.pdf');
    await printViewPdf(page, printPdf);
    const docx = await exportFile(page, 'Word-Angebot (.docx)', work);
    const xlsx = await exportFile(page, 'Excel-Angebot (.xlsx)', work);
    const [wordPdf, excelPdf] = convertToPdf([docx, xlsx], work);
    const texts = { print: pdfText(printPdf), word: pdfText(wordPdf!), excel: pdfText(excelPdf!) };
    // QUOTIENT_KEEP_DOCUMENTS=<dir> keeps the three PDFs for a look at them.
    const keep = process.env.QUOTIENT_KEEP_DOCUMENTS;
    if (keep)
      for (const [name, path] of Object.entries({
        print: printPdf,
        word: wordPdf,
        excel: excelPdf,
      }))
        copyFileSync(path!, join(keep, `package-${name}.pdf`));
    const cents = (amount: string) => amount.replace(/[.,]/g, '');
    for (const [name, text] of Object.entries(texts)) {
      expect({ name, chain: chainOf(text) }).toEqual({ name, chain });
      const words = flat(text);
      expect(words, name).toContain('im Paket');
      expect(words, name).toContain('Gutschrift');
      // "Paketpreis Standort-Netzwerk S" then its amount (Excel in LibreOffice's notation).
      const price = /Paketpreis Standort-Netzwerk S(?: \(einmalig\))?\s+(-?[\d.,]+\d\d)/.exec(
        words,
      );
      expect({ name, price: price ? cents(price[1] as string) : null }).toEqual({
        name,
        price: cents(packagePrice),
      });
      // No contents' prices: 2 switches at 2.190,00 (4.380,00), 6 access points (2.934,00).
      for (const amount of ['2.190,00', '2,190.00', '4.380,00', '4,380.00', '2.934,00', '2,934.00'])
        expect(words, `${name}: ${amount}`).not.toContain(amount);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
