// Issue 15's journey in the offer editor's "Projektplan" tab: a plan created on the demo
// workspace, its start on a holiday moved with a note, phases and packages built with the
// keyboard, dependencies with the critical path, the generated service lines and their totals in
// the "Positionen" tab, 90 % confidence with its reserve line, a cycle refused with the cycle
// named, a bad estimate refused at the field, a payment plan off 100 % refused; English once.
// Screenshots at 1280×720 in the test's output folder.
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, newDemoOffer, test } from './fixtures';

const row = (page: Page, wbs: string) =>
  page.locator(`[data-testid="plan-row"][data-wbs="${wbs}"]`);
const cell = (page: Page, wbs: string, column: string) =>
  row(page, wbs).locator(`[data-col="${column}"]`);

/** Types a value into a grid cell and saves it with Enter. */
async function enter(target: Locator, value: string) {
  await target.fill(value);
  await target.press('Enter');
}

/** The three estimates, pessimistic first so the order holds after every single save. */
async function estimate(page: Page, wbs: string, o: string, m: string, p: string) {
  await enter(cell(page, wbs, 'pessimistic'), p);
  await enter(cell(page, wbs, 'mostLikely'), m);
  await enter(cell(page, wbs, 'optimistic'), o);
  await expect(cell(page, wbs, 'optimistic')).toHaveValue(o);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
}

