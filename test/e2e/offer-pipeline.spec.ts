// Issue 10: offers move the pipeline, and a check runs before sending.
import type { Page } from '@playwright/test';
import { expect, newDemoOffer, startWorkspace, test } from './fixtures';

/** Picks an entry of one of the section's "add line" selects by typing and choosing it. */
async function addFromCatalog(page: Page, search: string, option: RegExp) {
  const input = page
    .getByRole('textbox', { name: 'Aus Katalog …' })
    .or(page.getByRole('combobox', { name: 'Aus Katalog …' }))
    .first();
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/** A demo client whose opportunity has no offer yet (the demo's offers are for "Angebot"). */
const CLIENT = /Autohaus Reinhardt/;
const OPPORTUNITY = 'Digitale Werkstattannahme';

async function openClient(page: Page) {
  await page.keyboard.press('Control+1');
  await page.getByRole('row', { name: CLIENT }).click();
}

test('an offer started from an opportunity is checked, sent, rejected and moves its opportunity', async ({
  app: page,
}) => {
  await startWorkspace(page, 'demo');
  await openClient(page);

  // "Neues Angebot" on the opportunity preselects it and lends the offer its title.
  const row = page.getByTestId('opportunity-row').filter({ hasText: OPPORTUNITY });
  await expect(row.getByTestId('opportunity-stage')).toHaveText('Qualifiziert');
  await row.getByTestId('opportunity-new-offer').click();
  const form = page.getByTestId('new-offer-form');
  await expect(form.getByTestId('new-offer-opportunity')).toHaveValue(OPPORTUNITY);
  await expect(form.getByLabel('Titel')).toHaveValue(OPPORTUNITY);
  await form.getByRole('button', { name: 'Neues Angebot' }).click();
  await expect(page.getByTestId('offer-number')).toBeVisible();

  // Sending an empty offer is blocked.
  await page.getByTestId('mark-sent').click();
  const check = page.getByTestId('check-finding');
  await expect(page.getByRole('dialog', { name: 'Prüfung vor dem Versand' })).toBeVisible();
  await expect(check.filter({ hasText: 'keine gezählten Positionen' })).toHaveAttribute(
    'data-severity',
    'error',
  );
  await expect(page.getByTestId('check-proceed')).toHaveCount(0);
  await page.getByTestId('send-check').getByRole('button', { name: 'Schließen' }).click();

  // A catalog line and a trade-in at a negative price that is not marked as a credit.
  await addFromCatalog(page, 'HW-SW48', /HW-SW48/);
  await page.getByRole('button', { name: 'Freie Position' }).click();
  await expect(page.getByTestId('offer-line')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Bezeichnung' }).last()).toBeFocused();
  await page.keyboard.type('Inzahlungnahme Altgeräte');
  await page.keyboard.press('Tab');
  await page.getByLabel('Einzelpreis Inzahlungnahme Altgeräte').fill('-500');
  await page.getByLabel('Einzelpreis Inzahlungnahme Altgeräte').press('Enter');
  await expect(page.getByTestId('total-oneTime-net')).toHaveText('1.690,00 €');
  // The line offers to mark it as a credit; the check below does it from its list.
  await expect(page.getByTestId('line-credit')).not.toBeChecked();

  await page.getByTestId('mark-sent').click();
  const negative = check.filter({ hasText: 'nicht als Gutschrift markiert' });
  await expect(negative).toHaveAttribute('data-severity', 'error');
  await expect(page.getByTestId('check-proceed')).toHaveCount(0);
  // "Zur Position" takes the user to the line.
  await negative.getByTestId('check-fix').click();
  await expect(page.getByRole('dialog', { name: 'Prüfung vor dem Versand' })).toHaveCount(0);
  await expect(page.getByTestId('offer-line').last().locator(':focus')).toHaveCount(1);
  await page.getByTestId('mark-sent').click();
  await page.getByTestId('check-mark-credit').click();
  await expect(negative).toHaveCount(0);
  await page.getByTestId('check-proceed').click();
  await expect(page.getByTestId('offer-status')).toHaveText('Versendet');
  await expect(page.getByTestId('line-credit')).toBeChecked();

  // The opportunity took the offer's value; the client got an activity.
  await page.getByRole('link', { name: CLIENT }).click();
  const opportunity = page.getByTestId('opportunity-row').filter({ hasText: OPPORTUNITY });
  await expect(opportunity).toContainText('1.690,00 €');
  await expect(opportunity.getByTestId('opportunity-stage')).toHaveText('Angebot');
  await expect(opportunity.getByTestId('offer-summary')).toContainText('Versendet');
  await expect(page.getByTestId('activity-timeline')).toContainText(
    `versendet: „${OPPORTUNITY}“ · Wert 1.690,00 €`,
  );
  await expect(
    page.getByTestId('client-offers-panel').getByTestId('offer-summary-value'),
  ).toHaveText('1.690,00 €');

  // Rejected with a reason: the opportunity is lost with it.
  await opportunity.getByTestId('offer-summary').click();
  await page.getByTestId('reject').click();
  await page.getByLabel('Grund der Ablehnung').fill('Budget für 2027 gestrichen');
  await page.getByTestId('reject-confirm').click();
  await expect(page.getByTestId('offer-status')).toHaveText('Abgelehnt');
  await page.getByRole('link', { name: CLIENT }).click();
  await expect(opportunity.getByTestId('opportunity-stage')).toHaveText('Verloren');
  await expect(opportunity).toContainText('Budget für 2027 gestrichen');
  await expect(page.getByTestId('activity-timeline')).toContainText(
    `abgelehnt: „${OPPORTUNITY}“ · Wert 1.690,00 € · Grund: Budget für 2027 gestrichen`,
  );
});

test('a pipeline card opens its opportunity and keeps the focus after a keyboard move', async ({
  app: page,
}) => {
  await startWorkspace(page, 'demo');
  await page.keyboard.press('Control+2');
  const card = page.locator('[data-stage="proposal"] [data-card-id]').first();
  const title = (await card.locator('p').first().textContent()) ?? '';
  const id = await card.getAttribute('data-card-id');

  await card.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Verkaufschance bearbeiten' });
  await expect(dialog.getByLabel('Titel')).toHaveValue(title);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // Alt+→ moves the card to "Verhandlung"; the focus stays on it there.
  const moved = page.locator(`[data-card-id="${id}"]`);
  await moved.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.locator(`[data-stage="negotiation"] [data-card-id="${id}"]`)).toBeFocused();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.locator(`[data-stage="proposal"] [data-card-id="${id}"]`)).toBeFocused();

  // A click opens it too; dragging still moves it.
  await moved.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await moved.dragTo(page.getByTestId('stage-won'));
  await expect(page.locator(`[data-stage="won"] [data-card-id="${id}"]`)).toBeVisible();
});

