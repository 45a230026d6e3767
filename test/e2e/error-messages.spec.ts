import type { Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

/** Chooses a JSON file of `bytes` bytes in the offer import (limit 10 MiB). */
async function chooseLargeOfferFile(page: Page, button: string, bytes: number) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles({
    name: 'gross.quotient-offer.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(bytes, 0x20),
  });
}

test('a file too large for the offer import is explained in German, then in English', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await page.keyboard.press('Control+3');

  await chooseLargeOfferFile(page, 'Angebotsdatei importieren …', 11 * 1024 * 1024);
  const problems = page.getByTestId('import-problems');
  await expect(problems).toHaveText(
    '„gross.quotient-offer.json“ ist 11 MiB groß; Dateien über 10 MiB können nicht geöffnet werden.',
  );
  await page.screenshot({ path: test.info().outputPath('too-large-de.png') });
  await page.keyboard.press('Escape');
  await expect(problems).toHaveCount(0);

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
  await page.keyboard.press('Control+3');
  await chooseLargeOfferFile(page, 'Import offer file …', 11 * 1024 * 1024);
  await expect(problems).toHaveText(
    '"gross.quotient-offer.json" is 11 MiB; files larger than 10 MiB cannot be opened.',
  );
});
