import { expect, startWorkspace, test } from './fixtures';
import type { Page } from '@playwright/test';

async function newClient(page: Page, name: string) {
  await page.keyboard.press('Control+n');
  const form = page.getByTestId('client-form');
  await form.getByLabel('Firmenname').fill(name);
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('client-name')).toHaveText(name);
}

async function deleteOpenClient(page: Page) {
  await page.getByRole('button', { name: 'Löschen', exact: true }).click();
  await page.getByTestId('confirm-button').click();
}

test('a deleted client survives a restart in the Papierkorb and comes back from there', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await newClient(page, 'Rheinwerk Logistik');
  await deleteOpenClient(page);
  await expect(page.getByTestId('empty-state')).toContainText('Noch keine Kunden');

  // Restart: the in-memory undo is gone, the Papierkorb is not.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kunden', level: 2 })).toBeVisible();
  await page.getByTestId('trash-link').click();
  await expect(page.getByRole('heading', { name: 'Papierkorb', level: 2 })).toBeVisible();
  const row = page.getByTestId('trash-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Kunde');
  await expect(row).toContainText('Rheinwerk Logistik');
  await expect(row).toContainText('von Jana Becker');

  await row.getByRole('button', { name: 'Wiederherstellen: Rheinwerk Logistik' }).click();
  await expect(page.getByText('„Rheinwerk Logistik“ wiederhergestellt')).toBeVisible();
  await expect(page.getByTestId('empty-state')).toContainText('Der Papierkorb ist leer');

  // Undo the restore: it goes back into the trash; restore again.
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('trash-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Wiederherstellen: Rheinwerk Logistik' }).click();
  await expect(page.getByTestId('empty-state')).toBeVisible();

  await page.getByRole('link', { name: 'Kunden' }).first().click();
  await expect(page.getByRole('row', { name: /Rheinwerk Logistik/ })).toBeVisible();
  // A normal synced write: it waits in the outbox like any other change.
  await expect(page.getByTestId('sync-status')).not.toHaveAttribute('data-pending', '0');
});

test('a contact of a deleted client waits for its client: explained, then restorable', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await newClient(page, 'Hafenbau Nord');
  await page.getByRole('button', { name: 'Ansprechpartner hinzufügen' }).click();
  const contactForm = page.getByTestId('contact-form');
  await contactForm.getByLabel('Vorname').fill('Svenja');
  await contactForm.getByLabel('Nachname').fill('Kowalski');
  await contactForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('contact-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Löschen: Kowalski' }).click();
  await expect(page.getByTestId('contact-row')).toHaveCount(0);
  await deleteOpenClient(page);

  await page.getByRole('link', { name: 'Papierkorb' }).first().click();
  const contact = page.getByTestId('trash-row').filter({ hasText: 'Svenja Kowalski' });
  await expect(contact).toContainText('gehört zu Hafenbau Nord');
  await expect(contact.getByTestId('trash-blocked')).toHaveText(
    'Der Kunde „Hafenbau Nord“ liegt auch im Papierkorb. Stellen Sie zuerst den Kunden wieder her.',
  );
  const restoreContact = contact.getByRole('button', { name: 'Wiederherstellen: Svenja Kowalski' });
  await expect(restoreContact).toBeDisabled();

  // Newest deletion first: the client, then its contact.
  await expect(page.getByTestId('trash-row').first()).toContainText('Hafenbau Nord');
  await page.getByRole('button', { name: 'Wiederherstellen: Hafenbau Nord' }).click();
  await expect(contact.getByTestId('trash-blocked')).toHaveCount(0);
  await restoreContact.click();
  await expect(page.getByTestId('empty-state')).toBeVisible();

  // The other areas have their own tabs, empty here.
  for (const [tab, text] of [
    ['Katalog', 'Gelöschte Artikel'],
    ['Angebote', 'Gelöschte Angebote'],
    ['Textbausteine', 'Gelöschte Textbausteine'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByTestId('empty-state')).toContainText(text);
  }

  await page.getByRole('link', { name: 'Kunden' }).first().click();
  await page.getByRole('row', { name: /Hafenbau Nord/ }).click();
  await expect(page.getByTestId('contact-row')).toContainText('Svenja');
});
