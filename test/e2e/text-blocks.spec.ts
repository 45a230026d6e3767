import { expect, startWorkspace, test } from './fixtures';

test('a text block with heading, bullets and placeholders: live preview, unknown placeholder warning, filter, delete and undo', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await page.getByRole('link', { name: 'Textbausteine' }).click();
  await expect(page.getByRole('heading', { name: 'Textbausteine', level: 2 })).toBeVisible();
  await expect(page.getByTestId('empty-state')).toContainText('Noch keine Textbausteine');
  await page.getByRole('button', { name: 'Neuer Textbaustein' }).click();

  const form = page.getByTestId('text-block-form');
  await form.getByLabel('Titel').fill('Vorgehen Netzwerk');
  await form.getByRole('combobox', { name: 'Kapitel' }).click();
  await page.getByRole('option', { name: 'Vorgehen', exact: true }).click();
  const body = form.getByRole('textbox', { name: 'Text', exact: true });
  await body.fill(
    [
      '## Unser Vorgehen',
      '',
      'Für {{client.name}} gehen wir in **zwei** Phasen vor:',
      '',
      '- Analyse vor Ort',
      '- Umsetzung im Wartungsfenster',
      '',
      'Ihr Ansprechpartner: ',
    ].join('\n'),
  );
  // The placeholder menu inserts at the caret (here: the end of the text).
  await form.getByRole('button', { name: 'Platzhalter einfügen' }).click();
  await page.getByRole('menuitem', { name: /Verfasser: Name/ }).click();
  await expect(body).toHaveValue(/Ihr Ansprechpartner: \{\{author\.name\}\}$/);

  const preview = form.getByTestId('markup-preview');
  await expect(preview.getByRole('heading', { name: 'Unser Vorgehen' })).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveText([
    'Analyse vor Ort',
    'Umsetzung im Wartungsfenster',
  ]);
  await expect(preview.locator('strong')).toHaveText('zwei');
  await expect(preview).toContainText('Für {{client.name}} gehen wir');
  await expect(form.getByTestId('unknown-placeholders')).toBeHidden();

  // An unknown placeholder is listed as a warning, never dropped.
  await body.press('End');
  await body.pressSequentially(' und {{ foo.bar }}');
  await expect(form.getByTestId('unknown-placeholders')).toContainText('{{foo.bar}}');
  await expect(form.getByTestId('unknown-placeholders')).not.toContainText('client.name');
  await expect(preview).toContainText('{{ foo.bar }}');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();

  const row = page.getByTestId('text-block-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Vorgehen Netzwerk');
  await expect(row).toContainText('Deutsch');

  // Filter by language: no English block yet.
  await page.getByRole('combobox', { name: 'Sprache' }).click();
  await page.getByRole('option', { name: 'Englisch', exact: true }).click();
  await expect(page.getByText('Keine Textbausteine passen zu Suche und Filter.')).toBeVisible();
  await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
  await expect(row).toHaveCount(1);

  // Reopen: the saved text is intact; delete with confirmation, then undo.
  await row.click();
  await expect(body).toHaveValue(/\{\{ foo\.bar \}\}$/);
  await form.getByRole('button', { name: 'Löschen' }).click();
  await page.getByTestId('confirm-button').click();
  await expect(page.getByTestId('empty-state')).toContainText('Noch keine Textbausteine');
  await page.getByTestId('undo-button').click();
  await expect(page.getByTestId('text-block-row')).toHaveCount(1);
});
