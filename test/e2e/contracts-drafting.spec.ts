// Issue 13, drafting: a Werkvertrag from a demo offer of a public-sector client (EVB-IT shown),
// a clause moved by drag and drop and back by keyboard, a fallback position taken, a clause's text
// edited in the draft (marked, reset), bad variables refused at their field, the live preview
// numbered with a cross-reference that follows the move; screenshots in German and English.
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, startWorkspace, test } from './fixtures';

// A step that cannot happen fails fast rather than at the test's time limit.
test.use({ actionTimeout: 20_000 });

const CLIENT = 'IT-Dienstleistungszentrum Weserbergland AöR';
const OFFER = 'IT-Grundschutz-Check Ausweich-Rechenzentrum';
const TITLE = 'Werkvertrag Grundschutz-Check';

/** A screenshot at 1280×720, kept with the test's output. */
async function screenshotAt720(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: testInfo.outputPath(`${name}-1280x720.png`) });
}

/** The Mantine field wrapper around an input (label, input, error). */
const fieldOf = (page: Page, input: Locator) =>
  page.locator('.mantine-InputWrapper-root').filter({ has: input });

const clauseTitle = (page: Page, index: number) =>
  page.getByTestId(`contract-clause-${index}`).locator('button[aria-expanded]');

test('a Werkvertrag drafted from a demo offer: reorder, fallback, edit, bad variables, numbered preview', async ({
  app: page,
}, testInfo) => {
  test.setTimeout(240_000);
  await startWorkspace(page, 'demo');

  // Ctrl+8: the contracts with the notice deadlines of the next 90 days.
  await page.keyboard.press('Control+8');
  await expect(page.getByRole('heading', { name: 'Verträge', level: 2 })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Kündigungsfristen in den nächsten 90 Tagen' }),
  ).toBeVisible();
  await screenshotAt720(page, testInfo, 'contracts-list-de');
  await page.setViewportSize({ width: 1360, height: 860 });

  // The demo's signed maintenance contract opens read-only: no edits, inputs locked.
  await page
    .getByRole('link', { name: 'Wartungs- und Servicevertrag Security Operations Center' })
    .click();
  await expect(page.getByTestId('contract-editor')).toHaveAttribute('data-read-only', 'true');
  await expect(page.getByTestId('contract-clause-0')).toBeVisible();
  await expect(page.getByTestId('clause-edit-0')).toHaveCount(0);
  await expect(page.getByTestId('clause-add-library')).toHaveCount(0);
  await page.getByTestId('contract-tab-variables').click();
  await expect(page.getByTestId('variable-input-contract.place')).toHaveAttribute('readonly', '');
  await page.getByRole('link', { name: 'Alle Verträge' }).click();

  // New contract from the public-sector client's offer: the EVB-IT form that fits is shown.
  await page.getByTestId('new-contract').first().click();
  const form = page.getByTestId('new-contract-form');
  await form.getByRole('combobox', { name: 'Kunde' }).fill('Weserbergland');
  await page.getByRole('option', { name: CLIENT }).click();
  await form.getByRole('combobox', { name: 'Angebotsrevision' }).click();
  await page
    .getByRole('option', { name: new RegExp(OFFER) })
    .first()
    .click();
  await expect(form.getByTestId('new-contract-public-sector')).toBeChecked();
  await expect(form.getByTestId('evb-it-type')).toContainText('Empfohlenes EVB-IT-Muster:');
  await expect(form.getByTestId('evb-it-recommendation')).toContainText(
    'Diese Angebotsdaten gehen in das Formular:',
  );
  await form.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
  await screenshotAt720(page, testInfo, 'new-contract-de');
  await page.setViewportSize({ width: 1360, height: 860 });
  await form.getByTestId('new-contract-create').click();
  await expect(page.getByTestId('contract-editor')).toBeVisible();
  await expect(page.getByTestId('contract-title')).toHaveText(TITLE);
  await expect(page.getByTestId('contract-tab-clauses')).toHaveAttribute('aria-selected', 'true');

  // The draft starts with the subject clause; the payment clause refers to it as § 1.
  await expect(clauseTitle(page, 0)).toHaveText('Vertragsgegenstand');
  const second = (await clauseTitle(page, 1).textContent()) ?? '';
  expect(second).not.toBe('');
  await page.getByTestId('contract-tab-preview').click();
  await expect(page.getByTestId('contract-preview')).toContainText(
    'Für die Leistungen nach § 1 zahlt',
  );

  // Drag the subject below the second clause: it becomes § 2.
  await page.getByTestId('contract-tab-clauses').click();
  const handle = page.getByTestId('clause-handle-0');
  const target = page.getByTestId('contract-clause-1');
  const box = await target.boundingBox();
  if (!box) throw new Error('no box for clause 1');
  await handle.dragTo(target, { targetPosition: { x: box.width / 2, y: box.height - 4 } });
  await expect(clauseTitle(page, 1)).toHaveText('Vertragsgegenstand');
  await expect(clauseTitle(page, 0)).toHaveText(second);
  await expect(page.getByTestId('clause-handle-1')).toHaveAccessibleName(/^§ 2 Vertragsgegenstand/);

  // The preview follows: numbered § 1 …, the reference now reads § 2.
  await page.getByTestId('contract-tab-preview').click();
  const preview = page.getByTestId('contract-preview');
  await expect(preview.getByRole('heading', { name: '§ 1 ' + second })).toBeVisible();
  await expect(preview.getByRole('heading', { name: '§ 2 Vertragsgegenstand' })).toBeVisible();
  await expect(preview).toContainText('Für die Leistungen nach § 2 zahlt');
  await expect(preview).not.toContainText('{{ref:');

  // Back by keyboard: Alt+↑ on the subject's handle.
  await page.getByTestId('contract-tab-clauses').click();
  await page.getByTestId('clause-handle-1').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(clauseTitle(page, 0)).toHaveText('Vertragsgegenstand');
  await expect(page.getByTestId('clause-handle-0')).toBeFocused();

  // A fallback position on the first clause that has one; its note for sales is shown.
  const selects = page.locator('[data-testid^="clause-negotiation-"]:not([disabled])');
  await expect(selects.first()).toBeVisible();
  const negotiationId = (await selects.first().getAttribute('data-testid')) ?? '';
  const index = Number(negotiationId.replace('clause-negotiation-', ''));
  await selects.first().click();
  await page.getByRole('option', { name: 'Rückfallposition', exact: true }).click();
  await expect(page.getByTestId(negotiationId)).toHaveValue('Rückfallposition');
  const fallbackTitle = (await clauseTitle(page, index).textContent()) ?? '';

  // Edit a clause's text in the draft: marked "geändert", reset brings the library text back.
  await page.getByTestId('clause-edit-0').click();
  const body = page.getByTestId('clause-editor-body');
  const original = await body.inputValue();
  await screenshotAt720(page, testInfo, 'clause-editor-de');
  await body.fill(`${original}\n\n(9) Der Auftragnehmer benennt eine feste Ansprechperson.`);
  await page.getByTestId('clause-editor-save').click();
  await expect(page.getByTestId('clause-modified-0')).toHaveText('geändert');
  await screenshotAt720(page, testInfo, 'clause-modified-de');
  await page.getByTestId('contract-tab-preview').click();
  await expect(preview).toContainText('Der Auftragnehmer benennt eine feste Ansprechperson.');

  // The check lists the deviations: the fallback with its note and the edited text.
  await page.getByTestId('contract-tab-check').click();
  const negotiation = page.getByTestId('check-negotiation');
  await expect(negotiation).toContainText(fallbackTitle);
  await expect(negotiation).toContainText('Rückfallposition');
  await expect(negotiation).toContainText('Vertragsgegenstand');
  await expect(negotiation).toContainText('Text geändert');

  await page.getByTestId('contract-tab-clauses').click();
  await page.getByTestId('clause-reset-0').click();
  await expect(page.getByTestId('clause-modified-0')).toHaveCount(0);

  // Variables: a notice period longer than the term and an SLA over 100 % are refused at the field.
  await page.getByTestId('contract-tab-variables').click();
  const term = page.getByTestId('variable-input-contract.termMonths');
  await term.fill('12');
  await term.press('Enter');
  await expect(term).toHaveValue('12');
  const notice = page.getByTestId('variable-input-contract.noticeMonths');
  await notice.fill('24');
  await notice.blur();
  await expect(fieldOf(page, notice)).toContainText(
    'Die Kündigungsfrist darf nicht länger sein als die Mindestlaufzeit',
  );
  await expect(notice).toHaveAttribute('aria-invalid', 'true');
  await page.setViewportSize({ width: 1280, height: 720 });
  await notice.scrollIntoViewIfNeeded();
  await screenshotAt720(page, testInfo, 'variable-error-de');
  const availability = page.getByTestId('variable-input-sla.availability');
  await availability.fill('100.5');
  await availability.press('Enter');
  await expect(fieldOf(page, availability)).toContainText(
    'Die Verfügbarkeit kann höchstens 100 % betragen',
  );
  // A missing variable blocks the export; its link opens the variables tab with the input focused.
  const offerNumber = page.getByTestId('variable-input-offer.number');
  const number = await offerNumber.inputValue();
  await offerNumber.fill('');
  await offerNumber.press('Enter');
  await page.getByTestId('contract-export-docx').click();
  const issues = page.getByTestId('export-issues');
  await expect(issues).toContainText('Variable „Angebot: Nummer“ fehlt (§ 1');
  await screenshotAt720(page, testInfo, 'export-blocked-de');
  await page.getByTestId('contract-tab-preview').click();
  await issues.getByRole('button', { name: /Angebot: Nummer/ }).click();
  await expect(page.getByTestId('contract-tab-variables')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('variable-input-offer.number')).toBeFocused();
  await page.getByTestId('variable-input-offer.number').fill(number);
  await page.getByTestId('variable-input-offer.number').press('Enter');

  // An unknown placeholder: its link opens the clause that has it, in the editor.
  await page.getByTestId('contract-tab-clauses').click();
  await page.getByTestId('clause-edit-2').click();
  await page.getByTestId('clause-editor-body').fill('Ansprechpartner: {{client.kontakt}}');
  await page.getByTestId('clause-editor-save').click();
  await expect(page.getByTestId('clause-modified-2')).toBeVisible();
  await page.getByTestId('contract-export-pdf').click();
  await expect(issues).toContainText('Unbekannter Platzhalter client.kontakt (§ 3)');
  await expect(issues).not.toContainText('Angebot: Nummer');
  await page.getByTestId('contract-tab-term').click();
  await issues.getByRole('button', { name: /client\.kontakt/ }).click();
  await expect(page.getByTestId('contract-tab-clauses')).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByTestId('contract-clause-2').getByTestId('clause-editor-body'),
  ).toBeFocused();
  await page.getByTestId('contract-clause-2').getByRole('button', { name: 'Abbrechen' }).click();
  await page.getByTestId('clause-reset-2').click();
  await expect(page.getByTestId('clause-modified-2')).toHaveCount(0);

  // Nothing was saved: the term tab still has no notice period.
  await page.getByTestId('contract-tab-term').click();
  await expect(page.getByTestId('term-input-contract.noticeMonths')).toHaveValue('');
  await page.getByTestId('term-input-contract.noticeMonths').fill('3');
  await page.getByTestId('term-input-contract.noticeMonths').press('Enter');
  await page.getByTestId('term-input-contract.start').fill('01.01.2027');
  await page.getByTestId('term-input-contract.start').press('Enter');
  await expect(page.getByTestId('term-end')).toHaveText('31.12.2027');
  await expect(page.getByTestId('term-last-notice')).toHaveText('30.09.2027');

  // The SLA calculator, both directions.
  await page.getByTestId('contract-tab-sla').click();
  await page.getByTestId('sla-availability').fill('99,5');
  await expect(page.getByTestId('sla-downtime-month')).toContainText('3 h 36 min');
  await page.getByTestId('sla-reverse-minutes').fill('43,2');
  await expect(page.getByTestId('sla-reverse-result')).toContainText('99,9 %');

  // Screenshots of every tab at 1280×720 in German, then in English.
  for (const tab of ['clauses', 'variables', 'preview', 'sla', 'term', 'check']) {
    await page.getByTestId(`contract-tab-${tab}`).click();
    await screenshotAt720(page, testInfo, `editor-${tab}-de`);
  }
  await page.keyboard.press('Control+8');
  await page.getByRole('link', { name: 'Klauselbibliothek' }).click();
  await expect(page.getByTestId('library-disclaimer')).toContainText(
    'Formulierungshilfen, keine Rechtsberatung',
  );
  await screenshotAt720(page, testInfo, 'library-de');
  // A clause with its negotiation positions and notes.
  await page.getByTestId('library-clause-acceptance').click();
  const view = page.getByTestId('library-clause-view');
  await expect(view.getByRole('heading', { name: 'Abnahme' })).toBeVisible();
  await expect(view.getByTestId('library-position-fallback')).toContainText(
    'Hinweis für den Vertrieb',
  );
  await screenshotAt720(page, testInfo, 'library-clause-de');
  // A custom clause: a key that is no slug is refused at its field, then it is added.
  await page.getByTestId('new-clause').click();
  await page.getByTestId('clause-form-title').fill('Ansprechpartner im Projekt');
  await page.getByTestId('clause-form-key').fill('Ansprech Partner');
  await page.getByTestId('clause-form-body').fill('Jede Partei benennt eine Ansprechperson.');
  await page.getByTestId('clause-form-save').click();
  await expect(fieldOf(page, page.getByTestId('clause-form-key'))).toContainText(
    'Nur Kleinbuchstaben, Ziffern und Bindestriche',
  );
  await expect(fieldOf(page, page.getByRole('combobox', { name: 'Vertragstypen' }))).toContainText(
    'Pflichtfeld',
  );
  await page.getByTestId('clause-form-key').fill('custom-ansprechpartner');
  await fieldOf(page, page.getByTestId('clause-form-types'))
    .locator('.mantine-MultiSelect-input')
    .click();
  await page.getByRole('option', { name: 'Werkvertrag', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByTestId('clause-form-save').click();
  await expect(page.getByTestId('library-clause-custom-ansprechpartner')).toContainText('eigene');
  await expect(page.getByTestId('library-clause-view')).toContainText('Jede Partei benennt');

  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await page.keyboard.press('Control+8');
  await expect(page.getByRole('heading', { name: 'Contracts', level: 2 })).toBeVisible();
  await screenshotAt720(page, testInfo, 'contracts-list-en');
  await page.getByRole('link', { name: TITLE }).first().click();
  await expect(page.getByTestId('contract-editor')).toBeVisible();
  for (const tab of ['clauses', 'variables', 'preview', 'sla', 'term', 'check']) {
    await page.getByTestId(`contract-tab-${tab}`).click();
    await screenshotAt720(page, testInfo, `editor-${tab}-en`);
  }

  // The client's page lists its contracts.
  await page.getByRole('link', { name: CLIENT }).first().click();
  await expect(page.getByTestId('client-contracts-panel')).toContainText(TITLE);
  await screenshotAt720(page, testInfo, 'client-contracts-en');
});
