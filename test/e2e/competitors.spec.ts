// Issue 12: a competitor with a battlecard, in play on an opportunity, seen in the offer editor,
// lost to with a reason, and found in the win/loss report.
import { choose, expect, startWorkspace, test } from './fixtures';

const RIVAL = 'Testrivale Systemhaus GmbH';
/** A demo opportunity (Autohaus Reinhardt, qualified) without an offer yet. */
const OPPORTUNITY = 'Digitale Werkstattannahme';

test('a competitor with a battlecard is in play, shown in the offer editor, wins the deal and counts in win/loss', async ({
  app: page,
}) => {
  test.setTimeout(180_000);
  await startWorkspace(page, 'demo');

  // The competition area: Ctrl+7, a new competitor; a bad website is refused at its field.
  await page.keyboard.press('Control+7');
  await expect(page.getByRole('heading', { name: 'Wettbewerb', level: 2 })).toBeVisible();
  await page.getByTestId('competitor-new').click();
  const form = page.getByTestId('competitor-form');
  await form.getByLabel('Name').fill(RIVAL);
  await form.getByLabel('Website').fill('testrivale.example');
  await form.getByLabel('Segment').fill('Regionales Systemhaus');
  await form.getByTestId('competitor-save').click();
  await expect(form.getByText('Keine gültige Web-Adresse')).toBeVisible();
  await expect(page.getByTestId('competitor-title')).toHaveCount(0);
  await form.getByLabel('Website').fill('https://testrivale.example');
  await form.getByTestId('competitor-save').click();
  await expect(page.getByTestId('competitor-title')).toHaveText(RIVAL);
  // Never verified: stale until "Heute geprüft".
  await expect(page.getByTestId('competitor-stale')).toBeVisible();
  await page.getByTestId('competitor-verified-today').click();
  await expect(page.getByTestId('competitor-stale')).toHaveCount(0);

  // Its battlecard: an objection with its answer and our differentiators.
  await page.getByTestId('competitor-tab-battlecard').click();
  await page.getByTestId('battlecard-add-objection').click();
  await page.getByTestId('battlecard-objection-0').fill('Testrivale ist 15 % günstiger.');
  await page
    .getByTestId('battlecard-answer-0')
    .fill('Über drei Jahre gerechnet: **Festpreis** statt Stundenzettel.');
  await page
    .getByTestId('battlecard-differentiators')
    .fill('- Eigenes Rechenzentrum in Köln\n- 24/7-Bereitschaft');
  await page.getByTestId('battlecard-verified-today').click();
  await expect(page.getByText('Als heute geprüft markiert').last()).toBeVisible();
  await expect(page.getByTestId('battlecard-stale')).toHaveCount(0);

  // A price list as an attachment, through the file picker; it downloads again and can go.
  await page.getByTestId('competitor-tab-attachments').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('attachment-add').click();
  await (
    await chooser
  ).setFiles({
    name: 'Preisliste Testrivale 2026.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n% Preisliste\n'),
  });
  const attachment = page
    .getByTestId('attachment-row')
    .filter({ hasText: 'Preisliste Testrivale 2026.pdf' });
  await expect(attachment).toBeVisible();
  const download = page.waitForEvent('download');
  await attachment.getByRole('button', { name: 'Öffnen' }).click();
  expect((await download).suggestedFilename()).toBe('Preisliste Testrivale 2026.pdf');
  await attachment.getByRole('button', { name: 'Entfernen' }).click();
  await expect(page.getByTestId('attachment-row')).toHaveCount(0);
  await expect(page.getByTestId('competitor-attachments')).toContainText('Noch keine Anhänge.');

  // In play on the opportunity, through its dialog on the board.
  await page.keyboard.press('Control+2');
  await page.locator('[data-card-id]').filter({ hasText: OPPORTUNITY }).click();
  const dialog = page.getByRole('dialog', { name: 'Verkaufschance bearbeiten' });
  const inPlay = dialog.getByTestId('opportunity-competitors');
  await inPlay
    .getByRole('textbox', { name: 'Wettbewerber wählen' })
    .or(inPlay.getByLabel('Wettbewerber wählen'))
    .first()
    .click();
  await page.keyboard.type('Testrivale');
  await page.getByRole('option', { name: RIVAL }).click();
  await expect(inPlay.getByTestId('battlecard-summary').filter({ hasText: RIVAL })).toBeVisible();
  await expect(inPlay.getByTestId('battlecard-summary').filter({ hasText: RIVAL })).toContainText(
    'Eigenes Rechenzentrum in Köln',
  );

  // A new offer from the opportunity: the editor's competition panel shows the battlecard.
  await dialog.getByTestId('opportunity-form-new-offer').click();
  const offerForm = page.getByTestId('new-offer-form');
  await offerForm.getByRole('button', { name: 'Neues Angebot' }).click();
  await expect(page.getByTestId('offer-number')).toBeVisible();
  await page.getByTestId('offer-aside-toggle-competition').click();
  const aside = page.getByTestId('competition-aside');
  await expect(aside.getByTestId('battlecard-summary').filter({ hasText: RIVAL })).toBeVisible();
  await expect(aside).toContainText(`Wettbewerber im Spiel bei „${OPPORTUNITY}“`);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: '/tmp/h4-shots/offer-aside.png' });
  await page.setViewportSize({ width: 1360, height: 860 });

  // Lost to them: setting the stage "Verloren" in the dialog asks for the reason.
  await page.keyboard.press('Control+2');
  await page.locator('[data-card-id]').filter({ hasText: OPPORTUNITY }).click();
  await choose(page, 'Phase', 'Verloren');
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  const loss = page.getByTestId('loss-form');
  await expect(loss).toBeVisible();
  await expect(loss).toContainText(`„${OPPORTUNITY}“ ist verloren.`);
  await loss.getByTestId('loss-reason').getByText('Preis', { exact: true }).click();
  await loss.getByTestId('loss-lost-to').click();
  await page.getByRole('option', { name: RIVAL }).click();
  await loss.getByText('Abstand in %').click();
  await loss.getByTestId('loss-gap').fill('-12,5');
  await loss.getByTestId('loss-save').click();
  await expect(loss).toHaveCount(0);

  // The win/loss report counts the loss to them, with the reason and the gap.
  await page.keyboard.press('Control+7');
  await page.getByTestId('competition-tab-win-loss').click();
  const row = page.getByTestId('winloss-row').filter({ hasText: RIVAL });
  await expect(row.locator('td')).toHaveText([
    RIVAL,
    '1',
    '0',
    '1',
    '0,00 %',
    '0,00 €',
    /€$/,
    '1',
    '0',
    'Preis (1)',
    '-12,50 %',
  ]);
  await expect(page.getByTestId('winloss-chart')).toHaveAttribute('data-draw-count', /^[1-9]/);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: '/tmp/h4-shots/win-loss-top.png' });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/h4-shots/win-loss.png' });
  await page.getByTestId('competition-tab-competitors').click();
  await page.screenshot({ path: '/tmp/h4-shots/competitors.png' });
  await page.getByTestId('competitor-row').filter({ hasText: RIVAL }).click();
  await page.getByTestId('competitor-tab-battlecard').click();
  await page.screenshot({ path: '/tmp/h4-shots/battlecard.png' });
});

