// Screenshots of the browser build with the demo workspace, for the README and for review.
// Usage: npm run build:web && node scripts/screenshots.mjs [outDir]
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(process.argv[2] ?? join(root, 'docs/screenshots'));
mkdirSync(outDir, { recursive: true });
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const path =
    decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1) || 'index.html';
  const file = normalize(join(root, 'out/web', path));
  try {
    const body = readFileSync(file);
    res
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, locale: 'de-DE' });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.screenshot({ path: join(outDir, 'welcome.png') });
  await page.getByLabel('Ihr Name').fill('Jana Becker');
  await page.getByLabel('Kürzel').fill('JB');
  await page.getByRole('button', { name: 'Mit Demodaten starten' }).click();
  await page.waitForSelector('[data-row-index="0"]');
  await page.screenshot({ path: join(outDir, 'clients.png') });
  await page.locator('[data-row-index="2"]').click();
  await page.waitForSelector('[data-testid="activity-timeline"]');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, 'client-detail.png') });
  await page.keyboard.press('Control+2');
  await page.waitForSelector('[data-testid="pipeline-board"]');
  await page.screenshot({ path: join(outDir, 'pipeline.png') });
  await page.keyboard.press('Control+4');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, 'catalog.png') });
  await page.keyboard.press('Control+5');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(outDir, 'calculator.png'), fullPage: true });
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const form = page.getByTestId('new-offer-form');
  await form.getByLabel('Kunde').fill('Brandt');
  await page.getByRole('option', { name: /Brandt & Söhne/ }).click();
  await form.getByLabel('Titel').fill('Netzwerk-Erneuerung Halle 3');
  await form.getByRole('button', { name: 'Neues Angebot' }).click();
  await page.waitForSelector('[data-testid="offer-editor"]');
  const pick = async (select, search, option) => {
    const input = page
      .getByRole('textbox', { name: select })
      .or(page.getByRole('combobox', { name: select }))
      .first();
    await input.click();
    await input.fill(search);
    await page.getByRole('option', { name: option }).first().click();
    await page.waitForTimeout(300);
  };
  await pick('Bundle …', 'Standort', /Standort-Netzwerk S/);
  await pick('Aus Katalog …', 'HW-FW-M', /HW-FW-M/);
  await pick('Aus Katalog …', 'MS-MON', /MS-MON/);
  await pick('Dienstleistung …', 'Projekt', /Projektleiter/);
  await page.getByRole('button', { name: 'Abschnitt hinzufügen' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, 'offer.png') });
  await page.keyboard.press('Control+,');
  await page.waitForSelector('[data-testid="company-form"]');
  await page.screenshot({ path: join(outDir, 'settings.png'), fullPage: true });
  console.log(`screenshots in ${outDir}`);
} finally {
  await browser.close();
  server.close();
}
