import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, startWorkspace, test } from './fixtures';

async function openCatalog(page: Page) {
  await page.getByRole('link', { name: 'Katalog' }).click();
  await expect(page.getByRole('heading', { name: 'Katalog', level: 2 })).toBeVisible();
}

test('an item gets its list price from the trade calculation of its purchase price', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await openCatalog(page);
  await expect(page.getByTestId('empty-state')).toContainText('Noch keine Artikel');
  await page.getByRole('button', { name: 'Neuer Artikel' }).click();

  const form = page.getByTestId('item-form');
  await form.getByLabel('Bezeichnung').fill('Firewall Appliance FW-500');
  await form.getByLabel('Artikelnummer').fill('FW-500');
  await form.getByLabel('Einkaufspreis').fill('1.000,00');
  await form.getByRole('button', { name: 'Listenpreis aus Einkaufspreis kalkulieren' }).click();

  // The worked example of the issue, step by step.
  const derive = page.getByTestId('derive-form');
  for (const [label, value] of [
    ['Liefererrabatt (%)', '20'],
    ['Liefererskonto (%)', '5'],
    ['Bezugskosten', '25,00'],
    ['Handlungskosten (%)', '40'],
    ['Gewinn (%)', '10'],
    ['Kundenskonto (%)', '5'],
    ['Vertreterprovision (%)', '5'],
    ['Kundenrabatt (%)', '20'],
  ] as const) {
    await derive.getByLabel(label, { exact: true }).fill(value);
  }
  await expect(derive.getByTestId('step-targetPurchasePrice')).toHaveText('800,00 €');
  await expect(derive.getByTestId('step-primeCost')).toHaveText('1.099,00 €');
  await expect(derive.getByTestId('step-targetSalesPrice')).toHaveText('1.343,22 €');
  await expect(derive.getByTestId('step-netSalesPrice')).toHaveText('1.679,03 €');
  await derive.getByRole('button', { name: 'Als Listenpreis übernehmen' }).click();
  await expect(derive).toBeHidden();
  await expect(form.getByLabel('Listenpreis (netto)')).toHaveValue('1679,03');
  await expect(form.getByTestId('item-margin')).toHaveText('Marge: 40,44 %');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();

  const row = page.getByTestId('item-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Firewall Appliance FW-500');
  await expect(row.locator('[data-column="listPrice"]')).toHaveText('1.679,03 €');
  await expect(row.locator('[data-column="purchasePrice"]')).toHaveText('1.000,00 €');

  // Delete with confirmation, then undo.
  await row.click();
  await form.getByRole('button', { name: 'Löschen' }).click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('item-row')).toHaveCount(1);
});

