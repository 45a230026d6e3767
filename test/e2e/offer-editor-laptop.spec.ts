// The offer editor on a laptop (1280×720) and on a 1440×900 screen: every control of every line
// is inside the window, long names have room (full name in the title), the less common fields
// are edited in the line details drawer, prices read formatted and are edited plainly.
import type { Page } from '@playwright/test';
import { expect, importOfferFile, startWorkspace, test } from './fixtures';
import { expectInViewport, expectRowControlsInViewport } from './support/viewport';

const LONG_NAME = 'Firewall-Cluster FortiGate 200F inklusive Hochverfügbarkeit und Vor-Ort-Montage';

const offerFile = {
  format: 'quotient.offer-bundle',
  version: 1,
  company: {
    name: 'Beispiel Systemhaus GmbH',
    street: 'Königsallee 60',
    postalCode: '40212',
    city: 'Düsseldorf',
    country: 'DE',
    vatId: 'DE987654321',
    iban: 'DE02120300000000202051',
  },
  client: {
    name: 'Laptop Test AG',
    street: 'Industriestraße 7',
    postalCode: '45127',
    city: 'Essen',
    country: 'DE',
  },
  offer: {
    number: 'A-2026-0110',
    revision: 1,
    title: 'Laptop-Editor',
    date: '2026-11-02',
    validUntil: '2099-12-31',
    currency: 'EUR',
    language: 'de',
    sections: [
      {
        title: 'Hardware',
        lines: [
          line(LONG_NAME, '2', '5480.00', { unitCost: '5300.00' }),
          line('Access Point Wi-Fi 7', '12', '489.00', { unitCost: '310.00' }),
          line('Ersatz-Netzteil', '1', '149.00', { kind: 'optional' }),
          line('Switch 24 Port', '4', '1290.00', {
            kind: 'alternative',
            replaces: 'sections[0].lines[0]',
          }),
        ],
      },
      {
        title: 'Dienstleistungen',
        lines: [line('Netzwerk-Engineer', '1.5', '1040.00', { unit: 'person-day' })],
      },
    ],
  },
};

function line(name: string, quantity: string, unitPrice: string, extra: object = {}) {
  return {
    name,
    quantity,
    unit: 'piece',
    unitPrice,
    vatPct: '19',
    billing: 'one-time',
    kind: 'normal',
    ...extra,
  };
}

async function importOffer(page: Page) {
  await startWorkspace(page, 'demo');
  await page.keyboard.press('Control+3');
  await importOfferFile(page, offerFile, 'laptop.quotient-offer.json');
  await expect(page.getByTestId('offer-line')).toHaveCount(5);
}

