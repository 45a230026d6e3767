// The sales engineer's main scene, end to end on a 1280×720 laptop and a 1440×900 screen: demo
// data → client → opportunity → a new offer from it (preselected) → catalog lines through the
// picker, a bundle, an estimated service, an optional and an alternative line, a monthly licence,
// an offer discount and Skonto → the check before sending, its finding resolved → Word, Excel and
// the print view/PDF reconcile with the editor → sent (the opportunity moves to "Angebot" with the
// offer's contract value) → a new revision → accepted (the opportunity is won). Wherever lines
// are on screen, every control of every row lies inside the window.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shownOfferNumber, startWorkspace, test } from './fixtures';
import {
  chainOf,
  convertToPdf,
  editorChain,
  exportFile,
  pdfText,
  positionsOf,
  printViewPdf,
} from './support/documents';
import { expectRowControlsInViewport } from './support/viewport';

/** A demo client whose opportunity (stage "Qualifiziert") has no offer yet. */
const CLIENT = /Kunststoffwerk Obermain/;
const OPPORTUNITY = 'Segmentierung MES-Netzwerk';

/** The first of the section's "add line" pickers named `picker`, focused and searched. */
async function search(page: Page, picker: string, text: string) {
  const input = page
    .getByRole('textbox', { name: picker })
    .or(page.getByRole('combobox', { name: picker }))
    .first();
  await input.click();
  await input.fill(text);
  return input;
}

/** Adds a catalog line by typing into the picker and pressing Enter (takes the first match). */
async function addFromCatalog(page: Page, text: string, name: string) {
  const lines = await page.getByTestId('offer-line').count();
  const input = await search(page, 'Aus Katalog …', text);
  await expect(page.getByRole('listbox').getByRole('option').first()).toContainText(text);
  await input.press('Enter');
  await expect(page.getByTestId('offer-line')).toHaveCount(lines + 1);
  await expect(page.getByLabel(`Menge ${name}`, { exact: true })).toBeVisible();
}

/** Opens a line's details drawer from its quantity cell (Alt+Enter). */
async function lineDetails(page: Page, name: string) {
  await page.getByLabel(`Menge ${name}`, { exact: true }).first().press('Alt+Enter');
  const drawer = page.getByRole('dialog', { name: /^Details der Position/ });
  await expect(drawer).toBeVisible();
  return drawer;
}

async function setQuantity(page: Page, name: string, quantity: string) {
  const cell = page.getByLabel(`Menge ${name}`, { exact: true }).first();
  await cell.fill(quantity);
  await cell.press('Enter');
}

/** An offer term, with the folded terms panel opened when needed. */
async function setTerm(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  if (!(await field.isVisible())) await page.getByRole('button', { name: 'Konditionen' }).click();
  await field.fill(value);
  await field.press('Tab');
  await expect(field).toHaveValue(value);
}

/**
 * Marks the offer as sent: the check lists its warnings (no logo) and goes on; a dialog that
 * asks more (a confirmation, a follow-up date) is confirmed with its defaults.
 */
