import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import {
  choose,
  expect,
  literal,
  newDemoOffer,
  shownOfferNumber,
  startWorkspace,
  test,
} from './fixtures';

/** A local calendar day `offset` days from today, as `{ de: DD.MM.YYYY, en: DD/MM/YYYY }`. */
function day(offset: number) {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return { de: `${dd}.${mm}.${date.getFullYear()}`, en: `${dd}/${mm}/${date.getFullYear()}` };
}

test.use({ viewport: { width: 1280, height: 720 } });

test('an activity gets a contact person, a next step and a due date, is edited, shows up on the start page when due and is ticked off there', async ({
  app: page,
}) => {
  await startWorkspace(page, 'empty');
  await page.keyboard.press('Control+n');
  const form = page.getByTestId('client-form');
  await form.getByLabel('Firmenname').fill('Wendler Maschinenbau');
  await form.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Wendler Maschinenbau');
  await page.getByRole('button', { name: 'Ansprechpartner hinzufügen' }).click();
  const contactForm = page.getByTestId('contact-form');
  await contactForm.getByLabel('Vorname').fill('Petra');
  await contactForm.getByLabel('Nachname').fill('Wendler');
  await contactForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(contactForm).toBeHidden();

  // A call with Petra Wendler, to be followed up yesterday (so: overdue), and one due much later.
  const activityForm = page.getByTestId('activity-form');
  const yesterday = day(-1);
  await activityForm
    .getByLabel('Zusammenfassung')
    .fill('Angebot besprochen, Rückfragen zur Wartung');
  await choose(page, 'Ansprechpartner', 'Petra Wendler');
  await activityForm.getByLabel('Nächster Schritt').fill('Angebot nachfassen');
  await activityForm.getByLabel('Wiedervorlage am').fill(yesterday.de);
  await activityForm.getByLabel('Wiedervorlage am').press('Tab');
  await activityForm.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(activityForm.getByLabel('Nächster Schritt')).toHaveValue('');
  await activityForm.getByLabel('Zusammenfassung').fill('Messe-Termin vereinbart');
  await activityForm.getByLabel('Nächster Schritt').fill('Messe vorbereiten');
  await activityForm.getByLabel('Wiedervorlage am').fill('31.12.2099');
  await activityForm.getByLabel('Wiedervorlage am').press('Tab');
  await activityForm.getByRole('button', { name: 'Hinzufügen' }).click();

  const timeline = page.getByTestId('activity-timeline');
  const call = page.getByTestId('activity-item').filter({ hasText: 'Rückfragen zur Wartung' });
  await expect(call).toContainText('mit Petra Wendler');
  await expect(call).toContainText(`Angebot nachfassen`);
  await expect(call).toContainText(`Fällig am ${yesterday.de}`);
  await expect(timeline).toContainText('Fällig am 31.12.2099');

  // Edit it: the next step changes, the rest stays.
  await call.getByRole('button', { name: /^Bearbeiten: Anruf/ }).click();
  const editForm = page.getByTestId('activity-edit-form');
  await expect(editForm.getByLabel('Wiedervorlage am')).toHaveValue(yesterday.de);
  await editForm.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('activity-edit-de.png') });
  await editForm.getByLabel('Nächster Schritt').fill('Angebot telefonisch nachfassen');
  await editForm.getByRole('button', { name: 'Speichern' }).click();
  await expect(editForm).toBeHidden();
  await expect(call).toContainText('Angebot telefonisch nachfassen');
  await expect(call).toContainText('mit Petra Wendler');
  await expect(page.getByTestId('activity-item')).toHaveCount(2);

  // The start page lists the due one only, with its client, subject and date.
  await page.getByRole('link', { name: 'Kunden' }).first().click();
  const panel = page.getByTestId('due-follow-ups');
  await expect(panel).toContainText('Fällige Wiedervorlagen (1)');
  const row = panel.getByTestId('due-follow-up');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Wendler Maschinenbau');
  await expect(row).toContainText('Angebot telefonisch nachfassen');
  await expect(row).toContainText(`${yesterday.de}überfällig`);
  await expect(panel).not.toContainText('Messe vorbereiten');
  const box = await panel.boundingBox();
  expect(box!.y + box!.height).toBeLessThan(720 / 2);
  await page.screenshot({ path: test.info().outputPath('start-page-de.png') });

  // Its link opens the client.
  await row.getByRole('link', { name: 'Wendler Maschinenbau' }).click();
  await expect(page.getByTestId('client-name')).toHaveText('Wendler Maschinenbau');
  await page.screenshot({ path: test.info().outputPath('activities-de.png') });

  // In English, then ticked off: it leaves the start page, also after a reload.
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.getByRole('tab', { name: 'Allgemein' }).click();
  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await expect(panel).toContainText('Due follow-ups (1)');
  await expect(row).toContainText(yesterday.en);
  await page.screenshot({ path: test.info().outputPath('start-page-en.png') });
  await row.getByRole('button', { name: 'Done: Angebot telefonisch nachfassen' }).click();
  await expect(panel).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Clients', level: 2 })).toBeVisible();
  await expect(panel).toBeHidden();

  // The timeline shows it done, and it can be reopened.
  await page.getByRole('row', { name: /Wendler Maschinenbau/ }).click();
  await expect(call).toContainText(`Done on ${day(0).en}`);
  await call.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('activities-en.png') });
  await call.getByRole('button', { name: 'Reopen' }).click();
  await page.getByRole('link', { name: 'Clients' }).first().click();
  await expect(panel.getByTestId('due-follow-up')).toHaveCount(1);
});

