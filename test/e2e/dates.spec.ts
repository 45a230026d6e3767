import { expect, startWorkspace, test } from './fixtures';

test('date fields read and show dates in the UI language, store YYYY-MM-DD and refuse impossible dates', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await page.keyboard.press('Control+n');
  await page.getByTestId('client-form').getByLabel('Firmenname').fill('Datumswerk GmbH');
  await page.getByTestId('client-form').getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Datumswerk GmbH');

  // German: a short date typed as 7.12.26 reads as 07.12.2026; 30.02.2026 is refused.
  await page.getByRole('button', { name: 'Verkaufschance anlegen' }).click();
  const form = page.getByTestId('opportunity-form');
  await form.getByLabel('Titel').fill('Rechenzentrum Nord');
  await form.getByLabel('Geschätzter Wert (€)').fill('12.000,00');
  const close = form.getByLabel('Erwarteter Abschluss');
  await close.fill('7.12.26');
  await close.blur();
  await expect(close).toHaveValue('07.12.2026');
  await close.fill('30.02.2026');
  await close.blur();
  await expect(form.getByText('„30.02.2026“ ist kein gültiges Datum (TT.MM.JJJJ)')).toBeVisible();
  await expect(close).toHaveValue('07.12.2026');
  // The picker speaks German and starts the week on Monday.
  await close.click();
  await expect(page.getByRole('button', { name: 'Dezember 2026', exact: true })).toBeVisible();
  await expect(page.locator('[data-dates-dropdown] th').first()).toHaveText('Mo');
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('opportunity-row')).toHaveCount(1);

  // An activity dated by typing.
  const activity = page.getByTestId('activity-form');
  await activity.getByLabel('Datum').fill('1.2.2027');
  await activity.getByLabel('Zusammenfassung').fill('Termin zur Planung');
  await activity.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByTestId('activity-timeline')).toContainText('01.02.2027');

  // English: the same date reads 07/12/2026, and 31/12/2026 is saved.
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await page.getByRole('row', { name: /Datumswerk GmbH/ }).click();
  await page.getByTestId('opportunity-row').getByRole('button', { name: /Edit/ }).click();
  const closeEn = form.getByLabel('Expected close');
  await expect(closeEn).toHaveValue('07/12/2026');
  await closeEn.click();
  await expect(page.getByRole('button', { name: 'December 2026', exact: true })).toBeVisible();
  await closeEn.fill('31/12/2026');
  await closeEn.blur();
  await expect(closeEn).toHaveValue('31/12/2026');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  // Stored: it reads back the same after a reload.
  await page.reload();
  await page.getByTestId('opportunity-row').getByRole('button', { name: /Edit/ }).click();
  await expect(form.getByLabel('Expected close')).toHaveValue('31/12/2026');
});

test('offer date and validity are typed in German, saved when left, and checked against each other', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await page.keyboard.press('Control+n');
  await page.getByTestId('client-form').getByLabel('Firmenname').fill('Datumswerk GmbH');
  await page.getByTestId('client-form').getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Datumswerk GmbH');
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const form = page.getByTestId('new-offer-form');
  await form.getByLabel('Kunde').fill('Datums');
  await page.getByRole('option', { name: /Datumswerk/ }).click();
  await form.getByLabel('Titel').fill('Serverraum');
  await form.getByRole('button', { name: 'Neues Angebot' }).click();

  // Far in the future, so the test does not depend on today's date (the offer starts today).
  const terms = page.getByTestId('offer-terms');
  const date = terms.getByLabel('Datum', { exact: true });
  const validUntil = terms.getByLabel('Gültig bis');
  await validUntil.fill('31.12.2098');
  await validUntil.press('Enter');
  await expect(validUntil).toHaveValue('31.12.2098');
  await date.fill('1.3.2098');
  await date.blur();
  await expect(date).toHaveValue('01.03.2098');
  await validUntil.fill('28.2.2098');
  await validUntil.blur();
  await expect(terms.getByText('Gültig bis muss nach dem Angebotsdatum liegen')).toBeVisible();
  await validUntil.fill('31.3.98');
  await validUntil.blur();
  await expect(validUntil).toHaveValue('31.03.2098');
  await expect(terms.getByText('Gültig bis muss nach dem Angebotsdatum liegen')).toBeHidden();
  await validUntil.fill('31.04.2098');
  await validUntil.blur();
  await expect(terms.getByText('„31.04.2098“ ist kein gültiges Datum (TT.MM.JJJJ)')).toBeVisible();
  await expect(validUntil).toHaveValue('31.03.2098');

  await page.reload();
  await expect(date).toHaveValue('01.03.2098');
  await expect(validUntil).toHaveValue('31.03.2098');
});