test('a competitor price recorded by hand is shown next to the matching offer line', async ({
  app: page,
}) => {
  test.setTimeout(120_000);
  await startWorkspace(page, 'demo');
  const competitorName = 'Havelland IT-Service GmbH';
  const item = 'Switch 48 Port PoE+, Layer 3';

  // Preisbeobachtungen: a price that is no number is refused at its field, nothing is saved.
  await page.keyboard.press('Control+7');
  await page.getByTestId('competition-tab-prices').click();
  await expect(page.getByTestId('price-row').first()).toBeVisible();
  const rowsBefore = await page.getByTestId('price-row').count();
  await page.getByTestId('price-new').click();
  const form = page.getByTestId('price-form');
  await form.getByTestId('price-competitor').click();
  await page.getByRole('option', { name: competitorName, exact: true }).click();
  await form.getByRole('textbox', { name: 'Bezug' }).or(form.getByLabel('Bezug')).first().click();
  await page.keyboard.type('Switch 48');
  await page.getByRole('option', { name: item }).click();
  await form.getByLabel('Preis (€)').fill('günstig');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form.getByLabel('Preis (€)')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Preis (€)').fill('1.234,50');
  await form.getByLabel('Woher (Kunde, Ausschreibung, Preisliste …)').fill('Messe it-sa');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toHaveCount(0);
  await expect(page.getByTestId('price-row')).toHaveCount(rowsBefore + 1);
  await expect(page.getByTestId('price-row').first()).toContainText('1.234,50 €');
  await expect(page.getByTestId('price-row').first()).toContainText(competitorName);

  // An offer line of that item shows the price in its details, with our gap to the median.
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const offerForm = page.getByTestId('new-offer-form');
  await offerForm.getByLabel('Kunde').fill('Brandt');
  await page.getByRole('option', { name: /Brandt & Söhne/ }).click();
  await offerForm.getByLabel('Titel').fill('Preisvergleich Switch');
  await offerForm.getByRole('button', { name: 'Neues Angebot' }).click();
  const input = page
    .getByRole('textbox', { name: 'Aus Katalog …' })
    .or(page.getByRole('combobox', { name: 'Aus Katalog …' }))
    .first();
  await input.click();
  await input.fill('HW-SW48');
  await page
    .getByRole('option', { name: /HW-SW48/ })
    .first()
    .click();
  await page.getByLabel(`Menge ${item}`, { exact: true }).first().press('Alt+Enter');
  const drawer = page.getByRole('dialog', { name: /^Details der Position/ });
  const intel = drawer.getByTestId('line-price-intel');
  await expect(intel).toContainText('gleicher Artikel');
  await expect(intel).toContainText(competitorName);
  await expect(intel).toContainText('1.234,50 €');
  await expect(intel.getByTestId('price-match-gap')).toHaveText(
    /^Unser Preis liegt [\d.,]+ % (über|unter) dem Median$/,
  );
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: '/tmp/h4-shots/line-intel.png' });
});