test('an offer is sent by e-mail: the browser downloads an unsent draft to the main contact with the Excel quote, then the offer is marked as sent', async ({
  app: page,
}) => {
  await newDemoOffer(page, 'Netzwerk Halle 3');
  const select = page
    .getByRole('textbox', { name: 'Bundle …' })
    .or(page.getByRole('combobox', { name: 'Bundle …' }))
    .first();
  await select.click();
  await select.fill('Standort');
  await page.getByRole('option', { name: /Standort-Netzwerk S/ }).click();
  await expect(page.getByTestId('offer-line')).toHaveCount(4);
  const number = await shownOfferNumber(page);

  // The check before exporting asks first (the demo company has no logo).
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Per E-Mail senden' }).click();
  await page.getByTestId('check-proceed').click();
  const mail = page.getByTestId('mail-form');
  const to = mail.getByRole('combobox', { name: 'An', exact: true });
  await expect(to).toHaveValue(/<.+@.+>/);
  const recipient = (await to.inputValue()).trim();
  const address = /<(.+)>/.exec(recipient)![1]!;
  await expect(mail.getByLabel('Betreff')).toHaveValue(`Angebot ${number}: Netzwerk Halle 3`);
  await expect(mail.getByLabel('Text', { exact: true })).toHaveValue(
    /^(Guten Tag|Sehr geehrter?) .+,\n\nanbei erhalten Sie unser Angebot/,
  );
  await expect(mail.getByTestId('mail-no-pdf')).toContainText('Excel-Angebot wird angehängt');
  await page.screenshot({ path: test.info().outputPath('send-by-mail-de.png') });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mail.getByTestId('mail-create').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^${literal(number)} Brandt & Söhne.*\\.eml$`),
  );
  const eml = (await readFile((await download.path())!)).toString('latin1');
  const [head] = eml.split('\r\n\r\n');
  expect(head).toContain('\r\nX-Unsent: 1\r\n');
  expect(head).toMatch(new RegExp(`\\r\\nTo: .*<${address.replace(/[.]/g, '\\.')}>`));
  expect(head).toContain('Content-Type: multipart/mixed;');
  // The Excel quote travels as a base64 attachment and opens as a workbook.
  const part = eml
    .split(/\r\n--=_quotient_draft_7f3a/)
    .find((section) => section.includes('spreadsheetml'))!;
  expect(part).toMatch(
    new RegExp(`filename\\*(0\\*)?=UTF-8''${literal(number)}%20Brandt%20&%20S%C3%B6hne`),
  );
  const base64 = part.split('\r\n\r\n')[1]!;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
  expect(workbook.worksheets.length).toBeGreaterThan(0);

  // Then it offers to mark the offer as sent; the check asks again.
  await page
    .getByTestId('mail-mark-sent')
    .getByRole('button', { name: 'Als versendet markieren' })
    .click();
  await page.getByTestId('check-proceed').click();
  await expect(page.getByTestId('offer-status')).toHaveText('Versendet');

  // The client's timeline records the recipient and the day.
  await page.getByRole('link', { name: /Brandt & Söhne/ }).click();
  const item = page.getByTestId('activity-item').filter({ hasText: 'per E-Mail an' });
  await expect(item.first()).toContainText(address);
  await expect(item.first()).toContainText(`E-Mail · ${day(0).de}`);
});
