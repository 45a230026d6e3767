import { readFile } from 'node:fs/promises';
import { expect, startWorkspace, test } from './fixtures';

test('an offer file in CHF without a rate asks for the rate on import, validated, then imports', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  const bundle = JSON.parse(
    await readFile(new URL('../fixtures/offer-bundle-example.json', import.meta.url), 'utf8'),
  );
  bundle.offer.currency = 'CHF';
  delete bundle.offer.exchangeRate;

  await page.keyboard.press('Control+3');
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Angebotsdatei importieren …' }).click(),
  ]);
  await chooser.setFiles({
    name: 'musterbau.quotient-offer.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });

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

  await expect(page.getByTestId('offer-number')).toHaveText('A-2026-0001');
  await expect(page.getByLabel('Kurs (1 € =)')).toHaveValue('0,94');
});
