import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.env.QUOTIENT_E2E_PORT ?? 4173);
/** The sync server the sync tests talk to: a real server process on a fresh PGlite folder. */
const syncPort = Number(process.env.QUOTIENT_E2E_SYNC_PORT ?? 8799);
const syncData = join(tmpdir(), `quotient-e2e-sync-${syncPort}`);
const server = 'npx tsx src/server/cli.ts';
// Two users of one workspace, created with the management command before the server starts.
const syncServerCommand = [
  `rm -rf '${syncData}'`,
  `export DATA_DIR='${syncData}' LOG_LEVEL=warn`,
  `${server} user add --email anna@quotient.test --password 'Anna-Passwort-1' --workspace Vertrieb`,
  `${server} user add --email ben@quotient.test --password 'Ben-Passwort-1' --workspace Vertrieb`,
  `HOST=127.0.0.1 PORT=${syncPort} exec ${server}`,
].join(' && ');

/**
 * End-to-end tests drive the browser build in Debian's Chromium (no browser download), or in
 * Playwright's Chromium where there is none (scripts/preflight.mjs says how to install either).
 * With QUOTIENT_E2E_ELECTRON=1 the same tests drive the real app through `_electron`
 * (test/e2e/fixtures.ts), where the Electron binary is installed.
 */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'de-DE',
    viewport: { width: 1360, height: 860 },
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium, else Playwright's own (`npx playwright install chromium`, e.g. on Ubuntu).
      executablePath:
        process.env.CHROMIUM_PATH ||
        (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: [
    ...(process.env.QUOTIENT_E2E_ELECTRON
      ? []
      : [
          {
            command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
            url: `http://127.0.0.1:${port}/`,
            reuseExistingServer: !process.env.CI,
            timeout: 60_000,
          },
        ]),
    {
      command: syncServerCommand,
      url: `http://127.0.0.1:${syncPort}/v1/health`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
    },
  ],
});
