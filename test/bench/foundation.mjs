// The foundation's figures (issue 1): cold start, first-screen JS, client list, search.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstPage, median, report, round } from './lib.mjs';

// Records when the first client row appears (and is painted) after navigation start.
const rowObserver = () => {
  const observer = new MutationObserver(() => {
    if (document.querySelector('[data-row-index="0"]')) {
      observer.disconnect();
      requestAnimationFrame(() => (window.__firstRowsPainted = performance.now()));
    }
  });
  observer.observe(document, { childList: true, subtree: true });
};

/** Measures the foundation's figures on the seeded workspace; `seed` is the seed page's result. */
export async function measureFoundation({ launch, origin, root, seed, runs = 5 }) {
  // Cold start: a fresh browser process each run, to an interactive client list.
  const coldStarts = [];
  let scriptBytes = 0;
  let scriptGzipBytes = 0;
  let context;
  let page;
  for (let run = 0; run < 3; run++) {
    context = await launch();
    page = await firstPage(context);
    const scripts = new Set();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script')
        scripts.add(new URL(response.url()).pathname);
    });
    await page.addInitScript(rowObserver);
    await page.goto(`${origin}/#/clients`);
    await page.waitForFunction(() => window.__firstRowsPainted !== undefined, null, {
      timeout: 30_000,
    });
    coldStarts.push(await page.evaluate(() => window.__firstRowsPainted));
    if (run === 0) {
      for (const path of scripts) {
        const body = readFileSync(join(root, 'out/web', path.slice(1)));
        scriptBytes += body.length;
        scriptGzipBytes += gzipSync(body).length;
      }
    }
    if (run < 2) await context.close();
  }

  // Navigating to the client list (from the pipeline) until its first screen is painted.
  const navigations = [];
  for (let run = 0; run < runs; run++) {
    await page.locator('nav a[href="#/pipeline"]').click();
    await page.waitForSelector('[data-testid="pipeline-board"], [data-testid="empty-state"]');
    navigations.push(
      await page.evaluate(
        () =>
          new Promise((done) => {
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('[data-row-index="0"]')) {
                observer.disconnect();
                requestAnimationFrame(() => done(performance.now() - started));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            document.querySelector('nav a[href="#/clients"]').click();
          }),
      ),
    );
  }

  // Search as you type: each keystroke until the filtered list is painted.
  await page.waitForSelector('[data-testid="client-search"][data-search-ready="true"]', {
    timeout: 30_000,
  });
  const keystrokes = await page.evaluate(
    async (queries) => {
      const input = document.querySelector('[data-testid="client-search"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const count = document.querySelector('[data-testid="client-count"]');
      const timings = [];
      // Input event to the next painted frame: React renders a discrete input synchronously,
      // so the frame after it shows the filtered list (or the unchanged one, equally answered).
      const nextPaint = () =>
        new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      for (const query of queries) {
        for (let i = 1; i <= query.length; i++) {
          const before = count.textContent;
          const started = performance.now();
          setValue.call(input, query.slice(0, i));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await nextPaint();
          timings.push({
            query: query.slice(0, i),
            ms: performance.now() - started,
            count: count.textContent,
            changed: before !== count.textContent,
          });
        }
        setValue.call(input, '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((done) => setTimeout(done, 100));
      }
      return timings;
    },
    ['Nordtec Logistik', 'Hamburg', 'anna.mueller', 'Cloud Essen'],
  );
  await context.close();

  const clientData = { ...seed };
  delete clientData.offer;
  return report({
    date: new Date().toISOString(),
    machine: { cores: cpus().length, node: process.version },
    data: clientData,
    bulkInsertMs: { value: round(seed.insertMs), target: 10_000 },
    coldStartToClientListMs: {
      value: round(median(coldStarts)),
      runs: coldStarts.map(round),
      target: 1_500,
    },
    firstScreenJsGzipKB: {
      value: round(scriptGzipBytes / 1024),
      rawKB: round(scriptBytes / 1024),
      target: 400,
    },
    clientListAfterNavigationMs: {
      value: round(median(navigations)),
      runs: navigations.map(round),
      target: 300,
    },
    searchKeystrokeMs: {
      value: round(Math.max(...keystrokes.map((k) => k.ms))),
      median: round(median(keystrokes.map((k) => k.ms))),
      keystrokes: keystrokes.length,
      slowest: [...keystrokes].sort((a, b) => b.ms - a.ms).slice(0, 5),
      target: 50,
    },
  });
}
