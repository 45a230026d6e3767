// Issue 10: sending an offer sets a follow-up that the start page shows when it is due; a sent
// offer reads as read-only; the opportunity's dialog lists its offers.
import type { Page } from '@playwright/test';
import { expect, shownOfferNumber, startWorkspace, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

/** A German date (DD.MM.YYYY) moved by `days` calendar days (UTC arithmetic: no DST shift). */
function shiftDay(german: string, days: number): string {
  const [dd = '', mm = '', yyyy = ''] = german.split('.');
  const date = new Date(Date.UTC(Number(yyyy), Number(mm) - 1, Number(dd) + days));
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/** Noon of a German date in the browser's (the machine's) time zone. */
function noonOf(german: string): Date {
  const [dd = '', mm = '', yyyy = ''] = german.split('.');
  return new Date(Number(yyyy), Number(mm) - 1, Number(dd), 12);
}

async function addFromCatalog(page: Page, search: string, option: RegExp) {
  const input = page
    .getByRole('textbox', { name: 'Aus Katalog …' })
    .or(page.getByRole('combobox', { name: 'Aus Katalog …' }))
    .first();
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

async function openBrandt(page: Page) {
  await page.keyboard.press('Control+1');
  await page
    .getByTestId('client-rows')
    .getByRole('row', { name: /Brandt & Söhne/ })
    .click();
}

test('sending sets the default follow-up, due on its day on the start page; the sent offer reads as read-only; the opportunity lists it', async ({
  app: page,
}, testInfo) => {
  await startWorkspace(page, 'demo');
  await openBrandt(page);
  const opportunityTitle = 'S/4HANA-Readiness-Check';
  const row = page.getByTestId('opportunity-row').filter({ hasText: opportunityTitle });
  await row.getByTestId('opportunity-new-offer').click();
  await page.getByTestId('new-offer-form').getByRole('button', { name: 'Neues Angebot' }).click();
  const number = await shownOfferNumber(page);
  await addFromCatalog(page, 'HW-SW48', /HW-SW48/);
  await expect(page.getByTestId('offer-line')).toHaveCount(1);

  // The default follow-up is a week before the offer's own validity ends.
  const validUntil = await page.getByTestId('offer-terms').getByLabel('Gültig bis').inputValue();
  expect(validUntil).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
  const dueDay = shiftDay(validUntil, -7);
  await page.getByTestId('mark-sent').click();
  const followUp = page.getByTestId('follow-up-fields');
  await expect(followUp.getByLabel('Wiedervorlage am')).toHaveValue(dueDay);
  await expect(followUp.getByRole('checkbox', { name: 'Wiedervorlage anlegen' })).toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('mark-sent-dialog.png') });
  await page.getByTestId('check-proceed').or(page.getByTestId('confirm-button')).first().click();
  await expect(page.getByTestId('offer-status')).toHaveText('Versendet');
  await expect(page.getByText(`Wiedervorlage am ${dueDay}`)).toBeVisible();

  // Sent, the editor reads as text and says why, with the way on.
  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText('Änderungen erzeugen eine neue Revision');
  await expect(banner.getByRole('button', { name: 'Revision 2 anlegen' })).toBeVisible();
  const name = page.getByRole('textbox', { name: 'Bezeichnung' }).first();
  await expect(name).toHaveAttribute('readonly', '');
  await expect(name).toHaveClass(/q-readonly/);
  const quantity = page.getByTestId('offer-line').first().locator('[data-col="quantity"]');
  await expect(quantity).toHaveAttribute('readonly', '');
  await expect(quantity).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
  // Not the greyed-out look of a disabled field: the same colour as the page's text.
  const textColour = await page.getByTestId('offer-number').evaluate(
    // The spec compiles without the DOM library: reach the window through the element.
    (element) => element.ownerDocument.defaultView?.getComputedStyle(element).color ?? '',
  );
  await expect(name).toHaveCSS('color', textColour);
  const unit = page.getByTestId('offer-line').first().locator('[data-col="unit"]');
  await expect(unit).toHaveJSProperty('tagName', 'INPUT');
  await expect(unit).toHaveAttribute('readonly', '');
  const title = page.getByRole('textbox', { name: 'Abschnittstitel' }).first();
  await expect(title).toHaveAttribute('readonly', '');
  await expect(title).toHaveClass(/q-readonly/);
  const terms = page.getByTestId('offer-terms');
  await expect(terms).toHaveClass(/q-readonly-form/);
  await expect(terms.getByLabel('Titel')).toHaveAttribute('readonly', '');
  await expect(terms.getByLabel('Titel')).toHaveCSS('border-top-color', 'rgba(0, 0, 0, 0)');
  // The row menu offers only what a sent line allows: reading its details.
  await page.getByTestId('line-menu').first().click();
  await expect(page.getByRole('menuitem')).toHaveCount(1);
  await expect(page.getByRole('menuitem')).toContainText('Details');
  await page.keyboard.press('Escape');
  await page.getByTestId('offer-number').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('sent-offer-editor.png') });

  // The start page: not due the day before, due on its day (the browser's clock moved there).
  const due = page.getByTestId('due-follow-up').filter({ hasText: `Angebot ${number} nachfassen` });
  await page.clock.setFixedTime(noonOf(shiftDay(dueDay, -1)));
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { name: 'Kunden', level: 2 })).toBeVisible();
  await expect(due).toHaveCount(0);
  await page.clock.setFixedTime(noonOf(dueDay));
  await openBrandt(page);
  await page.keyboard.press('Control+1');
  await expect(due).toHaveCount(1);
  await expect(due).toContainText('Brandt & Söhne');
  await expect(due).toContainText(dueDay);

  // The opportunity's dialog lists the offer and starts another one for it.
  await openBrandt(page);
  await page.getByRole('button', { name: `Bearbeiten: ${opportunityTitle}` }).click();
  const offers = page.getByTestId('opportunity-form-offers');
  // The demo may bring an offer of its own for it; ours is listed with its number.
  const listed = offers.getByTestId('offer-summary').filter({ hasText: number });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(opportunityTitle);
  await expect(listed).toContainText('Versendet');
  await expect(listed.getByTestId('offer-summary-value')).toHaveText(/\d+,\d{2} €/);
  await page.screenshot({ path: testInfo.outputPath('opportunity-modal.png') });
  await offers.getByTestId('opportunity-form-new-offer').click();
  const newOffer = page.getByTestId('new-offer-form');
  await expect(newOffer.getByTestId('new-offer-opportunity')).toHaveValue(opportunityTitle);
  await newOffer.getByRole('button', { name: 'Abbrechen' }).click();
  await listed.click();
  await expect(page.getByTestId('offer-number')).toHaveText(number);
});
