import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

// Two users of one workspace, each in their own browser context (own IndexedDB), against the
// real sync server process that playwright.config.ts starts with both users created.
const serverUrl = `http://127.0.0.1:${process.env.QUOTIENT_E2E_SYNC_PORT ?? 8799}`;

type User = { name: string; initials: string; email: string; password: string };
const anna: User = {
  name: 'Anna Keller',
  initials: 'AK',
  email: 'anna@quotient.test',
  password: 'Anna-Passwort-1',
};
const ben: User = {
  name: 'Ben Wolf',
  initials: 'BW',
  email: 'ben@quotient.test',
  password: 'Ben-Passwort-1',
};

test.skip(!!process.env.QUOTIENT_E2E_ELECTRON, 'two users need two browser contexts');

/** A fresh browser context on the app, onboarded as `user`. */
async function openAs(browser: Browser, user: User, mode: 'empty' | 'demo') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./');
  await startWorkspace(page, mode, user.name, user.initials);
  return { context, page };
}

/** Logs in on the sync settings tab and connects to the team's workspace. */
async function connect(page: Page, user: User) {
  await page.goto('./#/settings?tab=sync');
  await page.getByTestId('sync-server-url').fill(serverUrl);
  await page.getByTestId('sync-email').fill(user.email);
  await page.getByTestId('sync-password').fill(user.password);
  await page.getByTestId('sync-login').click();
  await page.getByTestId('sync-workspace').click();
  await page.getByRole('option', { name: /Vertrieb/ }).click();
  await page.getByTestId('sync-connect').click();
  await expect(page.getByTestId('sync-connected')).toBeVisible();
}

/** Waits until the status badge says up to date with nothing left to push. */
async function synced(page: Page) {
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-phase', 'idle', { timeout: 30_000 });
  await expect(status).toHaveAttribute('data-pending', '0');
}

/** Runs a sync now (Ctrl+Shift+S) and waits for it to finish. */
async function syncNow(page: Page) {
  await page.keyboard.press('Control+Shift+S');
  await synced(page);
}

async function goOnline(context: BrowserContext, page: Page) {
  await context.setOffline(false);
  await synced(page); // the online event and a reachability probe start a run
}

const quantity = (page: Page) => page.getByLabel('Menge Dokumentation');
const unitPrice = (page: Page) => page.getByLabel('Einzelpreis Dokumentation');

/** Types a value into a line cell and commits it with Enter. */
async function setCell(cell: ReturnType<Page['getByLabel']>, value: string) {
  await cell.fill(value);
  await cell.press('Enter');
}

test('two users edit one offer offline: different fields both stay, the same field shows a conflict that restores', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const a = await openAs(browser, anna, 'demo');
  const b = await openAs(browser, ben, 'empty');

  // Anna writes an offer with one free line and syncs it; Ben receives it.
  await connect(a.page, anna);
  await a.page.keyboard.press('Control+3');
  await a.page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const form = a.page.getByTestId('new-offer-form');
  await form.getByLabel('Kunde').fill('Brandt');
  // The workspace may already hold another demo import (sync-parked.spec.ts runs first on the
  // same server): either Brandt & Söhne serves, as Ben receives the offer by sync.
  await a.page
    .getByRole('option', { name: /Brandt & Söhne/ })
    .first()
    .click();
  await form.getByLabel('Titel').fill('Netzwerk Halle 7');
  await form.getByRole('button', { name: 'Neues Angebot' }).click();
  await a.page.getByRole('button', { name: 'Freie Position' }).click();
  await expect(a.page.getByRole('textbox', { name: 'Bezeichnung' })).toBeFocused();
  await a.page.keyboard.type('Dokumentation');
  await a.page.keyboard.press('Tab');
  await setCell(unitPrice(a.page), '450');
  await expect(a.page.getByTestId('total-oneTime-net')).toHaveText('450,00 €');
  const offerUrl = a.page.url();
  await syncNow(a.page);

  await connect(b.page, ben);
  await synced(b.page);
  await b.page.goto(offerUrl);
  await expect(b.page.getByTestId('total-oneTime-net')).toHaveText('450,00 €');

  // Offline, Anna changes the quantity and Ben the unit price of the same line.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await expect(a.page.getByTestId('sync-status')).toHaveAttribute('data-phase', 'offline');
  await setCell(quantity(a.page), '3');
  await setCell(unitPrice(b.page), '500');
  await expect(a.page.getByTestId('total-oneTime-net')).toHaveText('1.350,00 €');
  await expect(b.page.getByTestId('total-oneTime-net')).toHaveText('500,00 €');

  // Back online, both see both edits: 3 × 500.
  await goOnline(a.context, a.page);
  await goOnline(b.context, b.page);
  await syncNow(a.page);
  for (const { page } of [a, b]) {
    await expect(quantity(page)).toHaveValue('3');
    await expect(unitPrice(page)).toHaveValue(/^500(,00)?$/);
    await expect(page.getByTestId('total-oneTime-net')).toHaveText('1.500,00 €');
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-conflicts', '0');
  }

  // Offline again, both change the quantity: Ben's later edit wins, Anna's is kept as a conflict.
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await setCell(quantity(a.page), '4');
  await setCell(quantity(b.page), '7');
  await goOnline(a.context, a.page);
  await goOnline(b.context, b.page);
  await syncNow(a.page);
  await expect(quantity(a.page)).toHaveValue('7');
  await expect(quantity(b.page)).toHaveValue('7');
  await expect(a.page.getByTestId('sync-status')).toHaveAttribute('data-conflicts', '1');

  // The conflicts view shows Anna's overwritten 4 against Ben's 7; she keeps hers.
  await a.page.goto('./#/sync/conflicts');
  const row = a.page.getByTestId('conflict-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-field', 'quantity');
  await expect(row.getByTestId('local-value')).toContainText('4');
  await expect(row.getByTestId('remote-value')).toContainText('7');
  await expect(row).toContainText('Ben Wolf');
  await row.getByTestId('keep-local').click();
  await expect(a.page.getByTestId('conflict-row')).toHaveCount(0);
  await syncNow(a.page);
  await syncNow(b.page);
  await expect(quantity(b.page)).toHaveValue('4');
  await expect(b.page.getByTestId('total-oneTime-net')).toHaveText('2.000,00 €');
  await a.page.goto(offerUrl);
  await expect(quantity(a.page)).toHaveValue('4');

  await a.context.close();
  await b.context.close();
});
