import { expect, startWorkspace, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Writes a copy of the first stored client whose name is an object straight into the app's
 * IndexedDB (as a broken sync change or a bug could), and returns its id.
 */
async function writeMalformedClient(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        // The page's IndexedDB, typed by hand: this test project has no DOM library.
        type Request<T> = { result: T; error: unknown; onsuccess: () => void; onerror: () => void };
        type Store = {
          getAll(): Request<Record<string, unknown>[]>;
          put(value: unknown): Request<unknown>;
        };
        type Database = {
          transaction(name: string, mode: string): { objectStore(name: string): Store };
          close(): void;
        };
        const { indexedDB } = globalThis as unknown as {
          indexedDB: { open(name: string): Request<Database> };
        };
        const open = indexedDB.open('quotient');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('clients', 'readwrite').objectStore('clients');
          const all = store.getAll();
          all.onsuccess = () => {
            const [first] = all.result;
            if (!first) return reject(new Error('no client to copy'));
            const id = '019a0000-0000-7000-8000-00000000bad1';
            const put = store.put({ ...first, id, name: { evil: true } });
            put.onsuccess = () => {
              db.close();
              resolve(id);
            };
            put.onerror = () => reject(put.error);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

test('a malformed row breaks only its area: the boundary says what failed, navigation keeps working', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await page.keyboard.press('Control+n');
  await page.getByTestId('client-form').getByLabel('Firmenname').fill('Gute GmbH');
  await page.getByTestId('client-form').getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Gute GmbH');
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const id = await writeMalformedClient(page);

  // The client list fails, inside its area.
  await page.goto('./#/clients');
  await page.reload();
  const boundary = page.getByTestId('error-boundary');
  await expect(boundary).toBeVisible();
  await expect(boundary).toHaveAttribute('data-area', 'clients');
  await expect(boundary).toContainText('Bereich „Kunden“ konnte nicht angezeigt werden');
  await expect(page.getByTestId('error-message')).toContainText('Fehler:');
  // No white window: the frame and its navigation are still there.
  await expect(page.getByRole('banner')).toContainText('Quotient');
  await expect(page.getByTestId('root-error-boundary')).toHaveCount(0);
  expect(errors.some((text) => text.includes('[Quotient] area "clients" failed'))).toBe(true);

  // "Erneut versuchen" mounts it again: still broken, still contained.
  await boundary.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect(page.getByTestId('error-boundary')).toHaveAttribute('data-area', 'clients');

  // The sidebar leaves the broken area.
  await page.getByRole('link', { name: 'Katalog' }).click();
  await expect(page.getByRole('heading', { name: 'Katalog', level: 2 })).toBeVisible();
  await expect(page.getByTestId('error-boundary')).toHaveCount(0);

  // A lazily loaded page (the client's detail) fails in its own area, not at the root.
  await page.goto(`./#/clients/${id}`);
  await expect(page.getByTestId('error-boundary')).toHaveAttribute('data-area', 'client');
  await expect(page.getByTestId('error-boundary')).toContainText('„Kundendetails“');
  await expect(page.getByTestId('root-error-boundary')).toHaveCount(0);
  await page.getByRole('link', { name: 'Pipeline' }).click();
  await expect(page.getByRole('heading', { name: 'Pipeline', level: 2 })).toBeVisible();

  // In English too, with the same ways back.
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await expect(page.getByTestId('error-boundary')).toContainText(
    'The “Clients” area could not be shown',
  );
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back to clients' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('a refused persistent storage is told once, not on every start, and shown in the settings', async ({
  app: page,
}) => {
  test.skip(!!process.env.QUOTIENT_E2E_ELECTRON, 'the desktop app needs no persistent storage');
  // Deterministic: this browser refuses, whatever Chromium would decide for the profile.
  await page.addInitScript(() => {
    const { storage } = (globalThis as unknown as { navigator: { storage: object } }).navigator;
    Object.defineProperty(storage, 'persist', { value: async () => false });
    Object.defineProperty(storage, 'persisted', { value: async () => false });
  });
  await page.reload();
  await startWorkspace(page, 'empty');
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toContainText('Speicher nicht dauerhaft');
  await expect(notice).toContainText('Der Browser darf die Daten löschen');
  await expect(notice).toContainText('Desktop-App');
  // Non-blocking: the app works with the notice on screen.
  await page.getByRole('link', { name: 'Katalog' }).click();
  await expect(page.getByRole('heading', { name: 'Katalog', level: 2 })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Katalog', level: 2 })).toBeVisible();
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await expect(page.getByTestId('storage-status')).toHaveAttribute('data-state', 'refused');
  await expect(page.getByTestId('storage-status')).toContainText('Abgelehnt');
});
