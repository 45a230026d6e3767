import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { choose, chooseOfferFile, expect, startWorkspace, test } from './fixtures';

async function exampleBundle() {
  return JSON.parse(
    await readFile(new URL('../fixtures/offer-bundle-example.json', import.meta.url), 'utf8'),
  );
}

const chooseFile = (page: Page, bundle: unknown) =>
  chooseOfferFile(page, bundle, 'musterbau.quotient-offer.json');

test('the offer file import shows what it will create; cancel writes nothing, import writes', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  const bundle = await exampleBundle();
  await page.keyboard.press('Control+3');

  await chooseFile(page, bundle);
  const preview = page.getByRole('dialog', { name: 'Angebotsdatei importieren?' });
  await expect(preview.getByTestId('import-preview')).toContainText(
    'A-2026-0001 (Revision 1): Netzwerk-Erneuerung Standort Essen',
  );
  await expect(preview).toContainText('Musterbau AG (wird neu angelegt)');
  await expect(preview).toContainText('3 Abschnitte, 5 Positionen, 0 Kapitel');
  await expect(preview).toContainText('Einmalig netto20.273,46 €');
  await expect(preview).toContainText('Monatlich netto283,22 €');
  await preview.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText('A-2026-0001')).toHaveCount(0);

  // Cancelled means not written: the client is still new, and this time the import goes ahead.
  await chooseFile(page, bundle);
  await expect(preview).toContainText('Musterbau AG (wird neu angelegt)');
  await preview.getByRole('button', { name: 'Importieren' }).click();
  await expect(page.getByTestId('offer-number')).toHaveText('A-2026-0001');

  // A quantity that is no number says so under the cell, not only with a red border.
  const quantity = page.getByRole('textbox', { name: 'Menge Switch 48 Port' });
  await quantity.fill('abc');
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('cell-error')).toHaveText(
    'Keine Zahl: „abc“ – bitte z. B. 1,5 eingeben',
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: '/tmp/h10/cell-error.png' });
  await quantity.fill('4');
  await expect(page.getByTestId('cell-error')).toHaveCount(0);

  // A new section's title is in the document language (English here), not the UI's (German).
  await page.getByRole('button', { name: 'Konditionen' }).click();
  await choose(page, 'Dokumentsprache', 'English');
  await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  await expect(page.getByRole('textbox', { name: 'Abschnittstitel' }).last()).toHaveValue(
    'New section',
  );

  // The same file again: the preview names the problem and offers no import.
  await page.keyboard.press('Control+3');
  await chooseFile(page, bundle);
  await expect(preview).toContainText('Musterbau AG (vorhanden, wird verwendet)');
  await expect(preview.getByTestId('import-preview-problems')).toContainText(
    'Angebot A-2026-0001 (Revision 1) ist bereits vorhanden',
  );
  await expect(preview.getByRole('button', { name: 'Importieren' })).toBeDisabled();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: '/tmp/h10/import-preview.png' });
});

test('an offer file in CHF without a rate asks for the rate on import, validated, then imports', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  const bundle = await exampleBundle();
  bundle.offer.currency = 'CHF';
  delete bundle.offer.exchangeRate;

  await page.keyboard.press('Control+3');
  await chooseFile(page, bundle);

  const dialog = page.getByRole('dialog', { name: 'Wechselkurs für das Angebot' });
  await expect(dialog).toContainText('Die Preise in „musterbau.quotient-offer.json“ sind in CHF.');
  const rate = dialog.getByLabel('Wechselkurs: 1 EUR = … CHF');
  // Pre-filled with the workspace's rate for CHF; a bad rate is refused at the field.
  await expect(rate).not.toHaveValue('');
  for (const [typed, error] of [
    ['', 'Pflichtfeld'],
    ['0', 'Der Kurs muss größer als 0 sein'],
  ] as const) {
    await rate.fill(typed);
    await dialog.getByRole('button', { name: 'Importieren' }).click();
    await expect(dialog).toContainText(error);
  }
  await rate.fill('0,94');
  await dialog.getByRole('button', { name: 'Importieren' }).click();

  const preview = page.getByRole('dialog', { name: 'Angebotsdatei importieren?' });
  await expect(preview).toContainText('CHF');
  await preview.getByRole('button', { name: 'Importieren' }).click();

  await expect(page.getByTestId('offer-number')).toHaveText('A-2026-0001');
  // The imported offer has lines: its terms are folded until opened.
  await page.getByRole('button', { name: 'Konditionen' }).click();
  await expect(page.getByLabel('Kurs (1 € =)')).toHaveValue('0,94');
});
