import { test as base, _electron, expect, type Page } from '@playwright/test';

/**
 * `page` is a fresh browser context on the web build (an empty IndexedDB per test), or,
 * with QUOTIENT_E2E_ELECTRON=1, the first window of the real Electron app on a fresh
 * user-data folder.
 */
export const test = base.extend<{ app: Page }>({
  app: async ({ page }, use, testInfo) => {
    if (!process.env.QUOTIENT_E2E_ELECTRON) {
      await page.goto('./');
      await use(page);
      return;
    }
    const userData = testInfo.outputPath('user-data');
    const electronApp = await _electron.launch({ args: ['.', `--user-data-dir=${userData}`] });
    const window = await electronApp.firstWindow();
    await use(window);
    await electronApp.close();
  },
});

export { expect };

/** Completes the first-start screen as a new user. */
export async function startWorkspace(
  page: Page,
  mode: 'empty' | 'demo',
  name = 'Jana Becker',
  initials = 'JB',
) {
  await page.getByLabel('Ihr Name').fill(name);
  await page.getByLabel('Kürzel').fill(initials);
  await page
    .getByRole('button', { name: mode === 'demo' ? 'Mit Demodaten starten' : 'Leer starten' })
    .click();
  // An empty workspace asks for the company profile first; these tests fill it in later.
  if (mode === 'empty') await page.getByRole('button', { name: 'Später ausfüllen' }).click();
  await expect(page.getByRole('heading', { name: 'Kunden', level: 2 })).toBeVisible();
}

/** Starts with the demo data and opens a new offer titled `title` for Brandt & Söhne. */
export async function newDemoOffer(page: Page, title: string) {
  await startWorkspace(page, 'demo');
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const form = page.getByTestId('new-offer-form');
  await form.getByLabel('Kunde').fill('Brandt');
  await page.getByRole('option', { name: /Brandt & Söhne/ }).click();
  await form.getByLabel('Titel').fill(title);
  await form.getByRole('button', { name: 'Neues Angebot' }).click();
}

/** Picks an option of a Mantine Select by its visible label. */
export async function choose(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * The number of the open offer, once the editor shows one of the default scheme. The demo brings
 * sent offers numbered by the same scheme, so a new offer's sequence is not known in advance.
 */
export async function shownOfferNumber(page: Page): Promise<string> {
  const shown = page.getByTestId('offer-number');
  await expect(shown).toHaveText(/^A-\d{4}-[A-Z0-9]+-\d{4}$/);
  return (await shown.textContent()) ?? '';
}

/** The number after `number` in its sequence (A-2026-JB-0009 → A-2026-JB-0010). */
export function followingNumber(number: string): string {
  const match = /^(.*-)(\d+)$/.exec(number);
  if (!match) throw new Error(`not a numbered offer: ${number}`);
  const [, prefix = '', seq = ''] = match;
  return `${prefix}${String(Number(seq) + 1).padStart(seq.length, '0')}`;
}

/** `text` as a regular expression that matches it literally. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chooses `offerFile` in "Angebotsdatei importieren …" (the import preview opens next). */
export async function chooseOfferFile(page: Page, offerFile: unknown, name: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Angebotsdatei importieren …' }).click(),
  ]);
  await chooser.setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(offerFile)),
  });
}

/** Imports `offerFile` from the offers list: choose it, then "Importieren" in the preview. */
export async function importOfferFile(page: Page, offerFile: unknown, name: string) {
  await chooseOfferFile(page, offerFile, name);
  await page
    .getByRole('dialog', { name: 'Angebotsdatei importieren?' })
    .getByRole('button', { name: 'Importieren' })
    .click();
}
