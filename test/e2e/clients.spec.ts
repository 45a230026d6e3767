import { choose, expect, startWorkspace, test } from './fixtures';

test('a client with contacts, activities and an opportunity survives edit, delete, undo and reload', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await expect(page.getByTestId('empty-state')).toContainText('Noch keine Kunden');

  // Create the client.
  await page.keyboard.press('Control+n');
  const form = page.getByTestId('client-form');
  await form.getByLabel('Firmenname').fill('Rheinwerk Logistik');
  await form.getByLabel('Straße und Hausnummer').fill('Hafenstraße 12');
  await form.getByLabel('PLZ').fill('47119');
  await form.getByLabel('Ort').fill('Duisburg');
  await form.getByLabel('USt-IdNr.').fill('DE 136 695 976');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Rheinwerk Logistik');
  await expect(page.getByTestId('client-master-data')).toContainText('DE136695976');

  // Two contacts; the first becomes the primary contact.
  for (const [first, last, email] of [
    ['Svenja', 'Kowalski', 'svenja.kowalski@rheinwerk-logistik.de'],
    ['Murat', 'Yilmaz', 'murat.yilmaz@rheinwerk-logistik.de'],
  ] as const) {
    await page.getByRole('button', { name: 'Ansprechpartner hinzufügen' }).click();
    const contactForm = page.getByTestId('contact-form');
    await contactForm.getByLabel('Vorname').fill(first);
    await contactForm.getByLabel('Nachname').fill(last);
    await contactForm.getByLabel('E-Mail').fill(email);
    await contactForm.getByLabel('Telefon').fill('+49 203 123456-10');
    await contactForm.getByRole('button', { name: 'Speichern' }).click();
    await expect(contactForm).toBeHidden();
  }
  await expect(page.getByTestId('contact-row')).toHaveCount(2);
  await expect(page.getByTestId('contact-row').first()).toContainText('Hauptkontakt');

  // An opportunity in the lead stage.
  await page.getByRole('button', { name: 'Verkaufschance anlegen' }).click();
  const oppForm = page.getByTestId('opportunity-form');
  await oppForm.getByLabel('Titel').fill('Lagerverwaltung in die Cloud');
  await oppForm.getByLabel('Geschätzter Wert (€)').fill('84.000,00');
  await oppForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('opportunity-row')).toContainText('84.000,00');

  // Find it by the second contact's e-mail.
  await page.getByRole('link', { name: 'Kunden' }).first().click();
  await page.keyboard.press('Control+k');
  await page.getByTestId('client-search').fill('murat.yilmaz@rheinwerk');
  await expect(page.getByTestId('client-count')).toHaveText('1 von 1 Kunden');
  await page.getByTestId('client-search').fill('gibt-es-nicht@example.com');
  await expect(page.getByText('Keine Treffer')).toBeVisible();
  await page.getByTestId('client-search').fill('murat.yilmaz@rheinwerk');
  await page.getByRole('row', { name: /Rheinwerk Logistik/ }).click();

  // Edit it.
  await page.getByRole('button', { name: 'Bearbeiten', exact: true }).click();
  await form.getByLabel('Firmenname').fill('Rheinwerk Logistik Nord');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Rheinwerk Logistik Nord');

  // Log a visit.
  const activityForm = page.getByTestId('activity-form');
  await choose(page, 'Art', 'Besuch');
  await activityForm
    .getByLabel('Zusammenfassung')
    .fill('Workshop zur Lagerlogistik vor Ort, Anforderungen aufgenommen.');
  await activityForm.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByTestId('activity-timeline')).toContainText('Workshop zur Lagerlogistik');
  await expect(page.getByTestId('activity-timeline')).toContainText('Besuch');

  // Move the opportunity across the board: drag to "Angebot", then Alt+→ to "Verhandlung".
  await page.keyboard.press('Control+2');
  const card = page.locator('[data-card-id]', { hasText: 'Lagerverwaltung in die Cloud' });
  await expect(page.getByTestId('stage-lead')).toContainText('Lagerverwaltung in die Cloud');
  await card.dragTo(page.getByTestId('stage-proposal'));
  await expect(page.getByTestId('stage-proposal')).toContainText('Lagerverwaltung in die Cloud');
  await expect(page.getByTestId('weighted-proposal')).toHaveText('42.000,00 €');
  await card.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByTestId('stage-negotiation')).toContainText('Lagerverwaltung in die Cloud');
  await expect(page.getByTestId('weighted-negotiation')).toHaveText('63.000,00 €');

  // Delete and undo.
  await page.keyboard.press('Control+1');
  await page.getByRole('row', { name: /Rheinwerk Logistik Nord/ }).click();
  await page.getByRole('button', { name: 'Löschen', exact: true }).click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByTestId('undo-button').click();
  await expect(page.getByRole('row', { name: /Rheinwerk Logistik Nord/ })).toBeVisible();

  // Reload: everything persisted in IndexedDB.
  await page.reload();
  await page.getByRole('row', { name: /Rheinwerk Logistik Nord/ }).click();
  await expect(page.getByTestId('contact-row')).toHaveCount(2);
  await expect(page.getByTestId('activity-timeline')).toContainText('Workshop zur Lagerlogistik');
  await expect(page.getByTestId('opportunity-stage')).toHaveText('Verhandlung');
  // Recorded for sync, though no sync server is set up (the badge says nothing of it yet).
  await expect(page.getByTestId('sync-status')).not.toHaveAttribute('data-pending', '0');
  await expect(page.getByTestId('pending-count')).toHaveCount(0);
});

test('delete with Ctrl+Z undo from the keyboard', async ({ app: page }) => {
  await startWorkspace(page, 'empty');
  await page.keyboard.press('Control+n');
  await page.getByTestId('client-form').getByLabel('Firmenname').fill('Tastatur GmbH');
  await page.getByTestId('client-form').getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('button', { name: 'Löschen', exact: true }).click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.locator('body').click();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('row', { name: /Tastatur GmbH/ })).toBeVisible();
});
