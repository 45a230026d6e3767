import { defineConfig } from '@playwright/test';

const port = Number(process.env.QUOTIENT_E2E_PORT ?? 4173);

/**
 * End-to-end tests drive the browser build in Debian's Chromium (no browser download).
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
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  webServer: process.env.QUOTIENT_E2E_ELECTRON
    ? undefined
    : {
        command: `npx vite preview --config vite.web.config.ts --host 127.0.0.1 --port ${port} --strictPort`,
        url: `http://127.0.0.1:${port}/`,
        reuseExistingServer: !process.env.CI,
        timeout: 60_000,
      },
});
