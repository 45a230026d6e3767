import { expect, newDemoOffer, test } from './fixtures';

// Closed dropdowns cost at every open of the editor: floating-ui positions each mounted one (a
// forced layout each), so the add-line selects of a section must not keep theirs mounted.
test("the offer editor's sections add no mounted dropdowns until one is opened", async ({
  app: page,
}) => {
  await newDemoOffer(page, 'Dropdowns');
  await expect(page.getByTestId('offer-section')).toHaveCount(1);
  // The panels other areas contribute below the sections load on their own: count once they are there.
  await expect(page.getByTestId('why-us-select')).toBeVisible();
  await expect(page.getByLabel('Textbaustein hinzufügen')).toBeVisible();
  const dropdowns = page.locator('.mantine-Select-dropdown');
  const withOneSection = await dropdowns.count();

  await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  await expect(page.getByTestId('offer-section')).toHaveCount(3);
  await expect(page.getByTestId('add-line-controls')).toHaveCount(3);
  await expect(dropdowns).toHaveCount(withOneSection);

  // Opened, a section's catalog select shows its items; closed, its dropdown is gone again.
  const catalog = page.getByTestId('add-line-controls').nth(2).getByLabel('Aus Katalog …');
  await catalog.click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(dropdowns).toHaveCount(withOneSection);
});
