// Issue 14's deck editor in Chromium on a laptop screen (1280×720): a fair deck is built in
// German from the demo's data — a title slide, the firewall from the catalog with its price shown,
// a text slide — reordered by drag and drop and by Alt+↑; then "Preise ausblenden" is switched on
// and no price text is left in any slide's preview (the DOM) or in the PDF export (read back with
// pdftotext), and the speaker notes are in neither. The editor is shown in German and English
// (screenshots in the test's output).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';
import { pdfText } from './support/documents';

const DECK = 'it-sa 2026 Portfolio';
const FIREWALL = 'Next-Generation-Firewall M';
/** The demo firewall's net list price as a German slide shows it. */
const FIREWALL_PRICE = '5.480,00';
const NOTES = 'Intern: Messerabatt nur auf Nachfrage nennen';
/** Money as slides write it: a currency sign or code, or an amount with decimal places. */
const MONEY = /€|\bEUR\b|\bCHF\b|\$|\d{1,3}(?:[.,]\d{3})*[.,]\d{2}\b/;

test.use({ viewport: { width: 1280, height: 720 } });

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  // Let the preview's fonts and layout settle before the picture.
  await page.evaluate(
    () =>
      (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts
        .ready,
  );
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

/** A field of the slide form (the slide view draws parts with test ids of its own). */
const field = (page: Page, id: string) => page.getByTestId('slide-form').getByTestId(id);

/** The slide titles in the list, in order. */
const listOrder = (page: Page) =>
  page
    .locator('[data-testid^="slide-item-"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));

/** Adds a slide of `kind` through the "Folie hinzufügen" menu and waits for its form. */
async function addSlide(page: Page, kind: string) {
  await page.getByTestId('deck-add-slide').click();
  await page.getByTestId(`deck-add-slide-${kind}`).click();
  await expect(page.getByTestId('slide-form')).toHaveAttribute('data-kind', kind);
}

/** Selects slide `index` and waits until the preview draws it; returns the preview's text. */
async function previewText(page: Page, index: number): Promise<string> {
  await page.getByTestId(`slide-item-${index}`).click();
  const view = page.getByTestId('deck-preview').getByTestId('slide-view');
  await expect(view).toHaveAttribute('data-slide-index', String(index));
  return (await view.innerText()).trim();
}

test('a fair deck: slides from the data, reordered, prices hidden in every preview and the PDF', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(240_000);
  await startWorkspace(page, 'demo');

  // Ctrl+9 opens the decks; a new deck opens in the editor, which cannot present it yet.
  await page.keyboard.press('Control+9');
  await expect(page.getByRole('heading', { name: 'Messe-Präsentationen', level: 2 })).toBeVisible();
  await page.getByTestId('deck-new').click();
  await page.getByTestId('deck-new-title').fill(DECK);
  await page.getByTestId('deck-new-title').press('Enter');
  await expect(page).toHaveURL(/#\/presentations\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('deck-heading')).toHaveText(DECK);
  await expect(page.getByTestId('deck-present')).toBeDisabled();
  await expect(page.getByTestId('deck-present-reason')).toContainText(
    'ein leerer Foliensatz lässt sich nicht präsentieren',
  );

  // 1. A title slide with speaker notes.
  await addSlide(page, 'title');
  await field(page, 'slide-title').fill('Willkommen am Stand');
  await field(page, 'slide-title').press('Tab');
  await field(page, 'slide-notes').fill(NOTES);
  await field(page, 'slide-notes').press('Tab');
  await expect(page.getByTestId('deck-present')).toBeEnabled();
  await expect(page.getByTestId('deck-preview')).toContainText('Willkommen am Stand');

  // 2. The firewall from the catalog, its price shown.
  await addSlide(page, 'catalog-item');
  await field(page, 'slide-catalog-item').fill('Next-Gen');
  await page.getByRole('option', { name: FIREWALL, exact: true }).click();
  await field(page, 'slide-show-prices').click();
  await expect(field(page, 'slide-show-prices')).toBeChecked();
  await expect(page.getByTestId('deck-preview')).toContainText(FIREWALL);
  await expect(page.getByTestId('deck-preview')).toContainText(FIREWALL_PRICE);

  // 3. A text slide.
  await addSlide(page, 'text');
  await field(page, 'slide-title').fill('Warum wir');
  await field(page, 'slide-title').press('Tab');
  await page
    .getByTestId('slide-body')
    .fill('Zertifizierte Techniker, 24/7-Betrieb, Rechenzentrum in Nürnberg.');
  await field(page, 'slide-body').press('Tab');
  await expect(page.getByTestId('deck-preview')).toContainText('24/7-Betrieb');
  expect(await listOrder(page)).toEqual([
    'Folie 1: Willkommen am Stand',
    `Folie 2: ${FIREWALL}`,
    'Folie 3: Warum wir',
  ]);
  await expect(page.getByTestId('deck-summary')).toContainText('3 Folien');
  await expect(page.getByTestId('deck-summary')).toContainText('30 s');
  await page.getByTestId('slide-item-1').click();
  await page.getByTestId('deck-heading').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'editor-de');

  // Reorder: the text slide dragged above the title slide, then the title slide back up by Alt+↑.
  await page
    .getByTestId('slide-item-2')
    .dragTo(page.getByTestId('slide-item-0'), { targetPosition: { x: 40, y: 4 } });
  await expect
    .poll(() => listOrder(page))
    .toEqual(['Folie 1: Warum wir', 'Folie 2: Willkommen am Stand', `Folie 3: ${FIREWALL}`]);
  await page.getByTestId('slide-item-1').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect
    .poll(() => listOrder(page))
    .toEqual(['Folie 1: Willkommen am Stand', 'Folie 2: Warum wir', `Folie 3: ${FIREWALL}`]);
  await expect(page.getByTestId('slide-item-0')).toBeFocused();

  // "Preise ausblenden", with a sentence of what it does.
  await page.getByTestId('deck-tab-settings').click();
  await expect(page.getByTestId('deck-hide-prices-text')).toContainText('Artikel- und Paketfolien');
  await page.getByTestId('deck-hide-prices').click();
  await expect(page.getByTestId('deck-hide-prices')).toBeChecked();
  await expect(page.getByTestId('deck-hide-prices-text')).toContainText(
    'Keine Folie zeigt Preise, Rabatte oder Margen',
  );
  await screenshot(page, testInfo, 'settings-de');
  await page.getByTestId('deck-tab-slides').click();
  await expect(page.getByTestId('deck-prices-hidden')).toHaveText('Preise ausgeblendet');

  // No slide's preview has any money in it; the firewall slide still shows the firewall.
  const previews = [];
  for (const index of [0, 1, 2]) previews.push(await previewText(page, index));
  expect(previews[2]).toContain(FIREWALL);
  for (const text of previews) expect(text).not.toMatch(MONEY);
  await expect(page.getByTestId('slide-prices-overridden')).toContainText('blendet Preise aus');
  // Nor anywhere else on the page, notes aside.
  expect(await page.locator('body').innerText()).not.toContain(FIREWALL_PRICE);
  await screenshot(page, testInfo, 'editor-prices-hidden-de');

  // The PDF: one page per slide, the slides' texts, no price and no speaker notes.
  const dir = mkdtempSync(join(tmpdir(), 'quotient-deck-'));
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('deck-export-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${DECK}.pdf`);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    const text = pdfText(path);
    expect(text).toContain('Willkommen am Stand');
    expect(text).toContain(FIREWALL);
    expect(text).toContain('24/7-Betrieb');
    expect(text).not.toMatch(MONEY);
    expect(text).not.toContain('Messerabatt');
    // One page per slide (pdftotext ends each page with a form feed).
    expect(text.split('\f').filter((page) => page.trim() !== '')).toHaveLength(3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // The editor in English.
  await page.getByRole('link', { name: 'Einstellungen' }).first().click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await page.keyboard.press('Control+9');
  await expect(
    page.getByRole('heading', { name: 'Trade fair presentations', level: 2 }),
  ).toBeVisible();
  await screenshot(page, testInfo, 'decks-en');
  await page.getByRole('link', { name: DECK }).click();
  await expect(page.getByTestId('deck-prices-hidden')).toHaveText('Prices hidden');
  await expect(page.getByTestId('deck-present')).toHaveText(/Present/);
  expect(await listOrder(page)).toEqual([
    'Slide 1: Willkommen am Stand',
    'Slide 2: Warum wir',
    `Slide 3: ${FIREWALL}`,
  ]);
  await page.getByTestId('slide-item-2').click();
  await expect(page.getByTestId('slide-form')).toContainText('Slide 3: Catalog item');
  await expect(page.getByTestId('slide-prices-overridden')).toContainText('The deck hides prices');
  await page.getByTestId('deck-heading').scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'editor-en');
  await page.getByTestId('deck-tab-settings').click();
  await expect(page.getByTestId('deck-hide-prices-text')).toContainText(
    'no slide shows prices, discounts or margins',
  );
  await screenshot(page, testInfo, 'settings-en');
});
