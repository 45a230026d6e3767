// Screenshots of the browser build with the demo workspace, for the README and for review.
// Usage: npm run screenshots (builds out/web first), or node scripts/screenshots.mjs [outDir]
// after `npm run build:web`. Every shot waits for the screen's content, never for a fixed time.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const web = join(root, 'out/web');
const outDir = resolve(process.argv[2] ?? join(root, 'docs/screenshots'));
if (!existsSync(join(web, 'index.html'))) {
  console.error('screenshots: out/web is missing: run `npm run build:web` first');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const server = createServer((req, res) => {
  const path =
    decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1) || 'index.html';
  const file = normalize(join(web, path));
  try {
    if (!file.startsWith(web + sep)) throw new Error('outside out/web');
    const body = readFileSync(file);
    res
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const systemChromium = '/usr/bin/chromium';
const browser = await chromium.launch({
  // As in playwright.config.ts: CHROMIUM_PATH, Debian's Chromium, else Playwright's own.
  executablePath:
    process.env.CHROMIUM_PATH || (existsSync(systemChromium) ? systemChromium : undefined),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
const shot = async (page, name, options = {}) => {
  // No hover highlight or focus ring from the last click; fonts loaded.
  await page.mouse.move(1279, 719);
  await page.evaluate(async () => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    await document.fonts.ready;
  });
  await page.screenshot({ path: join(outDir, name), animations: 'disabled', ...options });
  console.log(`${name}`);
};
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  // The pictures show the app as on the desktop, where local storage is always persistent,
  // so the browser build's "storage may be evicted" notice stays out of them.
  await context.addInitScript(() => {
    if (navigator.storage) {
      navigator.storage.persist = async () => true;
      navigator.storage.persisted = async () => true;
    }
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`http://127.0.0.1:${server.address().port}/`);

  await page.getByLabel('Ihr Name').waitFor();
  await page.getByRole('button', { name: 'Mit Demodaten starten' }).waitFor();
  await shot(page, 'welcome.png');

  await page.getByLabel('Ihr Name').fill('Jana Becker');
  await page.getByLabel('Kürzel').fill('JB');
  await page.getByRole('button', { name: 'Mit Demodaten starten' }).click();
  await page.locator('[data-row-index="0"]').waitFor();
  await page
    .getByTestId('client-count')
    .filter({ hasText: /^\d+ Kunden$/ })
    .waitFor();
  await shot(page, 'clients.png');

  await page.getByRole('row', { name: /Bodensee Privatbank/ }).click();
  await page.getByTestId('opportunity-row').first().waitFor();
  await page.getByTestId('activity-timeline').locator('.mantine-Timeline-item').first().waitFor();
  await shot(page, 'client-detail.png');

  await page.keyboard.press('Control+2');
  await page.getByTestId('pipeline-board').locator('[data-card-id]').first().waitFor();
  await shot(page, 'pipeline.png');

  await page.keyboard.press('Control+4');
  await page.getByRole('heading', { name: 'Katalog', level: 2 }).waitFor();
  await page.getByText('HW-AP7', { exact: true }).first().waitFor();
  await shot(page, 'catalog.png');

  // The calculator with a worked example: a router bought at 1.000 € list price.
  await page.keyboard.press('Control+5');
  await page.getByRole('heading', { name: 'Kalkulation', level: 2 }).waitFor();
  for (const [label, value] of [
    ['Listeneinkaufspreis', '1.000,00'],
    ['Liefererrabatt (%)', '20'],
    ['Liefererskonto (%)', '2'],
    ['Bezugskosten', '15,00'],
    ['Handlungskosten (%)', '25'],
    ['Gewinn (%)', '15'],
    ['Kundenskonto (%)', '2'],
    ['Kundenrabatt (%)', '10'],
  ]) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
  await page.getByText('Bruttoverkaufspreis', { exact: true }).first().waitFor();
  await shot(page, 'calculator.png');

  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const form = page.getByTestId('new-offer-form');
  await form.getByLabel('Kunde').fill('Brandt');
  await page.getByRole('option', { name: /Brandt & Söhne/ }).click();
  await form.getByLabel('Titel').fill('Netzwerk-Erneuerung Halle 3');
  await form.getByRole('button', { name: 'Neues Angebot' }).click();
  await page.getByTestId('offer-editor').waitFor();
  const lines = page.getByTestId('offer-editor').locator('[data-line-id]');
  const pick = async (select, search, option) => {
    const before = await lines.count();
    const input = page
      .getByRole('textbox', { name: select })
      .or(page.getByRole('combobox', { name: select }))
      .first();
    await input.click();
    await input.fill(search);
    await page.getByRole('option', { name: option }).first().click();
    await lines.nth(before).waitFor();
  };
  await pick('Bundle …', 'Standort', /Standort-Netzwerk S/);
  await pick('Aus Katalog …', 'HW-FW-M', /HW-FW-M/);
  await pick('Aus Katalog …', 'MS-MON', /MS-MON/);
  await pick('Dienstleistung …', 'Projekt', /Projektleiter/);
  await page.keyboard.press('Escape');
  // The terms folded away, so the lines and live totals fill the picture.
  await page.getByRole('button', { name: 'Konditionen' }).click();
  await page.getByTestId('offer-terms').waitFor({ state: 'hidden' });
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'offer.png');

  await page.keyboard.press('Control+,');
  await page.getByTestId('company-form').waitFor();
  await shot(page, 'settings.png');
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  server.close();
}
