import type { Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

// Issue 14's journey at the booth and after the fair, in one run: a deck is presented and
// locked with a PIN; with the network off two visitors are captured from the presenter (key L);
// leaving with a wrong PIN keeps the lock, the right PIN leaves; back online one lead becomes a
// client in two clicks, with its "Messe: …" activity and the follow-up due, and a draft offer
// with the catalog items the visitor chose.

const DECK = 'Messe-Journey 2026';
const FIREWALL = 'Next-Generation-Firewall M';
const SWITCH = 'Switch 48 Port PoE+, Layer 3';
const PIN = '5791';

test.use({ viewport: { width: 1280, height: 720 } });

/** Picks catalog items in the interests field by typing and choosing. */
async function chooseInterests(page: Page, names: string[]) {
  const field = page.getByTestId('lead-interests');
  for (const name of names) {
    await field.fill(name.slice(0, 12));
    await page.getByRole('option', { name, exact: true }).click();
  }
  await field.press('Escape');
}

/** Captures a visitor from the presenter: L, the fields, the notice shown, Ctrl+Enter. */
async function captureFromPresenter(
  page: Page,
  visitor: { first: string; last: string; company: string; email: string; interests: string[] },
) {
  await page.keyboard.press('l');
  const form = page.getByTestId('lead-form');
  await expect(form).toBeVisible();
  // A new visitor gets a blank form.
  await expect(page.getByTestId('lead-last-name')).toHaveValue('');
  await expect(page.getByTestId('lead-company')).toHaveValue('');
  await page.getByTestId('lead-first-name').fill(visitor.first);
  await page.getByTestId('lead-last-name').fill(visitor.last);
  await page.getByTestId('lead-company').fill(visitor.company);
  await page.getByTestId('lead-email').fill(visitor.email);
  await chooseInterests(page, visitor.interests);
  await page.getByTestId('lead-notice-show').click();
  await page.getByTestId('lead-email').press('Control+Enter');
  await expect(form).toBeHidden();
  await expect(page.getByTestId('presenter')).toBeVisible();
}

test('the fair journey: presented under a kiosk PIN, two leads captured offline, a wrong PIN refused, left with the right one, a lead converted into a client with its fair activity, follow-up and draft offer', async ({
  app: page,
}) => {
  test.setTimeout(240_000);
  await startWorkspace(page, 'demo');

  // A deck with a catalog slide and the "talk to us" slide.
  await page.keyboard.press('Control+9');
  await page.getByTestId('deck-new').click();
  await page.getByTestId('deck-new-title').fill(DECK);
  await page.getByTestId('deck-new-create').click();
  await expect(page).toHaveURL(/#\/presentations\/[0-9a-f-]{36}$/);
  const deckId = /presentations\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  await page.getByTestId('deck-add-slide').click();
  await page.getByTestId('deck-add-slide-lead-capture').click();
  await expect(page.getByTestId('slide-item-0')).toBeVisible();

  // Presented and locked with a PIN.
  await page.getByTestId('deck-present').click();
  await expect(page).toHaveURL(new RegExp(`#/present/${deckId}$`));
  await expect(page.getByTestId('present-current')).toBeVisible();
  await page.getByTestId('kiosk-start').click();
  await page.getByTestId('kiosk-pin').fill(PIN);
  await page.getByTestId('kiosk-pin-confirm').fill(PIN);
  await page.getByTestId('kiosk-lock').click();
  await expect(page.getByTestId('kiosk-locked')).toBeVisible();

  // No network at the booth: two visitors captured from the presenter.
  await page.context().setOffline(true);
  await captureFromPresenter(page, {
    first: 'Jonas',
    last: 'Weber',
    company: 'Spedition Weber GmbH',
    email: 'j.weber@spedition-weber.de',
    interests: [FIREWALL, SWITCH],
  });
  await captureFromPresenter(page, {
    first: 'Mara',
    last: 'Lindqvist',
    company: 'Lindqvist Logistik AG',
    email: 'mara@lindqvist-logistik.de',
    interests: [SWITCH],
  });

  // Leaving asks for the PIN: a wrong one keeps the lock, the right one leaves.
  await page.getByTestId('present-leave').click();
  await page.getByTestId('kiosk-pin').fill('0000');
  await page.getByTestId('kiosk-unlock').click();
  await expect(page.getByTestId('kiosk-error')).toBeVisible();
  await expect(page.getByTestId('kiosk-locked')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/present/${deckId}$`));
  await page.getByTestId('kiosk-pin').fill(PIN);
  await page.getByTestId('kiosk-unlock').click();
  await expect(page).not.toHaveURL(/#\/present\//);
  await expect(page.getByTestId('kiosk-locked')).toHaveCount(0);

  // After the fair, back online (the browser build loads the client and offer pages).
  await page.context().setOffline(false);
  await page.goto('./#/presentations/leads');
  await page.getByTestId('leads-filter-deck').click();
  await page.getByRole('option', { name: DECK, exact: true }).click();
  const rows = page.locator('[data-testid^="lead-row-"]');
  await expect(rows).toHaveCount(2);
  const weberRow = rows.filter({ hasText: 'Spedition Weber' });
  const weber = ((await weberRow.getAttribute('data-testid')) ?? '').replace('lead-row-', '');
  const followUp = (await page.getByTestId(`lead-follow-up-${weber}`).textContent())!.trim();
  expect(followUp).toMatch(/^\d\d\.\d\d\.\d{4}$/);

  // Two clicks: a new client.
  await page.getByTestId(`lead-convert-${weber}`).click();
  await page.getByTestId(`lead-convert-new-${weber}`).click();
  await expect(page.getByTestId(`lead-status-${weber}`)).toHaveText('Umgewandelt');

  // The draft offer with the visitor's two items.
  await page.getByTestId(`lead-offer-${weber}`).click();
  await expect(page).toHaveURL(/#\/offers\/[0-9a-f-]{36}$/);
  await expect(page.getByText(FIREWALL).first()).toBeVisible();
  await expect(page.getByText(SWITCH).first()).toBeVisible();
  await expect(page.getByText('Spedition Weber GmbH').first()).toBeVisible();

  // The client with its fair activity and the follow-up due.
  await page.goBack();
  await page
    .locator('.mantine-Notification-closeButton')
    .evaluateAll((buttons) => buttons.forEach((button) => (button as { click(): void }).click()));
  await page.getByTestId(`lead-client-${weber}`).click();
  await expect(page.getByRole('heading', { name: 'Spedition Weber GmbH' })).toBeVisible();
  const activity = page.getByTestId('activity-item').filter({ hasText: `Messe: ${DECK}` });
  await expect(activity).toHaveCount(1);
  await expect(activity.getByTestId('activity-follow-up')).toContainText(followUp);
});
