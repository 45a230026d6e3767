import { expect, startWorkspace, test } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

test('an offer addresses its contact person; a chapter adapted for it previews and prints "Sehr geehrte Frau …"', async ({
  app: page,
}) => {
  await startWorkspace(page, 'demo');
  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const form = page.getByTestId('new-offer-form');
  await form.getByLabel('Kunde').fill('Brandt');
  await page.getByRole('option', { name: /Brandt & Söhne/ }).click();

  // The client's main contact is preselected; another one can be chosen.
  const contact = form.getByRole('combobox', { name: 'Ansprechpartner', exact: true });
  await expect(contact).toHaveValue(/^Tobias Hellmann · IT-Leiter · Hauptansprechpartner$/);
  await expect(form.getByTestId('offer-salutation')).toHaveText(
    'Anrede im Dokument: Sehr geehrter Herr Hellmann,',
  );
  await contact.click();
  await page.getByRole('option', { name: /^Friederike Brandt/ }).click();
  await expect(form.getByTestId('offer-salutation')).toHaveText(
    'Anrede im Dokument: Sehr geehrte Frau Brandt,',
  );
  await form.getByLabel('Titel').fill('Netzwerk Halle 3');
  await page.screenshot({ path: test.info().outputPath('new-offer-contact-1280x720.png') });
  await form.getByRole('button', { name: 'Neues Angebot' }).click();
  await expect(page.getByTestId('offer-terms')).toBeVisible();
  await expect(
    page.getByTestId('offer-terms').getByRole('combobox', { name: 'Ansprechpartner' }),
  ).toHaveValue(/^Friederike Brandt/);
  // Something to offer (an empty offer cannot be exported).
  const bundle = page
    .getByRole('textbox', { name: 'Bundle …' })
    .or(page.getByRole('combobox', { name: 'Bundle …' }))
    .first();
  await bundle.click();
  await bundle.fill('Standort');
  await page.getByRole('option', { name: /Standort-Netzwerk S/ }).click();
  await expect(page.getByTestId('offer-line')).toHaveCount(4);
  await page
    .getByTestId('offer-terms')
    .screenshot({ path: test.info().outputPath('offer-terms-contact.png') });

  // A library chapter, adapted for this offer only.
  const chapters = page.getByTestId('offer-chapters');
  await chapters.getByRole('combobox', { name: 'Textbaustein hinzufügen' }).click();
  await page.getByRole('option', { name: /^Management Summary/ }).click();
  await chapters.getByRole('button', { name: 'Textbaustein hinzufügen' }).click();
  const chapter = chapters.getByTestId('offer-chapter');
  await expect(chapter).toHaveCount(1);
  await chapter.getByRole('button', { name: 'Für dieses Angebot anpassen' }).click();

  const dialog = page.getByTestId('chapter-adapt-form');
  await expect(dialog).toContainText('bleibt unverändert');
  const heading = dialog.getByLabel('Überschrift im Dokument');
  await expect(heading).toHaveValue('Management Summary');
  const body = dialog.getByRole('textbox', { name: 'Text', exact: true });
  await expect(body).not.toHaveValue('');
  await heading.fill('Ihr Netzwerk für Halle 3');
  await body.fill(
    '{{client.salutation}}\n\nfür {{client.name}} planen wir **zwei** Phasen. {{kunde.wunsch}}',
  );
  const preview = dialog.getByTestId('chapter-adapt-preview');
  await expect(preview).toContainText('Ihr Netzwerk für Halle 3');
  await expect(preview).toContainText('Sehr geehrte Frau Brandt,');
  await expect(preview).toContainText('für Brandt & Söhne Maschinenfabrik GmbH planen wir');
  await expect(preview.locator('strong')).toHaveText('zwei');
  await expect(preview.getByTestId('unknown-placeholder')).toHaveText('{{kunde.wunsch}}');
  await expect(dialog.getByTestId('chapter-adapt-unknown')).toContainText('{{kunde.wunsch}}');
  await page.screenshot({ path: test.info().outputPath('chapter-adapt-1280x720.png') });

  await body.fill('{{client.salutation}}\n\nfür {{client.name}} planen wir **zwei** Phasen.');
  await expect(preview.getByTestId('unknown-placeholder')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Für dieses Angebot speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(chapter.getByTestId('chapter-adapted')).toHaveText('angepasst');
  await expect(chapter).toContainText('Ihr Netzwerk für Halle 3');

  // The print view (PDF) prints the adapted chapter with the salutation.
  await page.getByTestId('export-menu').click();
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    (async () => {
      await page.getByRole('menuitem', { name: 'PDF / Drucken' }).click();
      await page.getByTestId('check-proceed').click();
    })(),
  ]);
  await expect(popup.locator('body[data-print-ready="true"]')).toHaveCount(1);
  const view = popup.getByTestId('print-view');
  await expect(view).toContainText('Ihr Netzwerk für Halle 3');
  await expect(view).toContainText('Sehr geehrte Frau Brandt,');
  await expect(view).not.toContainText('{{');
  await popup.close();

  // The library block is unchanged, and the offer can go back to it.
  await chapter.getByRole('button', { name: 'Für dieses Angebot anpassen' }).click();
  await dialog.getByRole('button', { name: 'Bibliothekstext wiederherstellen' }).click();
  await page.getByTestId('confirm-button').click();
  await expect(dialog).toBeHidden();
  await expect(chapter.getByTestId('chapter-adapted')).toHaveCount(0);
  await expect(chapter).toContainText('Management Summary');
  const offerUrl = page.url();

  // The library kept its text; its document heading is separate from the internal title.
  await page.getByRole('link', { name: /^Textbausteine/ }).click();
  // The chapter column says "Management Summary" too: the German block is the one.
  await page
    .getByTestId('text-block-row')
    .filter({ hasText: 'Management Summary' })
    .filter({ hasText: 'Deutsch' })
    .click();
  const blockForm = page.getByTestId('text-block-form');
  await expect(blockForm.getByRole('textbox', { name: 'Text', exact: true })).not.toHaveValue(
    /planen wir/,
  );
  await blockForm.getByLabel('Überschrift im Dokument').fill('Zusammenfassung für Sie');
  await blockForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(blockForm).toBeHidden();
  await page.goto(offerUrl);
  await expect(page.getByTestId('offer-chapter')).toContainText('Zusammenfassung für Sie');
});

