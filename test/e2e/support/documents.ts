// Reading an offer's documents back as text, so tests can compare them with the editor: the
// print view printed to PDF by Chromium, Word and Excel converted to PDF by LibreOffice, all read
// with pdftotext.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from '../fixtures';

// The labels of the totals chain (shared/documents/totals), the same in every output.
const CHAIN_LABEL =
  /(Zwischensumme Positionen|abzüglich \d+ % Nachlass|Summe netto|zuzüglich \d+ % USt\.(?: auf \d+ €)?|Summe USt\.|Gesamtbetrag brutto|Gesamt brutto pro Monat|abzüglich \d+ % Skonto bei Zahlung innerhalb von \d+ Tagen|Zahlbetrag mit Skonto|Vertragswert über \d+ Monate netto)\s+(-?\d+) €\s*$/;

/**
 * Amounts as cents: LibreOffice shows the workbook's "#,##0.00" in its own locale (2,190.00),
 * the other outputs in German (2.190,00); the figures must be the same.
 */
const cents = (text: string) =>
  text.replace(/-?\d{1,3}(?:[.,]\d{3})*[.,]\d\d/g, (amount) => amount.replace(/[.,]/g, ''));

/** The totals chain as "label = amount" rows, in the order the text shows them. */
export function chainOf(text: string): string[] {
  return cents(text)
    .split('\n')
    .flatMap((row) => {
      const match = CHAIN_LABEL.exec(row.trim());
      return match ? [`${match[1]} = ${match[2]}`] : [];
    });
}

/** The position numbers that start a table row ("1.2  Switch …"), in order. */
export function positionsOf(text: string): string[] {
  return text.split('\n').flatMap((row) => {
    const match = /^\s*(\d+\.\d+)\s+\S/.exec(row);
    return match && !/^\s*\d+\.\d+\.\d/.test(row) ? [match[1] as string] : [];
  });
}

export const flat = (text: string) => text.replace(/\s+/g, ' ');

export function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000 });
  expect(result.status, `${command}: ${result.stderr}`).toBe(0);
}

export function pdfText(path: string): string {
  run('pdftotext', ['-layout', path, `${path}.txt`]);
  return readFileSync(`${path}.txt`, 'utf8');
}

/** The editor's totals chain ("label = cents" rows), read from its totals block. */
export async function editorChain(page: Page): Promise<string[]> {
  return chainOf(
    await page
      .getByTestId('totals-chain')
      .evaluate((chain) =>
        [...chain.children]
          .map((row) =>
            row.children.length > 1
              ? [...row.children].map((cell) => cell.textContent).join('  ')
              : row.textContent,
          )
          .join('\n'),
      ),
  );
}

/**
 * Exports the open offer through the export menu into `dir` and returns the file's path. The
 * check before export may warn (no logo, lines without a purchase price): it exports anyway.
 */
export async function exportFile(page: Page, item: string, dir: string): Promise<string> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('menuitem', { name: item }).click();
      const anyway = page.getByRole('button', { name: 'Trotzdem exportieren' });
      await anyway.click({ timeout: 10_000 });
    })(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Prints the open offer's print view to an A4 PDF at `path`, as the desktop app prints it. */
export async function printViewPdf(page: Page, path: string): Promise<void> {
  const offerId = decodeURIComponent(/offers\/([^/?#]+)/.exec(page.url())?.[1] ?? '');
  const view = await page.context().newPage();
  await view.goto(`./#/print/offers/${encodeURIComponent(offerId)}`);
  await expect(view.locator('body[data-print-ready="true"]')).toHaveCount(1);
  writeFileSync(
    path,
    await view.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
  );
  await view.close();
}

/**
 * Converts documents to PDF with LibreOffice in one run (one start of soffice) and returns the
 * PDFs' paths, in order. Each file is copied under its own name first: an offer's Word and Excel
 * files share their name and would both become "….pdf".
 */
export function convertToPdf(files: readonly string[], work: string): string[] {
  const profile = join(work, 'profile');
  const input = join(work, 'convert-in');
  const out = join(work, 'convert-out');
  mkdirSync(profile, { recursive: true });
  mkdirSync(input, { recursive: true });
  const copies = files.map((file, index) => {
    const copy = join(input, `document-${index}.${file.split('.').pop() as string}`);
    copyFileSync(file, copy);
    return copy;
  });
  run('soffice', [
    `-env:UserInstallation=file://${profile}`,
    '--headless',
    '--norestore',
    '--convert-to',
    'pdf',
    '--outdir',
    out,
    ...copies,
  ]);
  return copies.map((_, index) => join(out, `document-${index}.pdf`));
}
