// One offer (offer discount, Skonto, mixed VAT, a monthly line, optional and alternative lines,
// a catalog bundle) shown in the editor and rendered to the print view's PDF, Word and Excel:
// every output shows the same totals chain (with the discount line), the same position numbers
// in the same order, the same payment terms and the legal details. The documents are read back
// as text: the PDF with pdftotext, Word and Excel after LibreOffice converted them to PDF.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

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
function chainOf(text: string): string[] {
  return cents(text)
    .split('\n')
    .flatMap((row) => {
      const match = CHAIN_LABEL.exec(row.trim());
      return match ? [`${match[1]} = ${match[2]}`] : [];
    });
}

/** The position numbers that start a table row ("1.2  Switch …"), in order. */
function positionsOf(text: string): string[] {
  return text.split('\n').flatMap((row) => {
    const match = /^\s*(\d+\.\d+)\s+\S/.exec(row);
    return match && !/^\s*\d+\.\d+\.\d/.test(row) ? [match[1] as string] : [];
  });
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000 });
  expect(result.status, `${command}: ${result.stderr}`).toBe(0);
}

function pdfText(path: string): string {
  run('pdftotext', ['-layout', path, `${path}.txt`]);
  return readFileSync(`${path}.txt`, 'utf8');
}

async function exportFile(page: Page, item: string, dir: string): Promise<string> {
  await page.getByTestId('export-menu').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      await page.getByRole('menuitem', { name: item }).click();
      // The check before export warns: lines without a purchase price, no logo.
      const anyway = page.getByRole('button', { name: 'Trotzdem exportieren' });
      await anyway.click({ timeout: 10_000 });
    })(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

test('editor, print view/PDF, Word and Excel show the same totals, discount and positions', async ({
  app: page,
}) => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'reconcile-'));
  try {
    await startWorkspace(page, 'demo');
    await page.keyboard.press('Control+3');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Angebotsdatei importieren …' }).click(),
    ]);
    await chooser.setFiles({
      name: 'essen.quotient-offer.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(offerFile)),
    });
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
    const editorChain = chainOf(
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
    expect(editorChain.some((row) => /^abzüglich 5 % Nachlass = -\d+$/.test(row))).toBe(true);
    expect(editorChain.some((row) => row.startsWith('Zahlbetrag mit Skonto'))).toBe(true);
    expect(editorChain.some((row) => row.startsWith('Gesamt brutto pro Monat'))).toBe(true);

    // The print view, printed by Chromium as the desktop prints it.
    const offerId = decodeURIComponent(/offers\/([^/?#]+)/.exec(page.url())?.[1] ?? '');
    const view = await page.context().newPage();
    await view.goto(`./#/print/offers/${encodeURIComponent(offerId)}`);
    await expect(view.locator('body[data-print-ready="true"]')).toHaveCount(1);
    const printPdf = join(work, 'print.pdf');
    writeFileSync(
      printPdf,
      await view.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
    );
    await view.close();

    // Word and Excel, converted by LibreOffice.
    const docx = await exportFile(page, 'Word-Angebot (.docx)', work);
    const xlsx = await exportFile(page, 'Excel-Angebot (.xlsx)', work);
    const profile = join(work, 'profile');
    mkdirSync(profile);
    // One folder per file: both are named after the offer and would both become "….pdf".
    const convert = (file: string, folder: string) => {
      const out = join(work, folder);
      run('soffice', [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        file,
      ]);
      return join(out, (file.split('/').pop() as string).replace(/\.\w+$/, '.pdf'));
    };
    const texts = {
      print: pdfText(printPdf),
      word: pdfText(convert(docx, 'word')),
      excel: pdfText(convert(xlsx, 'excel')),
    };

    const keep = process.env.QUOTIENT_KEEP_DOCUMENTS;
    if (keep)
      for (const [name, text] of Object.entries(texts))
        writeFileSync(join(keep, `${name}.txt`), text);
    for (const [name, text] of Object.entries(texts)) {
      expect({ name, chain: chainOf(text) }).toEqual({ name, chain: editorChain });
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