test('a project plan prices the offer: packages, critical path, lines, reserve, refusals, payment plan', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await newDemoOffer(page, 'Migration Lager');
  await expect(page.getByTestId('offer-editor')).toBeVisible();
  await page.getByTestId('offer-tab-plan').click();
  await expect(page.getByTestId('empty-state')).toContainText('Noch kein Projektplan');
  await page.getByTestId('plan-create').click();
  await expect(page.getByTestId('plan-tab')).toBeVisible({ timeout: 60_000 });

  // A start on Ascension Day 2027 (a Thursday) moves to the Friday, with a note at the field.
  const start = page.getByRole('textbox', { name: 'Projektstart' });
  await start.fill('06.05.2027');
  await start.press('Tab');
  await expect(page.getByTestId('plan-start-note')).toHaveText(
    'Der Projektstart 06.05.2027 ist kein Arbeitstag und wurde auf 07.05.2027 verschoben.',
  );
  await expect(start).toHaveValue('07.05.2027');

  // A phase with its first package, named as typed; the phase renamed in its row.
  await page.getByTestId('plan-add-phase').click();
  await expect(cell(page, '1.1', 'name')).toBeFocused();
  await page.keyboard.type('Analyse');
  await page.keyboard.press('Enter');
  await enter(cell(page, '1', 'name'), 'Konzeption');
  await expect(row(page, '1')).toHaveAttribute('data-kind', 'phase');
  await cell(page, '1.1', 'role').selectOption({ label: 'Senior Consultant' });
  await estimate(page, '1.1', '2', '3', '10');

  // Ctrl+Enter adds the next package below, its name focused.
  await cell(page, '1.1', 'name').focus();
  await page.keyboard.press('Control+Enter');
  await expect(cell(page, '1.2', 'name')).toBeFocused();
  await page.keyboard.type('Design');
  await page.keyboard.press('Enter');
  await cell(page, '1.2', 'role').selectOption({ label: 'Projektleiter/in' });
  await estimate(page, '1.2', '3', '5', '7');
  await enter(cell(page, '1.2', 'predecessors'), '1.1');

  await cell(page, '1.2', 'name').focus();
  await page.keyboard.press('Control+Enter');
  await expect(cell(page, '1.3', 'name')).toBeFocused();
  await page.keyboard.type('Prototyp');
  await page.keyboard.press('Enter');
  await cell(page, '1.3', 'role').selectOption({ label: 'Senior Consultant' });
  await estimate(page, '1.3', '1', '2', '3');
  await enter(cell(page, '1.3', 'predecessors'), '1.1');

  // The phase sums its packages; the critical path runs 1.1 → 1.2, 1.3 has 3 days of float;
  // dates on working days (Whit Monday 17.05.2027 skipped).
  await expect(row(page, '1').getByTestId('plan-expected')).toHaveText('11,0 ± 1,5');
  await expect(row(page, '1.1')).toHaveAttribute('data-critical', 'true');
  await expect(row(page, '1.2')).toHaveAttribute('data-critical', 'true');
  await expect(row(page, '1.3')).toHaveAttribute('data-critical', 'false');
  await expect(row(page, '1.3').getByTestId('plan-float')).toHaveText('3 AT');
  await expect(row(page, '1.1').getByTestId('plan-start')).toHaveText('07.05.2027');
  await expect(row(page, '1.1').getByTestId('plan-finish')).toHaveText('12.05.2027');
  await expect(row(page, '1.2').getByTestId('plan-finish')).toHaveText('20.05.2027');
  await expect(page.getByTestId('plan-effort-expected')).toHaveText('11,00 PT ± 1,53');
  await expect(page.getByTestId('plan-effort-confidence')).toHaveText('12,50 PT');
  await expect(page.getByTestId('plan-reserve')).toHaveText(
    '1,50 PT als eigene Position im Angebot',
  );
  await screenshot(page, testInfo, 'plan-structure-de');

  // The Gantt chart marks the same critical path.
  await page.getByTestId('plan-views').getByText('Gantt').click();
  await expect(page.getByTestId('plan-gantt')).toHaveAttribute('data-critical', '1.1,1.2', {
    timeout: 60_000,
  });
  await page.getByTestId('plan-views').getByText('Struktur').click();

  // Alt+Enter opens the package's details: its deliverables are kept.
  await cell(page, '1.1', 'name').focus();
  await page.keyboard.press('Alt+Enter');
  await page.getByTestId('plan-deliverables').fill('Fachkonzept mit Abnahmeprotokoll');
  await page.getByTestId('plan-deliverables').blur();
  await page.keyboard.press('Escape');
  await cell(page, '1.1', 'name').focus();
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByTestId('plan-deliverables')).toHaveValue(
    'Fachkonzept mit Abnahmeprotokoll',
  );
  await page.keyboard.press('Escape');

  // Ctrl+Del deletes a package with its link; undo brings both back.
  await cell(page, '1.3', 'name').focus();
  await page.keyboard.press('Control+Delete');
  await expect(page.getByTestId('plan-row')).toHaveCount(3);
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('plan-row')).toHaveCount(4);
  await expect(cell(page, '1.3', 'predecessors')).toHaveValue('1.1');

  // The packages are the offer's service lines, read-only there, with the reserve line.
  const price = (await page.getByTestId('plan-price').textContent()) ?? '';
  await page.getByTestId('offer-tab-lines').click();
  const lines = page.getByTestId('offer-line');
  const names = ['1.1 Analyse', '1.2 Design', '1.3 Prototyp', 'Risikoreserve (80 % Konfidenz)'];
  await expect(lines).toHaveCount(names.length);
  for (const [index, name] of names.entries()) {
    await expect(lines.nth(index).locator('[data-col="name"]')).toHaveValue(name);
  }
  await expect(lines.first().getByTestId('line-from-plan')).toBeVisible();
  await expect(lines.first().getByTestId('line-net')).toHaveText('4.720,00 €');
  await expect(lines.nth(1).getByTestId('line-net')).toHaveText('6.400,00 €');
  await expect(page.getByTestId('total-oneTime-net')).toHaveText(price);

  // 90 % confidence: a larger reserve, named so in the offer.
  // The settings fold away once the plan has packages; their summary line opens them.
  await page.getByTestId('offer-tab-plan').click();
  await expect(page.getByTestId('plan-settings-toggle')).toContainText('80 %');
  await page.getByTestId('plan-settings-toggle').click();
  await page.getByTestId('plan-confidence').getByText('90 %').click();
  await expect(page.getByTestId('plan-effort-confidence')).toHaveText('13,00 PT');
  await expect(page.getByTestId('plan-reserve')).toHaveText(
    '2,00 PT als eigene Position im Angebot',
  );
  await page.getByTestId('offer-tab-lines').click();
  await expect(lines.last().locator('[data-col="name"]')).toHaveValue(
    'Risikoreserve (90 % Konfidenz)',
  );
  await expect(lines.last().locator('[data-col="quantity"]')).toHaveValue('2');
  await page.getByTestId('offer-tab-plan').click();

  // A cycle is refused at the field with the cycle named; nothing was saved.
  await enter(cell(page, '1.1', 'predecessors'), '1.2');
  const cycleError = row(page, '1.1').getByTestId('plan-cell-error');
  await expect(cycleError).toContainText('Diese Abhängigkeit schließt einen Kreis');
  await expect(cycleError).toContainText('1.1 Analyse');
  await expect(cycleError).toContainText('1.2 Design');
  await expect(cell(page, '1.1', 'predecessors')).toHaveValue('1.2');
  await cell(page, '1.1', 'predecessors').press('Escape');
  await expect(cell(page, '1.1', 'predecessors')).toHaveValue('');
  await expect(page.getByTestId('plan-problems')).toHaveCount(0);
  await expect(row(page, '1.2')).toHaveAttribute('data-critical', 'true');

  // An optimistic value above the most likely one is refused at the field, the input kept.
  await enter(cell(page, '1.3', 'optimistic'), '5');
  await expect(row(page, '1.3').getByTestId('plan-cell-error')).toHaveText(
    'Der wahrscheinliche Wert liegt unter dem optimistischen.',
  );
  await expect(cell(page, '1.3', 'optimistic')).toHaveValue('5');
  await cell(page, '1.3', 'optimistic').press('Escape');
  await enter(cell(page, '1.3', 'pessimistic'), '-1');
  await expect(row(page, '1.3').getByTestId('plan-cell-error')).toHaveText(
    'Darf nicht negativ sein',
  );
  await cell(page, '1.3', 'pessimistic').press('Escape');
  await expect(cell(page, '1.3', 'pessimistic')).toHaveValue('3');
  await expect(row(page, '1.3').getByTestId('plan-expected')).toHaveText('2,0 ± 0,3');

  // Milestones and the payment plan: 30 + 60 % refused at the sum, the input kept; 30 + 70 saved.
  await page.getByTestId('plan-views').getByText('Zahlungsplan').click();
  await page.getByTestId('plan-add-milestone').click();
  await expect(page.getByTestId('plan-milestone-date')).toContainText('14.05.2027');
  await page.getByTestId('plan-add-instalment').click();
  await page.getByTestId('plan-add-instalment').click();
  const percents = page.getByTestId('plan-instalment-percent');
  await percents.nth(0).fill('30');
  await percents.nth(1).fill('60');
  await page.getByTestId('plan-save-payments').click();
  await expect(page.getByTestId('plan-payments-error')).toHaveText(
    'Die Anteile ergeben 90 % statt 100 %. Nichts wurde gespeichert.',
  );
  await expect(percents.nth(1)).toHaveValue('60');
  await expect(percents.nth(0)).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, testInfo, 'plan-payments-refused-de');
  await percents.nth(1).fill('70');
  await expect(page.getByTestId('plan-payments-sum')).toHaveText('100,00 %');
  await page.getByTestId('plan-save-payments').click();
  await expect(page.getByText('Zahlungsplan gespeichert')).toBeVisible();
  await expect(page.getByTestId('plan-payments-error')).toHaveCount(0);
  await expect(page.getByTestId('plan-instalment-amount').last()).not.toHaveText('–');
  await screenshot(page, testInfo, 'plan-payments-de');

  await expect(page.getByText('Zahlungsplan gespeichert')).toBeHidden();

  // Once in English.
  const offerUrl = page.url();
  await page.getByRole('link', { name: 'Einstellungen' }).first().click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await page.goto(offerUrl);
  await expect(page.getByTestId('offer-tab-plan')).toHaveText('Project plan');
  await page.getByTestId('offer-tab-plan').click();
  await expect(page.getByTestId('plan-summary')).toContainText('Expected effort');
  await expect(page.getByTestId('plan-reserve')).toHaveText(
    '2.00 PD as a line of its own in the offer',
  );
  await expect(row(page, '1.3').getByTestId('plan-float')).toHaveText('3 WD');
  await screenshot(page, testInfo, 'plan-structure-en');
  await page.getByTestId('plan-views').getByText('Payment plan').click();
  await expect(page.getByTestId('plan-payments-sum')).toHaveText('100.00 %');
  await screenshot(page, testInfo, 'plan-payments-en');
});
