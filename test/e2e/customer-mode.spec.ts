import type { Locator, Page } from '@playwright/test';
import { expect, newDemoOffer, startWorkspace, test } from './fixtures';

const switchName = 'HW-SW48';
const lineName = 'Switch 48 Port PoE+, Layer 3';

/** A demo offer with the 48-port switch at a purchase price of 1.500,00, sent and revised. */
async function offerWithRevision(page: Page) {
  await newDemoOffer(page, 'Kundenmodus');

  const picker = page
    .getByRole('textbox', { name: 'Aus Katalog …' })
    .or(page.getByRole('combobox', { name: 'Aus Katalog …' }))
    .first();
  await picker.click();
  await page.keyboard.type(switchName);
  // The picker shows the list price; Enter takes the first match.
  await expect(page.getByRole('option', { name: /HW-SW48/ })).toContainText('2.190,00 €');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('offer-line')).toHaveCount(1);
  await setPurchasePrice(page, '1500');

  await page.getByRole('button', { name: 'Als versendet markieren' }).click();
  await page.getByTestId('check-proceed').or(page.getByTestId('confirm-button')).first().click();
  await expect(page.getByTestId('offer-status')).toHaveText('Versendet');
  await page.getByRole('button', { name: 'Neue Revision' }).click();
  await expect(page.getByTestId('offer-number')).toHaveText(/-r2$/);
  // Revision 2 buys cheaper and sells two more.
  await setPurchasePrice(page, '1400');
  await page.getByLabel(`Menge ${lineName}`).fill('3');
  await page.getByLabel(`Menge ${lineName}`).press('Enter');
  await expect(page.getByTestId('total-oneTime-net')).toHaveText('6.570,00 €');
}

const details = (page: Page) => page.getByRole('dialog', { name: /^Details der Position/ });

/** The purchase price is in the line's details drawer (Alt+Enter). */
async function setPurchasePrice(page: Page, value: string) {
  await page.getByLabel(`Menge ${lineName}`).press('Alt+Enter');
  await details(page).getByLabel('EK/Einheit').fill(value);
  await details(page).getByLabel('EK/Einheit').press('Enter');
  await page.keyboard.press('Escape');
  await expect(details(page)).toBeHidden();
}

/** No purchase price, cost or margin is visible inside `area`. */
async function expectNothingInternal(area: Locator) {
  await expect(area).toBeVisible();
  for (const text of [/Marge/, /Einkauf/, /EK\/Einheit/, /1\.400,00/, /1\.500,00/]) {
    await expect(area.getByText(text)).toHaveCount(0);
  }
}

async function openDiff(page: Page) {
  await page.getByRole('button', { name: '…' }).click();
  await page.getByRole('menuitem', { name: 'Revisionen vergleichen' }).click();
  return page.getByTestId('diff-view');
}

