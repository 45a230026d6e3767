import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, newDemoOffer, shownOfferNumber, startWorkspace, test } from './fixtures';

async function demoOffer(page: Page) {
  await newDemoOffer(page, 'Netzwerk Halle 3');
  const select = page
    .getByRole('textbox', { name: 'Bundle …' })
    .or(page.getByRole('combobox', { name: 'Bundle …' }))
    .first();
  await select.click();
  await select.fill('Standort');
  await page.getByRole('option', { name: /Standort-Netzwerk S/ }).click();
  await expect(page.getByTestId('offer-line')).toHaveCount(4);
  // The bundle is a titled group: the empty first section takes it and its name, lines 1.1 ….
  const group = page.getByTestId('offer-section');
  await expect(group).toHaveCount(1);
  await expect(group.getByLabel('Abschnittstitel')).toHaveValue(/Standort-Netzwerk S/);
  await expect(group.getByTestId('line-pos')).toHaveText(['1.1', '1.2', '1.3', '1.4']);
}

/**
 * Exports through the menu. The check before exporting (offer-pipeline.spec.ts) warns about the
 * demo company's missing logo, so it always asks first.
 */
async function exportAs(page: Page, item: string | RegExp) {
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: item }).click();
  await expect(page.getByTestId('check-finding').filter({ hasText: 'kein Logo' })).toBeVisible();
  await page.getByTestId('check-proceed').click();
}

test('Excel and Word exports are saved with their offer name and archived on the offer', async ({
  app: page,
}) => {
  await demoOffer(page);
  await expect(page.getByTestId('total-oneTime-net')).toHaveText('10.174,00 €');
  const number = await shownOfferNumber(page);

  // Excel: built in the worker, downloaded, archived; its named total is the app's.
  const [xlsx] = await Promise.all([
    page.waitForEvent('download'),
    exportAs(page, 'Excel-Angebot (.xlsx)'),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`${number} Brandt & Söhne Maschinenfabrik GmbH.xlsx`);
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
    exportAs(page, 'Word-Angebot (.docx)'),
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
    exportAs(page, /Angebotsdatei/),
  ]);
  const json = JSON.parse(await readFile((await bundle.path())!, 'utf8'));
  expect(json.format).toBe('quotient.offer-bundle');
  expect(json.offer.sections[0].lines).toHaveLength(4);
});

test('the print view renders the proposal to PDF (as the desktop app prints it)', async ({
  app: page,
}) => {
  await demoOffer(page);
  const [popup] = await Promise.all([page.waitForEvent('popup'), exportAs(page, 'PDF / Drucken')]);
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

test('bundle round trip: export, import on another machine, render: the same totals', async ({
  app: page,
  browser,
}) => {
  await demoOffer(page);
  const number = await shownOfferNumber(page);
  const net = await page.getByTestId('total-oneTime-net').textContent();
  const gross = await page.getByTestId('total-oneTime-gross').textContent();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exportAs(page, /Angebotsdatei/),
  ]);
  const file = (await download.path())!;

  // Another machine: a fresh browser profile, an empty workspace.
  const other = await (await browser.newContext({ locale: 'de-DE' })).newPage();
  await other.goto(page.url().split('#')[0]!);
  await startWorkspace(other, 'empty', 'Max Kühn', 'MK');
  await other.keyboard.press('Control+3');
  const [chooser] = await Promise.all([
    other.waitForEvent('filechooser'),
    other.getByRole('button', { name: 'Angebotsdatei importieren …' }).click(),
  ]);
  await chooser.setFiles(file);
  // The import shows what it will create and writes on "Importieren".
  await other
    .getByRole('dialog', { name: 'Angebotsdatei importieren?' })
    .getByRole('button', { name: 'Importieren' })
    .click();
  await expect(other.getByTestId('offer-number')).toHaveText(number);
  await expect(other.getByTestId('total-oneTime-net')).toHaveText(net!);
  await expect(other.getByTestId('total-oneTime-gross')).toHaveText(gross!);

  // Importing the same file again changes nothing and says why.
  await other.keyboard.press('Control+3');
  const [again] = await Promise.all([
    other.waitForEvent('filechooser'),
    other.getByRole('button', { name: 'Angebotsdatei importieren …' }).click(),
  ]);
  await again.setFiles(file);
  // The preview names the problem.
  await expect(other.getByTestId('import-preview-problems')).toContainText('bereits vorhanden');

  // The render command prints the same totals for the same file.
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const out = mkdtempSync(join(tmpdir(), 'quotient-render-'));
  const printed = JSON.parse(
    execFileSync('npx', ['tsx', 'scripts/render.ts', file, '--out', out], { encoding: 'utf8' }),
  );
  // "10.174,00 €" as the decimal string the command prints.
  const plain = (shown: string | null) => shown!.replace(/[^\d,-]/g, '').replace(',', '.');
  expect([printed.net, printed.gross]).toEqual([plain(net), plain(gross)]);
});
