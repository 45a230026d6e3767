import type { Page } from '@playwright/test';
import { expect, newDemoOffer, startWorkspace, test } from './fixtures';

/** A new demo offer for Brandt & Söhne, its editor open. */
async function newOffer(page: Page) {
  await newDemoOffer(page, 'Tastatur');
  await expect(page.getByTestId('offer-editor')).toBeVisible();
}

test('"?" lists the current screen\'s shortcuts with German key names', async ({ app: page }) => {
  await newOffer(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  const screen = page.getByTestId('shortcuts-screen');
  await expect(page.getByRole('dialog', { name: 'Tastenkürzel' })).toContainText('Angebots-Editor');
  await expect(screen.getByText('Position löschen')).toBeVisible();
  await expect(screen).toContainText('Strg+Entf');
  await expect(screen).toContainText('Alt+↑');
  await expect(page.getByTestId('shortcuts-global')).toContainText('Strg+Umschalt+K');
  await expect(page.getByRole('dialog')).not.toContainText('Ctrl');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+2');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-screen')).toContainText(
    'Karte in die vorige/nächste Phase',
  );
  await expect(page.getByTestId('shortcuts-screen')).not.toContainText('Position löschen');
  await page.keyboard.press('Escape');

  // The navigation names the keys in German too.
  await expect(page.getByRole('navigation')).toContainText('Strg+1');
});

test('a new section takes the typed title; a deleted line hands the focus on', async ({
  app: page,
}) => {
  await newOffer(page);
  await expect(page.getByTestId('offer-section')).toHaveCount(1);

  // "Abschnitt hinzufügen", then typing names the new section (no empty sections).
  await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  await expect(page.getByTestId('offer-section')).toHaveCount(2);
  // The spaces would have pressed the button again before.
  await page.keyboard.type('Hardware Halle 3 ');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('offer-section')).toHaveCount(2);
  await expect(page.getByRole('textbox', { name: 'Abschnittstitel' }).nth(1)).toHaveValue(
    'Hardware Halle 3',
  );

  // Three free lines in the first section.
  const section = page.getByTestId('offer-section').first();
  for (const name of ['Eins', 'Zwei', 'Drei']) {
    await section.getByRole('button', { name: 'Freie Position' }).click();
    await expect(section.getByRole('textbox', { name: 'Bezeichnung' }).last()).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Tab');
  }
  const names = section.getByRole('textbox', { name: 'Bezeichnung' });
  await expect(names).toHaveCount(3);

  // Ctrl+Del in the middle line's quantity: the next line's quantity has the focus.
  await page.getByLabel('Menge Zwei').click();
  await page.keyboard.press('Control+Delete');
  await expect(names).toHaveCount(2);
  await expect(page.getByLabel('Menge Drei')).toBeFocused();
  // The last line: the previous one.
  await page.keyboard.press('Control+Delete');
  await expect(names).toHaveCount(1);
  await expect(page.getByLabel('Menge Eins')).toBeFocused();
  // The only line: the section's catalog picker.
  await page.keyboard.press('Control+Delete');
  await expect(names).toHaveCount(0);
  await expect(
    section
      .getByTestId('add-line-controls')
      .getByRole('textbox', { name: 'Aus Katalog …' })
      .or(
        section.getByTestId('add-line-controls').getByRole('combobox', { name: 'Aus Katalog …' }),
      ),
  ).toBeFocused();
});

test('keyboard focus is visible on rows and buttons', async ({ app: page }) => {
  await startWorkspace(page, 'demo');
  await page.getByTestId('client-search').click();
  await page.keyboard.press('ArrowDown');
  const row = page.locator('[data-row-index="0"]');
  await expect(row).toBeFocused();
  await expect(row).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCSS('outline-style', 'solid');
});
