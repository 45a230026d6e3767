/** UI texts of "Per E-Mail senden", merged into i18n under `mail`. */
import { defineMessages } from '../../i18n/define-messages';

const de = {
  menu: 'Per E-Mail senden',
  title: 'Angebot per E-Mail senden',
  to: 'An',
  noRecipient:
    'Der Kunde hat keinen Ansprechpartner mit E-Mail-Adresse. Tragen Sie beim Kunden eine E-Mail-Adresse ein.',
  openClient: 'Zum Kunden',
  subject: 'Betreff',
  textBlock: 'Textbaustein als Text',
  noTextBlock: 'Standardtext',
  body: 'Text',
  attachExcel: 'Excel-Angebot zusätzlich anhängen',
  browserNoPdf:
    'Im Browser entsteht kein PDF: Das Excel-Angebot wird angehängt. Das PDF erstellen Sie über „PDF / Drucken“ oder in der Desktop-App.',
  create: 'E-Mail-Entwurf erstellen',
  building: 'Anhänge werden erstellt …',
  opened: 'Der Entwurf ist in Ihrem E-Mail-Programm geöffnet.',
  downloaded:
    'Der Entwurf „{{name}}“ wurde heruntergeladen. Öffnen Sie ihn, um ihn in Outlook oder Thunderbird zu bearbeiten und zu senden.',
  saved:
    'Kein E-Mail-Programm hat den Entwurf geöffnet ({{reason}}). Er wurde gespeichert und kann von dort geöffnet werden.',
  canceled: 'Kein E-Mail-Programm hat den Entwurf geöffnet ({{reason}}).',
  attached: 'Angehängt: {{names}}',
  activity: 'Angebot {{number}} per E-Mail an {{to}} (Entwurf erstellt)',
  markSentQuestion: 'Das Angebot als versendet markieren?',
  markSent: 'Als versendet markieren',
  later: 'Später',
  failed: 'E-Mail-Entwurf nicht erstellt',
};

const en = {
  menu: 'Send by e-mail',
  title: 'Send offer by e-mail',
  to: 'To',
  noRecipient:
    'The client has no contact person with an e-mail address. Add an e-mail address at the client.',
  openClient: 'Open client',
  subject: 'Subject',
  textBlock: 'Text block as text',
  noTextBlock: 'Standard text',
  body: 'Text',
  attachExcel: 'Also attach the Excel quote',
  browserNoPdf:
    'The browser makes no PDF: the Excel quote is attached. Create the PDF with "PDF / Print" or in the desktop app.',
  create: 'Create e-mail draft',
  building: 'Creating attachments …',
  opened: 'The draft is open in your e-mail program.',
  downloaded:
    'The draft "{{name}}" was downloaded. Open it to edit and send it in Outlook or Thunderbird.',
  saved:
    'No e-mail program opened the draft ({{reason}}). It was saved and can be opened from there.',
  canceled: 'No e-mail program opened the draft ({{reason}}).',
  attached: 'Attached: {{names}}',
  activity: 'Offer {{number}} by e-mail to {{to}} (draft created)',
  markSentQuestion: 'Mark the offer as sent?',
  markSent: 'Mark as sent',
  later: 'Later',
  failed: 'E-mail draft not created',
};

export const mailMessages = defineMessages('mail', de, en);
