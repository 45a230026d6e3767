import type { Page } from '@playwright/test';
import { expect, followingNumber, newDemoOffer, shownOfferNumber, test } from './fixtures';

/**
 * Marks the offer as sent: the check before sending (test/e2e/offer-pipeline.spec.ts) may list
 * warnings first, which this journey accepts; otherwise the freeze is confirmed.
 */
async function markSent(page: Page) {
  await page.getByRole('button', { name: 'Als versendet markieren' }).click();
  const proceed = page.getByTestId('check-proceed').or(page.getByTestId('confirm-button'));
  await proceed.and(page.locator(':visible')).first().click();
  await expect(page.getByTestId('offer-status')).toHaveText('Versendet');
}

/** Picks an entry of one of the section's "add line" selects by typing and choosing it. */
async function addFrom(page: Page, select: string, search: string, option: RegExp) {
  const input = page
    .getByRole('textbox', { name: select })
    .or(page.getByRole('combobox', { name: select }))
    .first();
  await input.click();
  await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/** Opens a line's details drawer from its quantity cell (Alt+Enter). */
async function lineDetails(page: Page, name: string) {
  await page.getByLabel(`Menge ${name}`, { exact: true }).first().press('Alt+Enter');
  const drawer = page.getByRole('dialog', { name: /^Details der Position/ });
  await expect(drawer).toBeVisible();
  return drawer;
}

test('an offer from catalog, bundle, free and estimated lines: live totals, customer view, revision, diff, accept', async ({
  app: page,
}) => {
  await newDemoOffer(page, 'Netzwerk Halle 3');
  // The demo's own sent offers come first in the sequence.
  const number = await shownOfferNumber(page);
  expect(number).toMatch(/^A-\d{4}-JB-\d{4}$/);

  // A catalog item; its quantity typed with the keyboard moves the totals before it is saved.
  await addFrom(page, 'Aus Katalog …', 'HW-SW48', /HW-SW48/);
  const switchQuantity = page.getByLabel('Menge Switch 48 Port PoE+, Layer 3').first();
  await expect(switchQuantity).toBeFocused();
  await switchQuantity.fill('4');
  await expect(page.getByTestId('bar-one-time-net')).toHaveText('8.760,00 €');
  await switchQuantity.press('Enter');

  // A bundle, a free line, an estimated service line.
  await addFrom(page, 'Bundle …', 'Standort', /Standort-Netzwerk S/);
  await expect(page.getByTestId('offer-line')).toHaveCount(5);
  // The bundle came as a section of its own: the free line goes below it, the last one.
  await expect(page.getByTestId('offer-section')).toHaveCount(2);
  await page.getByRole('button', { name: 'Freie Position' }).last().click();
  await expect(page.getByTestId('offer-line')).toHaveCount(6);
  const freeName = page.getByRole('textbox', { name: 'Bezeichnung' }).last();
  await expect(freeName).toBeFocused();
  await page.keyboard.type('Dokumentation');
  await page.keyboard.press('Tab');
  await page.getByLabel('Einzelpreis Dokumentation').fill('450');
  await page.getByLabel('Einzelpreis Dokumentation').press('Enter');
  await addFrom(page, 'Dienstleistung …', 'Senior', /Senior Consultant/);
  await page.getByRole('button', { name: 'Schätzen: Senior Consultant' }).click();
  await page.getByLabel('Optimistisch').fill('2');
  await page.getByLabel('Wahrscheinlich').fill('3');
  await page.getByLabel('Pessimistisch').fill('6');
  await page.getByLabel('Risikozuschlag (%)').fill('10');
  await expect(page.getByTestId('estimate-result')).toHaveText('= 3,75 PT');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByLabel('Menge Senior Consultant')).toHaveValue('3,75');
  await expect(page.getByTestId('line-estimate')).toContainText('2 / 3 / 6 PT, +10 % → 3,75 PT');

  // An optional line, an alternative line and a monthly licence.
  // Kind, billing and what an alternative replaces are in the line's details (Alt+Enter).
  let drawer = await lineDetails(page, 'Dokumentation');
  await drawer.getByLabel('Art').selectOption('optional');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await addFrom(page, 'Aus Katalog …', 'HW-SW24', /HW-SW24/);
  drawer = await lineDetails(page, 'Switch 24 Port PoE+, Layer 2+');
  await drawer.getByLabel('Art').selectOption('alternative');
  // An alternative replaces nothing until the user chooses the line.
  const replaces = drawer.getByLabel('Ersetzt Position …');
  await expect(replaces).toHaveValue('');
  const replaced = replaces.locator('option', { hasText: 'Switch 48 Port PoE+, Layer 3' }).first();
  await replaces.selectOption({ label: ((await replaced.textContent()) ?? '').trim() });
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await addFrom(page, 'Aus Katalog …', 'M365', /SW-M365E3/);
  await page.getByLabel('Menge Microsoft 365 E3 (Monatsabo)').fill('25');
  await page.getByLabel('Menge Microsoft 365 E3 (Monatsabo)').press('Enter');

  // 8760 + 4380 + 2934 + 2080 + 780 + 3.75 × 1180 = 23,359.00 one-time; 25 × 36.90 monthly.
  await expect(page.getByTestId('total-oneTime-net')).toHaveText('23.359,00 €');
  await expect(page.getByTestId('total-oneTime-gross')).toHaveText('27.797,21 €');
  await expect(page.getByTestId('total-monthly-net')).toHaveText('922,50 €');
  await expect(page.getByTestId('total-monthly-gross')).toHaveText('1.097,78 €');
  await expect(page.getByTestId('total-contract-value')).toHaveText('56.569,00 €');
  await expect(page.getByTestId('line-margin').first()).toBeVisible();

  // Customer view hides cost and margin.
  await page.getByTestId('customer-view').click();
  await expect(page.getByTestId('line-margin')).toHaveCount(0);
  await expect(page.getByTestId('total-margin')).toHaveCount(0);

  // Mark as sent: revision 1 is frozen.
  await markSent(page);
  await expect(page.getByTestId('offer-status')).toHaveText('Versendet');
  await expect(page.getByTestId('read-only-banner')).toBeVisible();
  await expect(switchQuantity).toHaveJSProperty('readOnly', true);

  // Editing needs revision 2; change a quantity and compare.
  await page.getByRole('button', { name: 'Neue Revision' }).click();
  await expect(page.getByTestId('offer-number')).toHaveText(/-r2$/);
  const quantity2 = page.getByLabel('Menge Switch 48 Port PoE+, Layer 3').first();
  await quantity2.fill('5');
  await quantity2.press('Enter');
  await expect(page.getByTestId('total-oneTime-net')).toHaveText('25.549,00 €');
  await page.getByRole('button', { name: '…' }).click();
  await page.getByRole('menuitem', { name: 'Revisionen vergleichen' }).click();
  const diff = page.getByTestId('diff-view');
  await expect(diff.getByTestId('diff-changed')).toContainText('Switch 48 Port PoE+, Layer 3');
  await expect(diff.getByTestId('diff-changed')).toContainText('4');
  await expect(
    diff.getByTestId('diff-totals').getByRole('row', { name: /Einmalig netto/ }),
  ).toHaveText(/23.359,00 €25.549,00 €\+2.190,00 €/);
  await page.keyboard.press('Escape');

  // Send revision 2, accept it: read-only.
  await markSent(page);
  await page.getByRole('button', { name: 'Angenommen' }).click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('offer-status')).toHaveText('Angenommen');
  await expect(page.getByTestId('read-only-banner')).toContainText('schreibgeschützt');
  await expect(page.getByLabel('Menge Switch 48 Port PoE+, Layer 3').first()).toHaveJSProperty(
    'readOnly',
    true,
  );
  await expect(page.getByRole('button', { name: 'Freie Position' })).toHaveCount(0);
});

