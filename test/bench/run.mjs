// Measures the foundation's figures in Debian's Chromium and writes bench/results.json.
// Usage: npm run bench [-- --no-build] [-- --clients 10000]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const clientCount = Number(args[args.indexOf('--clients') + 1]) || 10_000;
const runs = 5;

if (!args.includes('--no-build')) {
  execFileSync('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync('npx', ['vite', 'build', '--config', 'test/bench/vite.bench.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** Static files of the web build at /, the seed page at /bench-seed/ (one origin, one IndexedDB). */
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const [base, rest] = path.startsWith('/bench-seed/')
    ? ['out/bench-seed', path.slice(12)]
    : ['out/web', path.slice(1)];
  const file = normalize(join(root, base, rest || 'index.html'));
  if (!file.startsWith(join(root, base))) return void res.writeHead(403).end();
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
const origin = `http://127.0.0.1:${server.address().port}`;
const userDataDir = mkdtempSync(join(tmpdir(), 'quotient-bench-'));
const launch = () =>
  chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1360, height: 860 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => Math.round(value * 10) / 10;

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

try {
  // 1. Bulk insert through the repositories.
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/bench-seed/?clients=${clientCount}`);
  const seed = await page.evaluate(() => window.__seed);
  console.log('seed', seed);
  await context.close();

  // 2. Cold start: a fresh browser process each run, to an interactive client list.
  const coldStarts = [];
  let scriptBytes = 0;
  let scriptGzipBytes = 0;
  for (let run = 0; run < 3; run++) {
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
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

  // 3. Navigating to the client list (from the pipeline) until its first screen is painted.
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

  // 4. Search as you type: each keystroke until the filtered list is painted.
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

  const figures = {
    date: new Date().toISOString(),
    machine: { cores: (await import('node:os')).cpus().length, node: process.version },
    data: seed,
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
  };
  for (const [name, figure] of Object.entries(figures)) {
    if (figure && typeof figure === 'object' && 'target' in figure) {
      figure.met = figure.value <= figure.target;
      console.log(
        `${figure.met ? 'ok  ' : 'MISS'} ${name}: ${figure.value} (target ≤ ${figure.target})`,
      );
    }
  }
  mkdirSync(join(root, 'bench'), { recursive: true });
  const file = join(root, 'bench/results.json');
  let previous = {};
  try {
    previous = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // first run
  }
  writeFileSync(file, `${JSON.stringify({ ...previous, foundation: figures }, null, 2)}\n`);
  console.log(`wrote ${file}`);
} finally {
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