test('a CSV import lists the bad row with its reason and imports the good rows only when asked', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await openCatalog(page);
  await page.getByRole('tab', { name: 'Import' }).click();
  const csv = [
    'Artikelnummer;Bezeichnung;Einkaufspreis;Listenpreis;MwSt',
    'SW-24;Switch 24 Port;180,00;249,00;19',
    'AP-1;Access Point Wi-Fi 7;90,00;139,90;19 %',
    'LIC-FW;Firewall-Lizenz 1 Jahr;;499,00;19',
    'BAD-1;Kaputter Artikel;10,00;zwölf;19',
  ].join('\r\n');
  const chooseFile = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-choose').click();
    await (
      await chooser
    ).setFiles({ name: 'artikel.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  };

  await chooseFile();
  await expect(page.getByTestId('import-file-info')).toHaveText('artikel.csv: 4 Datenzeilen');
  await expect(page.getByTestId('import-preview')).toContainText('Switch 24 Port');
  await page.getByRole('button', { name: 'Prüfen' }).click();
  await expect(page.getByTestId('import-error-summary')).toHaveText(
    '1 von 4 Zeilen sind fehlerhaft. Es wurde noch nichts gespeichert.',
  );
  const errorRow = page.getByTestId('import-error-row');
  await expect(errorRow).toHaveCount(1);
  await expect(errorRow.locator('td')).toHaveText([
    '5',
    'Listenpreis (netto)',
    'zwölf',
    'Keine Zahl (z. B. 1.234,50)',
  ]);

  // "Fix the file" goes back and writes nothing.
  await page.getByRole('button', { name: 'Datei korrigieren' }).click();
  await expect(page.getByTestId('import-choose')).toBeVisible();
  await page.getByRole('tab', { name: 'Artikel' }).click();
  await expect(page.getByTestId('empty-state')).toContainText('Noch keine Artikel');

  // Skipping the bad row is an explicit choice.
  await page.getByRole('tab', { name: 'Import' }).click();
  await chooseFile();
  await page.getByRole('button', { name: 'Prüfen' }).click();
  await page
    .getByRole('button', { name: 'Fehlerhafte Zeilen überspringen und 3 Artikel importieren' })
    .click();
  await expect(page.getByTestId('import-summary')).toContainText(
    '3 Artikel importiert. 1 fehlerhafte Zeile wurde übersprungen.',
  );
  await page.getByRole('button', { name: 'Zu den Artikeln' }).click();
  await expect(page.getByTestId('item-row')).toHaveCount(3);
  await expect(page.getByTestId('item-count')).toHaveText('3 Artikel');
  await expect(
    page
      .getByTestId('item-row')
      .filter({ hasText: 'Access Point' })
      .locator('[data-column="listPrice"]'),
  ).toHaveText('139,90 €');
});

test('the calculator runs the worked trade calculation forward and back', async ({ app: page }) => {
  await startWorkspace(page, 'empty');
  await page.getByRole('link', { name: 'Kalkulation' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Handelskalkulation' });
  for (const [label, value] of [
    ['Listeneinkaufspreis', '1.000,00'],
    ['Liefererrabatt (%)', '20'],
    ['Liefererskonto (%)', '5'],
    ['Bezugskosten', '25'],
    ['Handlungskosten (%)', '40'],
    ['Gewinn (%)', '10'],
    ['Kundenskonto (%)', '5'],
    ['Vertreterprovision (%)', '5'],
    ['Kundenrabatt (%)', '20'],
  ] as const) {
    await panel.getByLabel(label, { exact: true }).fill(value);
  }
  const expected = {
    targetPurchasePrice: '800,00 €',
    cashPurchasePrice: '760,00 €',
    procurementPrice: '785,00 €',
    primeCost: '1.099,00 €',
    profit: '109,90 €',
    cashSalesPrice: '1.208,90 €',
    commission: '67,16 €',
    targetSalesPrice: '1.343,22 €',
    customerDiscount: '335,81 €',
    netSalesPrice: '1.679,03 €',
    vat: '319,02 €',
    grossSalesPrice: '1.998,05 €',
  };
  for (const [step, amount] of Object.entries(expected)) {
    await expect(panel.getByTestId(`step-${step}`)).toHaveText(amount);
  }
  await expect(panel.getByTestId('trade-scheme')).toContainText('Zieleinkaufspreis');

  // A rate that would divide by zero is named at its field; no NaN or Infinity anywhere.
  await panel.getByLabel('Kundenrabatt (%)', { exact: true }).fill('100');
  await expect(panel.getByText('Mit diesem Wert müsste durch null geteilt werden')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);
  await panel.getByLabel('Kundenrabatt (%)', { exact: true }).fill('20');

  // Backward from the gross sales price returns the list purchase price.
  await panel.getByText('Rückwärts').click();
  await panel.getByLabel('Bruttoverkaufspreis', { exact: true }).fill('1.998,05');
  await expect(panel.getByTestId('step-listPurchasePrice')).toHaveText('1.000,00 €');
});

test('offer settings refuse a number scheme that does not name the user or the device', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Angebote' }).click();
  const form = page.getByTestId('offer-settings-form');
  const scheme = form.getByLabel('Nummernschema');
  await expect(scheme).toHaveValue('A-{YYYY}-{initials}-{seq:4}');
  const year = new Date().getFullYear();
  await expect(page.getByTestId('number-preview')).toHaveText(
    `Nächste Nummer (Beispiel): A-${year}-JB-0001`,
  );

  await scheme.fill('A-{YYYY}-{seq:4}');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    form.getByText(
      'Das Schema braucht {initials} oder {device}, damit Nummern offline nicht kollidieren',
    ),
  ).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Angebote' }).click();
  await expect(page.getByTestId('offer-settings-form').getByLabel('Nummernschema')).toHaveValue(
    'A-{YYYY}-{initials}-{seq:4}',
  );

  // A scheme with the initials and German decimal rates saves.
  await page
    .getByTestId('offer-settings-form')
    .getByLabel('Nummernschema')
    .fill('AN-{YY}-{initials}-{seq:3}');
  await page.getByTestId('offer-settings-form').getByLabel('1 EUR in CHF').fill('0,9512');
  await page.getByTestId('offer-settings-form').getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert')).toBeVisible();
  await page.reload();
  await page.getByRole('tab', { name: 'Angebote' }).click();
  await expect(page.getByTestId('offer-settings-form').getByLabel('Nummernschema')).toHaveValue(
    'AN-{YY}-{initials}-{seq:3}',
  );
  await expect(page.getByTestId('offer-settings-form').getByLabel('1 EUR in CHF')).toHaveValue(
    '0,9512',
  );
});

test('an XLSX import is read in a worker: a cell too long is refused by place, long bad values are cut short', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await openCatalog(page);
  await page.getByRole('tab', { name: 'Import' }).click();
  const workbookFile = async (rows: (string | number)[][]) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Katalog');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const chooseFile = async (buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('import-choose').click();
    await (
      await chooser
    ).setFiles({
      name: 'artikel.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
  };

  await chooseFile(
    await workbookFile([
      ['Bezeichnung', 'Listenpreis', 'MwSt', 'Beschreibung'],
      ['Switch', 249, 19, 'kurz'],
      ['Router', 499, 19, 'x'.repeat(10_001)],
    ]),
  );
  await expect(page.getByTestId('import-problem')).toContainText(
    'Zelle D3 im Blatt „Katalog“ ist zu lang (10001 Zeichen, höchstens 10000)',
  );
  await expect(page.getByTestId('import-choose')).toBeVisible();

  const longPrice = `teuer ${'0'.repeat(5_000)}`;
  await chooseFile(
    await workbookFile([
      ['Bezeichnung', 'Listenpreis', 'MwSt'],
      ['Switch', 249, 19],
      ['Router', longPrice, 19],
    ]),
  );
  await expect(page.getByTestId('import-file-info')).toHaveText('artikel.xlsx: 2 Datenzeilen');
  await page.getByRole('button', { name: 'Prüfen' }).click();
  await expect(page.getByTestId('import-error-row').locator('td')).toHaveText([
    '3',
    'Listenpreis (netto)',
    `${longPrice.slice(0, 60)}…`,
    'Keine Zahl (z. B. 1.234,50)',
  ]);
});
