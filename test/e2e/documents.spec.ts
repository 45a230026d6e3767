import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

async function demoOffer(page: Page) {
  await startWorkspace(page, 'demo');
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const form = page.getByTestId('new-offer-form');
  await form.getByLabel('Kunde').fill('Brandt');
  await page.getByRole('option', { name: /Brandt & Söhne/ }).click();
  await form.getByLabel('Titel').fill('Netzwerk Halle 3');
  await form.getByRole('button', { name: 'Neues Angebot' }).click();
  const select = page
    .getByRole('textbox', { name: 'Bundle …' })
    .or(page.getByRole('combobox', { name: 'Bundle …' }))
    .first();
  await select.click();
  await select.fill('Standort');
  await page.getByRole('option', { name: /Standort-Netzwerk S/ }).click();
  await expect(page.getByTestId('offer-line')).toHaveCount(4);
}

test('Excel and Word exports are saved with their offer name and archived on the offer', async ({
  app: page,
}) => {
  await demoOffer(page);
  await expect(page.getByTestId('total-oneTime-net')).toHaveText('10.174,00 €');

  // Excel: built in the worker, downloaded, archived; its named total is the app's.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('export-menu')
      .click()
      .then(() => page.getByRole('menuitem', { name: 'Excel-Angebot (.xlsx)' }).click()),
  ]);
  expect(xlsx.suggestedFilename()).toMatch(
    /^A-\d{4}-JB-0001 Brandt & Söhne Maschinenfabrik GmbH\.xlsx$/,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(await readFile((await xlsx.path())!)).buffer);
  const [ref] = workbook.definedNames.getRanges('NetTotal').ranges;
  const [sheetName, address] = ref!.split('!');
  const cell = workbook
    .getWorksheet(sheetName!.replace(/'/g, ''))!
    .getCell(address!.replace(/\$/g, ''));
  expect(cell.result ?? cell.value).toBe(10174);

  // Word.
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('export-menu')
      .click()
      .then(() => page.getByRole('menuitem', { name: 'Word-Angebot (.docx)' }).click()),
  ]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const bytes = await readFile((await docx.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  // Both are archived on the offer.
  const archive = page.getByTestId('offer-documents');
  await expect(archive).toContainText('.xlsx');
  await expect(archive).toContainText('.docx');
});

test('the offer file holds the offer with all its lines', async ({ app: page }) => {
  await demoOffer(page);
  const [bundle] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByTestId('export-menu')
      .click()
      .then(() => page.getByRole('menuitem', { name: /Angebotsdatei/ }).click()),
  ]);
  const json = JSON.parse(await readFile((await bundle.path())!, 'utf8'));
  expect(json.format).toBe('quotient.offer-bundle');
  expect(json.offer.sections[0].lines).toHaveLength(4);
});

test('the print view renders the proposal to PDF (as the desktop app prints it)', async ({
  app: page,
}) => {
  await demoOffer(page);
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page
      .getByTestId('export-menu')
      .click()
      .then(() => page.getByRole('menuitem', { name: 'PDF / Drucken' }).click()),
  ]);
  await expect(popup.locator('body[data-print-ready="true"]')).toHaveCount(1);
  await expect(popup.getByTestId('print-view')).toContainText(
    'Brandt & Söhne Maschinenfabrik GmbH',
  );
  await expect(popup.getByTestId('print-totals')).toContainText('12.107,06 €');
  // The same A4 print the desktop's printToPDF makes of this view (without the print dialog).
  const view = await page.context().newPage();
  await view.goto(popup.url().replace('?autoprint=1', ''));
  await expect(view.locator('body[data-print-ready="true"]')).toHaveCount(1);
  await popup.close();
  const pdf = await view.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  if (process.env.QUOTIENT_KEEP_PDF) await writeFile(process.env.QUOTIENT_KEEP_PDF, pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