const row = (page: Page, name: string) =>
  page.getByTestId('offer-line').filter({ has: page.locator(`input[value="${name}"]`) });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('every row control is reachable, names are readable, details are in the drawer', async ({
      app: page,
    }) => {
      test.setTimeout(120_000);
      await importOffer(page);

      // Every input, select and button of every row lies inside the window: name, quantity,
      // unit, unit price, discount and the actions menu at least.
      await expectRowControlsInViewport(page, { minimum: 6 });

      // The long name: at least 40 characters visible, the whole name in the title.
      const longName = page.getByRole('textbox', { name: 'Bezeichnung' }).first();
      await expect(longName).toHaveValue(LONG_NAME);
      await expect(longName).toHaveAttribute('title', LONG_NAME);
      const fits = await longName.evaluate((input, text) => {
        // The spec compiles without the DOM library: reach the window through the element.
        const view = input.ownerDocument.defaultView;
        const canvas = input.ownerDocument.createElement('canvas').getContext('2d');
        if (!view || !canvas) return false;
        const style = view.getComputedStyle(input);
        canvas.font = style.font;
        const room =
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return canvas.measureText(text.slice(0, 40)).width <= room;
      }, LONG_NAME);
      expect(fits, '40 characters of the name fit into its cell').toBe(true);

      // 2 × 5,490 + 12 × 489 + 1.5 × 1,040 (optional and alternative lines not counted).
      // Prices read formatted and are edited plainly.
      const price = page.getByLabel(`Einzelpreis ${LONG_NAME}`);
      await expect(price).toHaveValue('5.480,00');
      await expect(page.getByLabel('Menge Netzwerk-Engineer')).toHaveValue('1,5');
      await expect(page.getByLabel(`Menge ${LONG_NAME}`)).toHaveValue('2');
      await price.focus();
      await expect(price).toHaveValue('5480,00');
      await price.fill('5490');
      await price.press('Tab');
      await expect(price).toHaveValue('5.490,00');
      await expect(page.getByTestId('total-oneTime-net')).toHaveText('18.408,00 €');

      // The margin warning (the first line sells near cost) shows inside the totals bar.
      const barWarning = page.getByTestId('bar-margin-warning');
      if (viewport.width < 1700) {
        await expect(barWarning).toBeVisible();
        await expectInViewport(page, barWarning, 'the margin warning');
      }

      // The row menu opens above everything and leads to the details drawer.
      const longRow = row(page, LONG_NAME);
      await longRow.getByTestId('line-menu').click();
      const details = page.getByRole('menuitem', { name: /Details/ });
      await expectInViewport(page, details, 'the menu item "Details"');
      await details.click();
      const drawer = page.getByRole('dialog', { name: /^Details der Position/ });
      await expect(drawer).toHaveAccessibleName('Details der Position 1.1');
      await drawer.getByLabel('Abrechnung').selectOption('monthly');
      await drawer.getByLabel('EK/Einheit').fill('4000');
      await drawer.getByLabel('Langtext').fill('Zwei Geräte im Aktiv-Passiv-Betrieb.');
      await drawer.getByLabel('Langtext').blur();
      await expect(drawer.getByLabel('EK/Einheit')).toHaveValue('4.000,00');
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      await expect(page.getByTestId('total-monthly-net')).toHaveText('10.980,00 €');

      // Alt+Enter in a cell opens the same drawer; the edits are stored.
      await page.getByLabel(`Menge ${LONG_NAME}`).press('Alt+Enter');
      await expect(drawer).toBeVisible();
      await expect(drawer.getByLabel('Abrechnung')).toHaveValue('monthly');
      await expect(drawer.getByLabel('EK/Einheit')).toHaveValue('4.000,00');
      await expect(drawer.getByLabel('Langtext')).toHaveValue(
        'Zwei Geräte im Aktiv-Passiv-Betrieb.',
      );
      await drawer.getByLabel('Art').selectOption('optional');
      await page.keyboard.press('Escape');
      await expect(longRow).toHaveAttribute('data-kind', 'optional');

      // The alternative names its target in the row and changes it in the drawer.
      const alternative = row(page, 'Switch 24 Port');
      await expect(alternative.getByTestId('line-kind-note')).toContainText('Alternativ');
      await alternative.getByLabel('Menge Switch 24 Port').press('Alt+Enter');
      const replaces = drawer.getByLabel('Ersetzt Position …');
      const target = replaces.locator('option', { hasText: 'Access Point Wi-Fi 7' });
      await replaces.selectOption({ label: ((await target.textContent()) ?? '').trim() });
      await page.keyboard.press('Escape');
      await expect(alternative.getByTestId('line-kind-note')).toContainText(
        /ersetzt [\d.]+ Access Point Wi-Fi 7/,
      );

      // In customer mode the drawer has no purchase price.
      await page.keyboard.press('Control+Shift+K');
      await alternative.getByLabel('Menge Switch 24 Port').press('Alt+Enter');
      await expect(drawer.getByLabel('Abrechnung')).toBeVisible();
      await expect(drawer.getByLabel('EK/Einheit')).toHaveCount(0);
    });
  });
}