test('an expired offer cannot be sent; the check opens the folded terms at its validity date', async ({
  app: page,
}) => {
  await newDemoOffer(page, 'Altes Angebot');
  await addFromCatalog(page, 'HW-SW48', /HW-SW48/);

  // Dated and valid in January 2026: in the past for any run of this test.
  await page.getByLabel('Datum', { exact: true }).fill('01.01.2026');
  await page.getByLabel('Datum', { exact: true }).press('Enter');
  await page.getByLabel('Gültig bis').fill('31.01.2026');
  await page.getByLabel('Gültig bis').press('Enter');
  await expect(page.getByLabel('Gültig bis')).toHaveValue('31.01.2026');
  await page.getByRole('button', { name: 'Konditionen' }).click();
  await expect(page.getByLabel('Gültig bis')).toBeHidden();

  await page.getByTestId('mark-sent').click();
  const expired = page
    .getByTestId('check-finding')
    .filter({ hasText: 'Das Angebot war nur bis 31.01.2026 gültig.' });
  await expect(expired).toHaveAttribute('data-severity', 'error');
  await expect(page.getByTestId('check-proceed')).toHaveCount(0);
  await expired.getByTestId('check-fix').click();
  await expect(page.getByLabel('Gültig bis')).toBeFocused();
  await expect(page.getByTestId('offer-status')).toHaveText('Entwurf');
});
