// Issue 15: the project plan leaves the app. On the demo's project offer (a plan of about 30
// packages), the Word proposal carries the "Projektplan" chapter with the Gantt chart drawn in the
// document worker and the payment plan; the Excel quote a "Zahlungsplan" sheet whose formulas
// give the same amounts; the plan tab exports MS Project XML that parses back with its tasks and
// links. Both documents are converted to PDF and rendered to PNG pages to look at.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';
import { convertToPdf, exportFile, pdfText } from './support/documents';

const OFFER = 'Migration Rechenzentrum in die Private Cloud';

async function openPlanOffer(page: Page) {
  await startWorkspace(page, 'demo');
  await page.keyboard.press('Control+3');
  await page.getByRole('searchbox').fill('Migration Rechenzentrum');
  await page
    .getByRole('row', { name: new RegExp(OFFER) })
    .first()
    .click();
  await expect(page.getByTestId('offer-number')).toBeVisible();
}

/** The text of a w:tc or w:p fragment (its w:t runs joined). */
const textOf = (xml: string) =>
  (xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/g) ?? [])
    .map((run) => run.replace(/<[^>]+>/g, ''))
    .join('')
    .replace(/&amp;/g, '&');

/** Every table of document.xml as rows of cell texts. */
function tablesOf(xml: string): string[][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(textOf),
    ),
  );
}

/** "12.345,67 €" → 1234567 (cents). */
const cents = (text: string) => Number(text.replace(/[^\d,-]/g, '').replace(',', ''));

/** A PNG's pixel size from its header. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes[0] !== 0x89 || bytes[1] !== 0x50) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

test('the plan in the Word proposal, the Excel quote and MS Project XML', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const work = testInfo.outputPath('files');
  mkdirSync(work, { recursive: true });
  await openPlanOffer(page);

  // Word: the chapter, the Gantt image the worker drew, the payment plan.
  const docxPath = await exportFile(page, 'Word-Angebot (.docx)', work);
  const zip = await JSZip.loadAsync(readFileSync(docxPath));
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const paragraphs = (documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map(textOf);
  expect(paragraphs).toContain('Projektplan');
  expect(paragraphs).toContain('Phasen und Arbeitspakete');
  expect(paragraphs.some((text) => text.startsWith('Zeitplan (Gantt-Diagramm)'))).toBe(true);
  const media = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.startsWith('word/media/'))
      .map(async (name) => (zip.file(name) as JSZip.JSZipObject).async('uint8array')),
  );
  // The Gantt is drawn 800 CSS pixels wide at twice the resolution, one 20 px row per node.
  const gantt = media.map(pngSize).find((size) => size?.width === 1600);
  expect(gantt?.height).toBeGreaterThan(30 * 40);
  const tables = tablesOf(documentXml);
  const schedule = tables.find((table) => table[0]?.[1] === 'Phase / Arbeitspaket');
  expect(schedule?.length).toBeGreaterThan(30);
  const payments = tables.find((table) => table[0]?.[0] === 'Rate');
  expect(payments?.[0]).toEqual(['Rate', 'Fällig bei', 'Fällig am', 'Anteil', 'Betrag (netto)']);
  const rows = (payments ?? []).slice(1, -1);
  expect(rows.map((row) => row[3])).toEqual(['30 %', '40 %', '30 %']);
  for (const row of rows) expect(row[2]).toMatch(/^\d\d\.\d\d\.\d{4}$/);
  const wordAmounts = rows.map((row) => cents(row[4] ?? ''));
  const total = cents(payments?.at(-1)?.at(-1) ?? '');
  expect(wordAmounts.reduce((a, b) => a + b, 0)).toBe(total);
  // The offer's one-time net, as the editor shows it.
  expect(cents((await page.getByTestId('total-oneTime-net').textContent()) ?? '')).toBe(total);

  // Excel: the payment sheet's formulas and their stored results are the Word amounts.
  const xlsxPath = await exportFile(page, 'Excel-Angebot (.xlsx)', work);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(xlsxPath) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Zahlungsplan');
  expect(sheet).toBeDefined();
  expect(sheet!.getCell('B3').formula).toMatch(/^'Angebot'!H\d+$/);
  expect([6, 7, 8, 9].map((r) => sheet!.getCell(`E${r}`).formula)).toEqual([
    'ROUND($B$3*D6/100,2)',
    'ROUND($B$3*D7/100,2)',
    '$B$3-SUM(E6:E7)',
    'SUM(E6:E8)',
  ]);
  expect([6, 7, 8, 9].map((r) => Math.round(Number(sheet!.getCell(`E${r}`).result) * 100))).toEqual(
    [...wordAmounts, total],
  );

  // MS Project XML from the plan tab, parsed back.
  await page.getByTestId('offer-tab-plan').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('plan-export-mspdi').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^A-\d{4}-[A-Z0-9]+-\d{4} Projektplan\.xml$/);
  const xml = readFileSync((await download.path())!, 'utf8');
  const project = new XMLParser().parse(xml).Project as {
    Tasks: {
      Task: {
        UID: number;
        Name: string;
        Summary?: number;
        PredecessorLink?: { PredecessorUID: number } | { PredecessorUID: number }[];
      }[];
    };
  };
  const tasks = project.Tasks.Task;
  const uids = new Set(tasks.map((task) => task.UID));
  const links = tasks.flatMap((task) =>
    task.PredecessorLink === undefined
      ? []
      : Array.isArray(task.PredecessorLink)
        ? task.PredecessorLink
        : [task.PredecessorLink],
  );
  expect(tasks.filter((task) => task.UID !== 0 && task.Summary !== 1).length).toBeGreaterThan(30);
  expect(tasks.filter((task) => task.Summary === 1 && task.UID !== 0)).toHaveLength(5);
  expect(links.length).toBeGreaterThan(25);
  for (const link of links) expect(uids.has(link.PredecessorUID)).toBe(true);

  // The plan tab with its export button, in German and in English (screenshots to look at).
  const planUrl = page.url();
  await expect(page.getByTestId('plan-export-mspdi')).toHaveText('MS-Project-XML exportieren');
  await page.screenshot({ path: testInfo.outputPath('plan-tab-de.png') });
  await page.getByRole('link', { name: 'Einstellungen' }).first().click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await page.goto(planUrl);
  await expect(page.getByTestId('plan-export-mspdi')).toHaveText('Export MS Project XML');
  await page.screenshot({ path: testInfo.outputPath('plan-tab-en.png') });

  // Both documents as PDF pages to look at (kept in the test's output folder).
  const [docxPdf, xlsxPdf] = convertToPdf([docxPath, xlsxPath], work);
  expect(pdfText(docxPdf!)).toContain('Projektplan');
  expect(pdfText(xlsxPdf!)).toContain('Zahlungsplan der einmaligen Leistungen');
  for (const [pdf, prefix] of [
    [docxPdf!, 'proposal'],
    [xlsxPdf!, 'quote'],
  ] as const) {
    const result = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(work, prefix)], {
      timeout: 120_000,
    });
    expect(result.status).toBe(0);
  }
  expect(readdirSync(work).filter((name) => name.endsWith('.png')).length).toBeGreaterThan(3);
});