test('a bad quantity is refused at the cell and never reaches totals or storage', async ({
  app: page,
}) => {
  await newDemoOffer(page, 'Prüfung');
  await addFrom(page, 'Aus Katalog …', 'HW-AP7', /HW-AP7/);
  const quantity = page.getByLabel('Menge Access Point Wi-Fi 7, Indoor');
  await quantity.fill('zwei');
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await expect(quantity).toHaveAttribute('title', 'Keine Zahl: „zwei“ – bitte z. B. 1,5 eingeben');
  await expect(page.getByTestId('bar-one-time-net')).toHaveText('489,00 €');
  await quantity.press('Tab');
  await page.reload();
  await expect(page.getByLabel('Menge Access Point Wi-Fi 7, Indoor')).toHaveValue('1');
  await expect(page.locator('body')).not.toContainText('NaN');
});

test('lines by keyboard alone, and two variants compared side by side', async ({ app: page }) => {
  await newDemoOffer(page, 'Arbeitsplätze');
  const number = await shownOfferNumber(page);
  await addFrom(page, 'Aus Katalog …', 'HW-NB14', /HW-NB14/);
  const names = () => page.getByRole('textbox', { name: 'Bezeichnung' });

  // Ctrl+Enter adds a line after the current one and puts the cursor in its name.
  await page.getByLabel(/^Menge Business-Notebook/).press('Control+Enter');
  await expect(names()).toHaveCount(2);
  await expect(names().nth(1)).toBeFocused();
  await page.keyboard.type('Einrichtung');
  await page.keyboard.press('Enter');
  // Ctrl+D duplicates, Alt+↑ moves up, Ctrl+Delete deletes (with undo).
  await names().nth(1).press('Control+d');
  await expect(names()).toHaveCount(3);
  await names().nth(0).press('Alt+ArrowDown');
  await expect(names().nth(1)).toHaveValue(/Business-Notebook/);
  await names().nth(1).press('Alt+ArrowUp');
  await expect(names().nth(0)).toHaveValue(/Business-Notebook/);
  await names().nth(2).press('Control+Delete');
  await expect(names()).toHaveCount(2);
  await page.getByTestId('undo-button').click();
  await expect(names()).toHaveCount(3);
  // At the end of a section, Alt+↓ moves the line on into the next section.
  await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  await expect(page.getByTestId('offer-section')).toHaveCount(2);
  await names().nth(2).press('Alt+ArrowDown');
  await expect(page.getByTestId('offer-section').nth(1).getByTestId('offer-line')).toHaveCount(1);
  await expect(page.getByTestId('offer-section').nth(0).getByTestId('offer-line')).toHaveCount(2);
  await page.getByLabel(/^Menge Business-Notebook/).fill('10');
  await page.getByLabel(/^Menge Business-Notebook/).press('Enter');
  await expect(page.getByTestId('total-oneTime-net')).toHaveText('14.900,00 €');

  // A premium variant with twice the notebooks; compare both.
  await page.getByRole('button', { name: '…' }).click();
  await page.getByRole('menuitem', { name: 'Variante anlegen' }).click();
  await page.getByLabel('Name der Variante (z. B. Premium)').fill('Premium');
  await page.getByRole('button', { name: 'Variante anlegen' }).click();
  await expect(page.getByTestId('offer-number')).toHaveText(followingNumber(number));
  await page.getByLabel(/^Menge Business-Notebook/).fill('20');
  await page.getByLabel(/^Menge Business-Notebook/).press('Enter');
  await expect(page.getByTestId('total-oneTime-net')).toHaveText('29.800,00 €');
  await page.getByRole('button', { name: '…' }).click();
  await page.getByRole('menuitem', { name: 'Varianten vergleichen' }).click();
  const compare = page.getByTestId('variant-compare');
  await expect(compare.getByRole('columnheader')).toHaveText(['Variante', 'Basis', 'Premium']);
  await expect(compare.getByRole('row', { name: /Einmalig Netto/ })).toHaveText(
    /14.900,00 €29.800,00 €/,
  );
});
