import { expect, startWorkspace, test } from './fixtures';

test('invalid VAT ID and IBAN show errors at the field and save nothing', async ({ app: page }) => {
  await startWorkspace(page, 'empty');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  const form = page.getByTestId('company-form');
  await form.getByLabel('Firmenname').fill('Nordlicht IT-Beratung GmbH');
  await form.getByLabel('USt-IdNr.').fill('DE123456789');
  await form.getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 01');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(
    form.getByText('Die Prüfziffer der USt-IdNr. stimmt nicht (DE123456789)'),
  ).toBeVisible();
  await expect(form.getByText('Ungültige IBAN (Prüfsumme oder Länge falsch)')).toBeVisible();

  // Nothing was saved: a reload shows the empty profile.
  await page.reload();
  await expect(page.getByTestId('company-form').getByLabel('Firmenname')).toHaveValue('');

  // Corrected values save.
  await page
    .getByTestId('company-form')
    .getByLabel('Firmenname')
    .fill('Nordlicht IT-Beratung GmbH');
  await page.getByTestId('company-form').getByLabel('USt-IdNr.').fill('DE136695976');
  await page.getByTestId('company-form').getByLabel('IBAN').fill('DE89 3704 0044 0532 0130 00');
  await page.getByTestId('company-form').getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('company-form').getByLabel('IBAN')).toHaveValue(
    'DE89370400440532013000',
  );
});

test('an invalid client VAT ID and postal code are shown in German, then in English', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await page.keyboard.press('Control+n');
  const form = page.getByTestId('client-form');
  await form.getByLabel('Firmenname').fill('P'.repeat(213));
  await form.getByLabel('PLZ').fill('1234');
  await form.getByLabel('USt-IdNr.').fill('DE12');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByText('Ungültige Postleitzahl für dieses Land')).toBeVisible();
  await expect(form.getByText('Format: DE und 9 Ziffern (z. B. DE136695976)')).toBeVisible();
  await expect(form.getByText('Höchstens 200 Zeichen (jetzt 213)')).toBeVisible();
  await form.getByRole('button', { name: 'Abbrechen' }).click();
  await page.getByRole('button', { name: 'Verwerfen' }).click();

  // Switch the UI to English; it stays English after a reload.
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Clients' })).toBeVisible();
  await page.keyboard.press('Control+n');
  await page.getByTestId('client-form').getByLabel('Company name').fill('Check Ltd');
  await page.getByTestId('client-form').getByLabel('VAT ID').fill('DE12');
  await page.getByTestId('client-form').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Format: DE and 9 digits (e.g. DE136695976)')).toBeVisible();
});

test('demo data: a German IT consultancy with clients in every pipeline stage', async ({
  app: page,
}) => {
  await startWorkspace(page, 'demo');
  await expect(page.getByTestId('client-count')).toHaveText(/^\d+ Kunden$/);
  const count = Number((await page.getByTestId('client-count').textContent())?.split(' ')[0]);
  expect(count).toBeGreaterThanOrEqual(25);
  await page.keyboard.press('Control+2');
  for (const stage of ['lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost']) {
    await expect(
      page.getByTestId(`stage-${stage}`).locator('[data-card-id]').first(),
    ).toBeVisible();
  }
});

test('starting empty asks for the company profile first, or reminds later', async ({
  app: page,
}) => {
  await page.getByLabel('Ihr Name').fill('Jana Becker');
  await page.getByLabel('Kürzel').fill('JB');
  await page.getByRole('button', { name: 'Leer starten' }).click();
  await expect(page.getByTestId('company-welcome')).toContainText('Zuerst Ihr Unternehmen');
  const form = page.getByTestId('company-form');
  await form.getByLabel('Firmenname').fill('Nordlicht IT-Beratung GmbH');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert')).toBeVisible();

  await page.getByRole('button', { name: 'Später ausfüllen' }).click();
  await expect(page.getByRole('heading', { name: 'Kunden', level: 2 })).toBeVisible();
  await expect(page.getByText('Vor dem ersten Export erinnert Quotient Sie daran.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kunden', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await expect(page.getByTestId('company-welcome')).toHaveCount(0);
  await expect(page.getByTestId('company-form').getByLabel('Firmenname')).toHaveValue(
    'Nordlicht IT-Beratung GmbH',
  );
});
