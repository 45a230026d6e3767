// Shared bench plumbing: one origin serving the web build and the seed page, Chromium, statistics.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Static files of the web build at /, the seed page at /bench-seed/ (one origin, one IndexedDB). */
export async function serve(root) {
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
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** A launcher of Debian's Chromium on one profile folder (its IndexedDB survives relaunches). */
export const launcher = (userDataDir) => () =>
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

/** The first page of a context. */
export const firstPage = async (context) => context.pages()[0] ?? (await context.newPage());

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const round = (value) => Math.round(value * 10) / 10;

/** Marks each figure met or not and prints one line per figure. */
export function report(figures) {
  for (const [name, figure] of Object.entries(figures)) {
    if (figure && typeof figure === 'object' && 'target' in figure) {
      figure.met = figure.value <= figure.target;
      console.log(
        `${figure.met ? 'ok  ' : 'MISS'} ${name}: ${figure.value} (target ≤ ${figure.target})`,
      );
    }
  }
  return figures;
}
