/** UI texts of the settings area, merged into i18n under `settings`. */
import { defineMessages } from '../../i18n/define-messages';

const de = {
  title: 'Einstellungen',
  company: 'Unternehmen',
  profile: 'Mein Profil',
  offers: 'Angebote',
  general: 'Allgemein',
  language: 'Sprache der Oberfläche',
  companyHint: 'Diese Angaben erscheinen in Angeboten und Verträgen.',
  profileHint: 'Sie werden als Autor an jedem Datensatz vermerkt und in Dokumenten genannt.',
  logo: 'Logo',
  chooseLogo: 'Logo wählen …',
  removeLogo: 'Logo entfernen',
  logoTooLarge: 'Das Logo ist größer als 512 KB.',
  logoType: 'Bitte eine PNG-, JPEG- oder SVG-Datei wählen.',
  welcomeTitle: 'Zuerst Ihr Unternehmen',
  welcomeText:
    'Name, Anschrift, Handelsregister, Geschäftsführung, USt-IdNr., Bankverbindung und Logo stehen auf jedem Angebot. Tragen Sie sie jetzt ein und speichern Sie – oder später unter Einstellungen → Unternehmen.',
  welcomeLater: 'Später ausfüllen',
  welcomeReminder:
    'Das Firmenprofil finden Sie unter Einstellungen → Unternehmen. Vor dem ersten Export erinnert Quotient Sie daran.',
  logoNotImage:
    'Die Datei ist kein Bild: Ihr Inhalt passt nicht zur Endung. Bitte eine echte PNG-, JPEG- oder SVG-Datei wählen.',
  fields: {
    name: 'Firmenname',
    street: 'Straße und Hausnummer',
    postalCode: 'PLZ',
    city: 'Ort',
    country: 'Land',
    vatId: 'USt-IdNr.',
    taxNumber: 'Steuernummer',
    commercialRegister: 'Handelsregister',
    managingDirectors: 'Geschäftsführung',
    bankName: 'Bank',
    iban: 'IBAN',
    bic: 'BIC',
    email: 'E-Mail',
    phone: 'Telefon',
    website: 'Website',
    brandColor: 'Markenfarbe',
  },
  profileFields: {
    name: 'Name',
    position: 'Position',
    email: 'E-Mail',
    phone: 'Telefon',
    initials: 'Kürzel',
  },
  dataTitle: 'Daten',
  dataHint:
    'Alle Daten liegen lokal auf diesem Gerät (IndexedDB). {{count}} Änderungen warten auf die Synchronisierung.',
  /** The company's legal details (§ 35a GmbHG, § 80 AktG, § 37a HGB) in the company form. */
  legal: {
    title: 'Pflichtangaben auf Geschäftsbriefen',
    hint: 'Jedes Dokument nennt Rechtsform, Sitz, Registergericht und -nummer, alle Geschäftsführer (bei einer AG Vorstand und Aufsichtsratsvorsitz) und die USt-IdNr.',
    legalForm: 'Rechtsform',
    legalFormPlaceholder: 'z. B. GmbH, AG, e.K. (leer: aus dem Firmennamen)',
    registeredSeat: 'Sitz der Gesellschaft',
    supervisoryBoardChair: 'Aufsichtsratsvorsitz (AG)',
  },
};

const en = {
  title: 'Settings',
  company: 'Company',
  profile: 'My profile',
  offers: 'Offers',
  general: 'General',
  language: 'Interface language',
  companyHint: 'These details appear on offers and contracts.',
  profileHint: 'You are recorded as author on every record and named in documents.',
  logo: 'Logo',
  chooseLogo: 'Choose logo …',
  removeLogo: 'Remove logo',
  logoTooLarge: 'The logo is larger than 512 KB.',
  logoType: 'Please choose a PNG, JPEG or SVG file.',
  welcomeTitle: 'Your company first',
  welcomeText:
    'Name, address, commercial register, managing directors, VAT ID, bank details and logo appear on every offer. Enter them now and save – or later under Settings → Company.',
  welcomeLater: 'Fill in later',
  welcomeReminder:
    'You find the company profile under Settings → Company. Quotient reminds you before the first export.',
  logoNotImage:
    'The file is not an image: its content does not match its extension. Please choose a real PNG, JPEG or SVG file.',
  fields: {
    name: 'Company name',
    street: 'Street and number',
    postalCode: 'Postal code',
    city: 'City',
    country: 'Country',
    vatId: 'VAT ID',
    taxNumber: 'Tax number',
    commercialRegister: 'Commercial register',
    managingDirectors: 'Managing directors',
    bankName: 'Bank',
    iban: 'IBAN',
    bic: 'BIC',
    email: 'E-mail',
    phone: 'Phone',
    website: 'Website',
    brandColor: 'Brand colour',
  },
  profileFields: {
    name: 'Name',
    position: 'Position',
    email: 'E-mail',
    phone: 'Phone',
    initials: 'Initials',
  },
  dataTitle: 'Data',
  dataHint:
    'All data is stored locally on this device (IndexedDB). {{count}} changes are waiting to be synced.',
  /** The company's legal details (§ 35a GmbHG, § 80 AktG, § 37a HGB) in the company form. */
  legal: {
    title: 'Details required on business letters',
    hint: 'Every document names the legal form, registered office, register court and number, all managing directors (for an AG the management board and the supervisory board chair) and the VAT ID.',
    legalForm: 'Legal form',
    legalFormPlaceholder: 'e.g. GmbH, AG, e.K. (empty: from the company name)',
    registeredSeat: 'Registered office',
    supervisoryBoardChair: 'Supervisory board chair (AG)',
  },
};

export const settingsMessages = defineMessages('settings', de, en);
