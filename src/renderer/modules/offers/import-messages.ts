/** Texts of the offer-file import preview, merged into i18n under `offerImport`. */
import { defineMessages } from '../../i18n/define-messages';

const de = {
  previewTitle: 'Angebotsdatei importieren?',
  previewIntro: '„{{name}}“ legt Folgendes an; gespeichert wird erst mit „Importieren“.',
  offer: 'Angebot',
  offerValue: '{{number}} (Revision {{revision}}): {{title}}',
  client: 'Kunde',
  clientExisting: '{{name}} (vorhanden, wird verwendet)',
  clientNew: '{{name}} (wird neu angelegt)',
  content: 'Inhalt',
  contentValue_one: '{{sections}} Abschnitte, {{lines}} Positionen, {{count}} Kapitel',
  contentValue_other: '{{sections}} Abschnitte, {{lines}} Positionen, {{count}} Kapitel',
  oneTime: 'Einmalig netto',
  monthly: 'Monatlich netto',
  yearly: 'Jährlich netto',
  problems: 'Probleme',
  exists: 'Angebot {{number}} (Revision {{revision}}) ist bereits vorhanden: Import nicht möglich.',
  confirm: 'Importieren',
  cancel: 'Abbrechen',
};

const en = {
  previewTitle: 'Import the offer file?',
  previewIntro: '“{{name}}” creates the following; nothing is saved until you choose “Import”.',
  offer: 'Offer',
  offerValue: '{{number}} (revision {{revision}}): {{title}}',
  client: 'Client',
  clientExisting: '{{name}} (exists, will be used)',
  clientNew: '{{name}} (will be created)',
  content: 'Content',
  contentValue_one: '{{sections}} sections, {{lines}} lines, {{count}} chapter',
  contentValue_other: '{{sections}} sections, {{lines}} lines, {{count}} chapters',
  oneTime: 'One-time net',
  monthly: 'Monthly net',
  yearly: 'Yearly net',
  problems: 'Problems',
  exists: 'Offer {{number}} (revision {{revision}}) already exists: it cannot be imported.',
  confirm: 'Import',
  cancel: 'Cancel',
};

export const offerImportMessages = defineMessages('offerImport', de, en);