test('the customer mode hides purchase prices, margins and the offer file until it is switched off, also after a reload', async ({
  app: page,
}) => {
  await offerWithRevision(page);
  const editor = page.getByTestId('offer-editor');
  const header = page.getByTestId('app-header');

  // Off: the internal view shows cost and margin, the diff the purchase price and margin.
  await expect(page.getByTestId('line-margin')).toBeVisible();
  await expect(page.getByTestId('total-margin')).toBeVisible();
  let diff = await openDiff(page);
  await expect(diff.getByTestId('diff-changed')).toContainText('EK/Einheit');
  await expect(diff.getByTestId('diff-totals')).toContainText('Marge');
  await page.keyboard.press('Escape');
  await page.getByTestId('export-menu').click();
  await expect(page.getByRole('menuitem', { name: /Angebotsdatei.*intern/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Excel intern mit Marge/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(header.getByTestId('customer-mode-badge')).toHaveCount(0);

  // On (the header's switch): a badge says so; the editor shows no cost and no margin.
  await page.getByRole('switch', { name: 'Kundenmodus' }).click();
  await expect(header.getByTestId('customer-mode-badge')).toHaveText('Interne Werte ausgeblendet');
  await expect(header).toHaveAttribute('data-customer-mode', 'true');
  await expect(page.getByTestId('line-margin')).toHaveCount(0);
  await expect(page.getByTestId('total-margin')).toHaveCount(0);
  // The line's details (Alt+Enter) have no purchase price.
  await page.getByLabel(`Menge ${lineName}`).press('Alt+Enter');
  await expect(details(page).getByLabel('Abrechnung')).toBeVisible();
  await expect(details(page).getByLabel('EK/Einheit')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(details(page)).toBeHidden();
  await expectNothingInternal(editor);

  // The export menu does not offer the offer file or the internal Excel.
  await page.getByTestId('export-menu').click();
  await expect(page.getByRole('menuitem', { name: /Word/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Angebotsdatei/ })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: /Excel intern/ })).toHaveCount(0);
  await page.keyboard.press('Escape');

  // The diff keeps the quantity and the totals, without purchase price and margin.
  diff = await openDiff(page);
  await expect(diff.getByTestId('diff-changed')).toContainText('Menge');
  await expect(diff.getByTestId('diff-totals')).toContainText('Einmalig netto');
  await expectNothingInternal(diff);
  await page.keyboard.press('Escape');

  // The catalog: no purchase price, no margin column.
  await page.keyboard.press('Control+4');
  const catalogRow = page.getByTestId('item-row').filter({ hasText: switchName });
  await expect(catalogRow).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Einkaufspreis' })).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Marge' })).toHaveCount(0);
  await expect(catalogRow.locator('[data-column="purchasePrice"]')).toHaveCount(0);

  // A reload (a restart) keeps the mode on.
  await page.reload();
  await expect(page.getByTestId('customer-mode-badge')).toBeVisible();
  await expect(page.getByTestId('item-row').filter({ hasText: switchName })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Einkaufspreis' })).toHaveCount(0);

  // Off again (Ctrl+Shift+K): the catalog, the editor and the diff show them again.
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByTestId('customer-mode-badge')).toHaveCount(0);
  await expect(page.getByRole('columnheader', { name: 'Einkaufspreis' })).toBeVisible();
  await expect(
    page.getByTestId('item-row').filter({ hasText: switchName }).locator('[data-column="margin"]'),
  ).toHaveText(/%/);
  await page.goBack();
  await expect(page.getByTestId('line-margin')).toBeVisible();
  await expect(page.getByTestId('total-margin')).toBeVisible();
  diff = await openDiff(page);
  await expect(diff.getByTestId('diff-totals')).toContainText('Marge');
});

test('the customer mode can hide the pipeline values, and the shortcut works while typing', async ({
  app: page,
}) => {
  await startWorkspace(page, 'demo');
  await page.keyboard.press('Control+2');
  const weighted = page.getByTestId('pipeline-weighted-total');
  await expect(weighted).toHaveText(/€/);

  // Ctrl+Shift+K from inside a text field.
  await page.keyboard.press('Control+1');
  await page.getByTestId('client-search').click();
  await page.keyboard.press('Control+Shift+K');
  await expect(page.getByTestId('customer-mode-badge')).toBeVisible();

  // Pipeline values are hidden by default in the customer mode; the option shows them again.
  await page.keyboard.press('Control+2');
  await expect(weighted).toHaveText('–');
  await expect(page.getByTestId('hidden-value').first()).toBeVisible();
  // An opened card does not show its value either.
  await page.locator('[data-card-id]').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByLabel('Geschätzter Wert (€)')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByTestId('customer-mode-options').click();
  await page.getByLabel('Pipeline-Werte im Kundenmodus ausblenden').uncheck();
  await expect(weighted).toHaveText(/€/);
  await page.keyboard.press('Escape');
  await page.locator('[data-card-id]').first().click();
  await expect(page.getByLabel('Geschätzter Wert (€)')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(page.getByTestId('customer-mode-badge')).toBeVisible();
  await expect(page.getByTestId('pipeline-weighted-total')).toHaveText(/€/);
});