test('a contact whose name does not tell Frau or Herr states the salutation and title: the offer greets "Sehr geehrter Herr Dr. …"', async ({
  app: page,
}) => {
  await startWorkspace(page, 'demo');
  await page
    .getByRole('row', { name: /Brandt & Söhne/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Ansprechpartner hinzufügen' }).click();
  const form = page.getByTestId('contact-form');
  await form.getByLabel('Vorname').fill('Kim');
  await form.getByLabel('Nachname').fill('Lee');
  await form.getByRole('textbox', { name: 'Titel' }).fill('Dr.');
  await form.getByRole('combobox', { name: 'Anrede' }).click();
  await page.getByRole('option', { name: 'Herr' }).click();
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Dr. Kim Lee')).toBeVisible();

  await page.keyboard.press('Control+3');
  await page.getByRole('button', { name: 'Neues Angebot' }).first().click();
  const offer = page.getByTestId('new-offer-form');
  await offer.getByLabel('Kunde').fill('Brandt');
  await page.getByRole('option', { name: /Brandt & Söhne/ }).click();
  const contact = offer.getByRole('combobox', { name: 'Ansprechpartner', exact: true });
  await contact.click();
  await page.getByRole('option', { name: /Kim Lee/ }).click();
  await expect(offer.getByTestId('offer-salutation')).toHaveText(
    'Anrede im Dokument: Sehr geehrter Herr Dr. Lee,',
  );
});