async function markSent(page: Page) {
  await page.getByTestId('mark-sent').click();
  const status = page.getByTestId('offer-status');
  const next = page
    .getByTestId('check-proceed')
    .or(page.getByTestId('confirm-button'))
    .and(page.locator(':visible'));
  await expect(async () => {
    if ((await status.textContent()) !== 'Versendet' && (await next.count()) > 0) {
      await next.first().click({ timeout: 2_000 });
    }
    await expect(status).toHaveText('Versendet', { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

/** The opportunity's row on its client's page. */
async function opportunityRow(page: Page) {
  await page.getByRole('link', { name: CLIENT }).first().click();
  return page.getByTestId('opportunity-row').filter({ hasText: OPPORTUNITY });
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('from an opportunity to an accepted offer, with documents that reconcile', async ({
      app: page,
    }) => {
      test.setTimeout(180_000);
      const work = mkdtempSync(join(tmpdir(), 'sales-journey-'));
      try {
        await startWorkspace(page, 'demo');

        // The client and its opportunity; a new offer from there has it preselected.
        await page.keyboard.press('Control+1');
        await page.getByRole('row', { name: CLIENT }).click();
        const row = page.getByTestId('opportunity-row').filter({ hasText: OPPORTUNITY });
        await expect(row.getByTestId('opportunity-stage')).toHaveText('Qualifiziert');
        await row.getByTestId('opportunity-new-offer').click();
        const form = page.getByTestId('new-offer-form');
        await expect(form.getByTestId('new-offer-opportunity')).toHaveValue(OPPORTUNITY);
        await expect(form.getByLabel('Titel')).toHaveValue(OPPORTUNITY);
        await form.getByRole('button', { name: 'Neues Angebot' }).click();
        // Numbered after the demo's own offers, by the same scheme.
        const number = await shownOfferNumber(page);
        expect(number).toMatch(/^A-\d{4}-JB-\d{4}$/);

        // Catalog lines through the picker: Enter takes the first match.
        await addFromCatalog(page, 'HW-SW48', 'Switch 48 Port PoE+, Layer 3');
        await setQuantity(page, 'Switch 48 Port PoE+, Layer 3', '4');
        await addFromCatalog(page, 'HW-AP7', 'Access Point Wi-Fi 7, Indoor');
        await setQuantity(page, 'Access Point Wi-Fi 7, Indoor', '12');

        // A bundle: its three items come as a titled group.
        const before = await page.getByTestId('offer-line').count();
        await search(page, 'Bundle …', 'Firewall');
        await page.getByRole('option', { name: /Firewall-Paket mit Betrieb/ }).click();
        await expect(page.getByTestId('offer-line')).toHaveCount(before + 3);

        // An estimated service line from the rate card.
        await search(page, 'Dienstleistung …', 'Projektleit');
        await page
          .getByRole('option', { name: /Projektleiter/ })
          .first()
          .click();
        await page.getByRole('button', { name: 'Schätzen: Projektleiter/in' }).click();
        await page.getByLabel('Optimistisch').fill('2');
        await page.getByLabel('Wahrscheinlich').fill('3');
        await page.getByLabel('Pessimistisch').fill('6');
        await page.getByLabel('Risikozuschlag (%)').fill('10');
        await expect(page.getByTestId('estimate-result')).toHaveText('= 3,75 PT');
        await page.getByRole('button', { name: 'Übernehmen' }).click();
        await expect(page.getByLabel('Menge Projektleiter/in')).toHaveValue('3,75');

        // An optional line.
        await addFromCatalog(page, 'SO-ENT', 'Entsorgung Altgeräte');
        let drawer = await lineDetails(page, 'Entsorgung Altgeräte');
        await drawer.getByLabel('Art').selectOption('optional');
        await page.keyboard.press('Escape');
        await expect(drawer).toBeHidden();

        // An alternative line, left without the line it replaces: the check will find it.
        await addFromCatalog(page, 'HW-SW24', 'Switch 24 Port PoE+, Layer 2+');
        drawer = await lineDetails(page, 'Switch 24 Port PoE+, Layer 2+');
        await drawer.getByLabel('Art').selectOption('alternative');
        await page.keyboard.press('Escape');
        await expect(drawer).toBeHidden();

        // A monthly licence.
        await addFromCatalog(page, 'SW-M365E3', 'Microsoft 365 E3 (Monatsabo)');
        await setQuantity(page, 'Microsoft 365 E3 (Monatsabo)', '25');
        await expect(page.getByTestId('total-monthly-net')).not.toHaveText('0,00 €');

        // Offer discount and Skonto.
        await setTerm(page, 'Nachlass auf das Angebot (%)', '5');
        await setTerm(page, 'Skonto (%)', '2');
        await setTerm(page, 'Skonto-Frist (Tage)', '10');
        const totals = page.getByTestId('totals-chain');
        await expect(totals).toContainText('abzüglich 5 % Nachlass');
        await expect(totals).toContainText('Zahlbetrag mit Skonto');
        const chain = await editorChain(page);
        expect(chain.some((entry) => /^abzüglich 5 % Nachlass = -\d+$/.test(entry))).toBe(true);
        expect(chain.some((entry) => entry.startsWith('Zahlbetrag mit Skonto'))).toBe(true);
        expect(chain.some((entry) => entry.startsWith('Gesamt brutto pro Monat'))).toBe(true);
        await expect(page.getByTestId('offer-line')).toHaveCount(before + 7);
        await expectRowControlsInViewport(page);

        // The check before sending finds the alternative that replaces nothing; its link fixes it.
        await page.getByTestId('mark-sent').click();
        const check = page.getByRole('dialog', { name: 'Prüfung vor dem Versand' });
        await expect(check).toBeVisible();
        const finding = check
          .getByTestId('check-finding')
          .filter({ hasText: 'Switch 24 Port PoE+, Layer 2+' })
          .and(page.locator('[data-severity="error"]'));
        await expect(finding).toHaveCount(1);
        await expect(page.getByTestId('check-proceed')).toHaveCount(0);
        await finding.getByTestId('check-fix').click();
        await expect(check).toBeHidden();
        drawer = await lineDetails(page, 'Switch 24 Port PoE+, Layer 2+');
        const replaces = drawer.getByLabel('Ersetzt Position …');
        const target = replaces.locator('option', { hasText: 'Switch 48 Port PoE+, Layer 3' });
        await replaces.selectOption({ label: ((await target.first().textContent()) ?? '').trim() });
        await page.keyboard.press('Escape');
        await expect(drawer).toBeHidden();
        await page.getByTestId('mark-sent').click();
        await expect(check).toBeVisible();
        await expect(
          check.locator('[data-testid="check-finding"][data-severity="error"]'),
        ).toHaveCount(0);
        // Only warnings are left (the demo company has no logo): not sent yet, documents first.
        await expect(page.getByTestId('check-proceed')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(check).toBeHidden();

        // Word, Excel and the print view/PDF: the same totals chain and position numbers.
        const positions = await page.getByTestId('line-pos').allTextContents();
        expect(positions.length).toBe(before + 7);
        const contractValue = (await page.getByTestId('total-contract-value').textContent()) ?? '';
        expect(contractValue).toMatch(/^\d{1,3}(\.\d{3})*,\d\d €$/);
        const printPdf = join(work, 'print.pdf');
        await printViewPdf(page, printPdf);
        const docx = await exportFile(page, 'Word-Angebot (.docx)', work);
        const xlsx = await exportFile(page, 'Excel-Angebot (.xlsx)', work);
        expect(docx.endsWith(`${number} Kunststoffwerk Obermain GmbH.docx`)).toBe(true);
        const [wordPdf, excelPdf] = convertToPdf([docx, xlsx], work);
        const texts = {
          print: pdfText(printPdf),
          word: pdfText(wordPdf!),
          excel: pdfText(excelPdf!),
        };
        for (const [name, text] of Object.entries(texts)) {
          expect({ name, chain: chainOf(text) }).toEqual({ name, chain });
          expect({ name, positions: positionsOf(text) }).toEqual({ name, positions });
        }

        // Sent: the opportunity moves to "Angebot" and takes the offer's contract value.
        await markSent(page);
        const opportunity = await opportunityRow(page);
        await expect(opportunity.getByTestId('opportunity-stage')).toHaveText('Angebot');
        await expect(opportunity).toContainText(contractValue);

        // A new revision: the lines are editable again, and every row control is reachable.
        await opportunity.getByTestId('offer-summary').first().click();
        await expect(page.getByTestId('offer-status')).toHaveText('Versendet');
        await page.getByRole('button', { name: 'Neue Revision' }).first().click();
        await expect(page.getByTestId('offer-number')).toHaveText(`${number}-r2`);
        await setQuantity(page, 'Access Point Wi-Fi 7, Indoor', '14');
        await expect(page.getByTestId('total-contract-value')).not.toHaveText(contractValue);
        await expectRowControlsInViewport(page);

        // Revision 2 sent and accepted: the opportunity is won with its value.
        await markSent(page);
        await page.getByRole('button', { name: 'Angenommen' }).first().click();
        await page.getByTestId('confirm-button').click();
        await expect(page.getByTestId('offer-status')).toHaveText('Angenommen');
        await expect(page.getByTestId('read-only-banner')).toContainText('schreibgeschützt');
        // The accepted revision's contract value, as it was frozen.
        const revised = (await page.getByTestId('total-contract-value').textContent()) ?? '';
        expect(revised).not.toBe(contractValue);
        const won = await opportunityRow(page);
        await expect(won.getByTestId('opportunity-stage')).toHaveText('Gewonnen');
        await expect(won).toContainText(revised);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
}
