import type { Browser, Page } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

// Issue #9 in the browser, against the real sync server process of playwright.config.ts: a
// colleague's malformed change is listed in the sync settings and stops nothing; logging out
// ends the session at the server.
const serverUrl = `http://127.0.0.1:${process.env.QUOTIENT_E2E_SYNC_PORT ?? 8799}`;
const anna = { email: 'anna@quotient.test', password: 'Anna-Passwort-1' };
const ben = { email: 'ben@quotient.test', password: 'Ben-Passwort-1' };
const protocol = { 'x-quotient-protocol': '1', 'content-type': 'application/json' };

test.skip(!!process.env.QUOTIENT_E2E_ELECTRON, 'needs a browser context per user');

async function openAndConnect(browser: Browser, mode: 'empty' | 'demo'): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('./');
  await startWorkspace(page, mode, 'Anna Keller', 'AK');
  await page.goto('./#/settings?tab=sync');
  await page.getByTestId('sync-server-url').fill(serverUrl);
  await page.getByTestId('sync-email').fill(anna.email);
  await page.getByTestId('sync-password').fill(anna.password);
  await page.getByTestId('sync-login').click();
  await page.getByTestId('sync-workspace').click();
  await page.getByRole('option', { name: /Vertrieb/ }).click();
  await page.getByTestId('sync-connect').click();
  await expect(page.getByTestId('sync-connected')).toBeVisible();
  await synced(page);
  return page;
}

async function synced(page: Page) {
  const status = page.getByTestId('sync-status');
  await expect(status).toHaveAttribute('data-phase', 'idle', { timeout: 60_000 });
  await expect(status).toHaveAttribute('data-pending', '0', { timeout: 60_000 });
}

/** Ben, with a script instead of the app: logs in and pushes changes as he likes. */
async function benPushes(changes: Record<string, unknown>[], schemaVersion = 1) {
  const login = (await (
    await fetch(`${serverUrl}/v1/auth/login`, {
      method: 'POST',
      headers: protocol,
      body: JSON.stringify(ben),
    })
  ).json()) as { token: string; workspaces: { id: string; name: string }[] };
  const workspace = login.workspaces.find((candidate) => candidate.name === 'Vertrieb')!.id;
  const headers = { ...protocol, authorization: `Bearer ${login.token}` };
  const log = (await (
    await fetch(`${serverUrl}/v1/workspaces/${workspace}/changes?since=0`, { headers })
  ).json()) as { changes: { table: string; id: string; field: string; value: unknown }[] };
  const client = log.changes.find(
    (change) => change.table === 'clients' && change.field === 'name',
  )!;
  const hlc = `${new Date().toISOString()}-0000-f0f0f0f0f0f0f0f0`;
  const reply = await fetch(`${serverUrl}/v1/workspaces/${workspace}/push`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      clientId: `ben-script-${Date.now()}`,
      schemaVersion,
      mutations: [
        {
          mid: 1,
          changes: changes.map((change) => ({ table: 'clients', id: client.id, hlc, ...change })),
        },
      ],
    }),
  });
  return { status: reply.status, body: await reply.json(), name: String(client.value) };
}

test("a colleague's malformed change is listed as not applied, and the rest of it arrives", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await openAndConnect(browser, 'demo');
  await expect(page.getByTestId('sync-parked-empty')).toBeVisible();

  // A reserved field is refused by the server itself.
  const refused = await benPushes([{ field: 'id', value: 'another-row' }]);
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({ path: 'mutations.0.changes.0.field' });

  // So is an object where the client's name belongs, from a client of the server's version.
  const wrongValue = [
    { field: 'name', value: { de: 'Objekt statt Text' } },
    { field: 'city', value: 'Bonn-Beuel' },
  ];
  const refusedValue = await benPushes(wrongValue);
  expect(refusedValue.status).toBe(400);
  expect(refusedValue.body).toMatchObject({ path: 'mutations.0.changes.0.value' });

  // Claiming to be a newer client, whose values the server cannot judge, it passes with a good
  // change beside it: the app parks the bad one and applies the rest.
  const pushed = await benPushes(wrongValue, 10_000);
  expect(pushed.status).toBe(200);
  await page.getByTestId('sync-now').click();
  await synced(page);
  const row = page.getByTestId('sync-parked-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Kunde');
  await expect(row).toContainText(pushed.name);
  await expect(row).toContainText('Firmenname');
  await expect(row).toContainText('Wert im falschen Format');

  // The client keeps its name, takes the new city, and its pages still open.
  await page.keyboard.press('Control+1');
  await page.getByText(pushed.name).first().click();
  await expect(page.getByText('Bonn-Beuel').first()).toBeVisible();
});

test('logging out ends the session at the server and shows the login form', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await openAndConnect(browser, 'empty');
  const logout = page.waitForResponse((response) => response.url().endsWith('/v1/auth/logout'));
  await page.getByTestId('sync-logout').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Abmelden' }).click();
  expect((await logout).status()).toBe(204);
  await expect(page.getByText('Abgemeldet. Ihre Daten bleiben auf diesem Gerät.')).toBeVisible();
  await expect(page.getByTestId('sync-login-form')).toBeVisible();
});
