/** UI texts of the clients area, merged into i18n under `clients`, `contacts`, `activities` and `followUps`. */
import { defineMessages } from '../../i18n/define-messages';

/** The client list, the client page and the client form. */
const clientsDe = {
  title: 'Kunden',
  new: 'Neuer Kunde',
  searchPlaceholder: 'Suchen: Name, Ort, Tag, Kontakt, E-Mail …',
  count: '{{count}} Kunden',
  countFiltered: '{{shown}} von {{count}} Kunden',
  emptyTitle: 'Noch keine Kunden',
  emptyText: 'Legen Sie Ihren ersten Kunden an oder laden Sie die Demodaten in den Einstellungen.',
  noResults: 'Keine Treffer für „{{query}}“',
  allTags: 'Alle Tags',
  allIndustries: 'Alle Branchen',
  clearFilters: 'Filter zurücksetzen',
  notFound: 'Kunde nicht gefunden oder gelöscht.',
  backToList: 'Zur Kundenliste',
  deleteText: 'Der Kunde „{{name}}“ wird gelöscht. Sie können das direkt danach rückgängig machen.',
  columns: {
    name: 'Name',
    city: 'Ort',
    industry: 'Branche',
    tags: 'Tags',
    contact: 'Ansprechpartner',
    updatedAt: 'Geändert',
  },
  fields: {
    name: 'Firmenname',
    legalForm: 'Rechtsform',
    industry: 'Branche',
    size: 'Mitarbeiter',
    website: 'Website',
    street: 'Straße und Hausnummer',
    postalCode: 'PLZ',
    city: 'Ort',
    country: 'Land',
    vatId: 'USt-IdNr.',
    language: 'Korrespondenzsprache',
    currency: 'Währung',
    tags: 'Tags',
    notes: 'Notizen',
  },
  sections: { master: 'Stammdaten', address: 'Adresse', commercial: 'Kaufmännisch' },
  editTitle: 'Kunde bearbeiten',
  newTitle: 'Neuer Kunde',
};

const clientsEn = {
  title: 'Clients',
  new: 'New client',
  searchPlaceholder: 'Search: name, city, tag, contact, e-mail …',
  count: '{{count}} clients',
  countFiltered: '{{shown}} of {{count}} clients',
  emptyTitle: 'No clients yet',
  emptyText: 'Create your first client or load the demo data in the settings.',
  noResults: 'No results for “{{query}}”',
  allTags: 'All tags',
  allIndustries: 'All industries',
  clearFilters: 'Clear filters',
  notFound: 'Client not found or deleted.',
  backToList: 'Back to clients',
  deleteText: 'The client “{{name}}” will be deleted. You can undo this right afterwards.',
  columns: {
    name: 'Name',
    city: 'City',
    industry: 'Industry',
    tags: 'Tags',
    contact: 'Contact',
    updatedAt: 'Updated',
  },
  fields: {
    name: 'Company name',
    legalForm: 'Legal form',
    industry: 'Industry',
    size: 'Employees',
    website: 'Website',
    street: 'Street and number',
    postalCode: 'Postal code',
    city: 'City',
    country: 'Country',
    vatId: 'VAT ID',
    language: 'Correspondence language',
    currency: 'Currency',
    tags: 'Tags',
    notes: 'Notes',
  },
  sections: { master: 'Company', address: 'Address', commercial: 'Commercial' },
  editTitle: 'Edit client',
  newTitle: 'New client',
};

export const clientsMessages = defineMessages('clients', clientsDe, clientsEn);

/** A client's contact persons. */
const contactsDe = {
  title: 'Ansprechpartner',
  new: 'Ansprechpartner hinzufügen',
  empty: 'Noch keine Ansprechpartner.',
  primary: 'Hauptkontakt',
  makePrimary: 'Als Hauptkontakt setzen',
  fields: {
    salutation: 'Anrede',
    title: 'Titel',
    firstName: 'Vorname',
    lastName: 'Nachname',
    role: 'Funktion',
    email: 'E-Mail',
    phone: 'Telefon',
    primary: 'Hauptkontakt',
  },
  editTitle: 'Ansprechpartner bearbeiten',
  salutations: { none: 'keine Angabe', f: 'Frau', m: 'Herr' },
  titlePlaceholder: 'z. B. Dr.',
};

const contactsEn = {
  title: 'Contacts',
  new: 'Add contact',
  empty: 'No contacts yet.',
  primary: 'Primary contact',
  makePrimary: 'Make primary contact',
  fields: {
    salutation: 'Salutation',
    title: 'Academic title',
    firstName: 'First name',
    lastName: 'Last name',
    role: 'Role',
    email: 'E-mail',
    phone: 'Phone',
    primary: 'Primary contact',
  },
  editTitle: 'Edit contact',
  salutations: { none: 'not stated', f: 'Ms', m: 'Mr' },
  titlePlaceholder: 'e.g. Dr.',
};

export const contactsMessages = defineMessages('contacts', contactsDe, contactsEn);

/** A client's activities (calls, visits, notes). */
const activitiesDe = {
  title: 'Aktivitäten',
  new: 'Aktivität erfassen',
  empty: 'Noch keine Aktivitäten.',
  kinds: { call: 'Anruf', visit: 'Besuch', email: 'E-Mail', note: 'Notiz', fair: 'Messe' },
  fields: { kind: 'Art', date: 'Datum', summary: 'Zusammenfassung' },
};

const activitiesEn = {
  title: 'Activities',
  new: 'Log activity',
  empty: 'No activities yet.',
  kinds: { call: 'Call', visit: 'Visit', email: 'E-mail', note: 'Note', fair: 'Trade fair' },
  fields: { kind: 'Type', date: 'Date', summary: 'Summary' },
};

export const activitiesMessages = defineMessages('activities', activitiesDe, activitiesEn);

/** Follow-ups (Wiedervorlagen) on activities, and the due list. */
const followUpsDe = {
  fields: {
    contact: 'Ansprechpartner',
    noContact: 'Kein Ansprechpartner',
    nextStep: 'Nächster Schritt',
    dueDate: 'Wiedervorlage am',
  },
  save: 'Änderungen speichern',
  editing: 'Aktivität bearbeiten',
  edit: 'Bearbeiten: {{what}}',
  due: 'Fällig am {{date}}',
  doneOn: 'Erledigt am {{date}}',
  markDone: 'Erledigt',
  reopen: 'Wieder öffnen',
  with: 'mit {{name}}',
  dueTitle: 'Fällige Wiedervorlagen',
  dueEmpty: 'Heute ist nichts fällig.',
  overdue: 'überfällig',
  columns: { client: 'Kunde', subject: 'Betreff', due: 'Fällig' },
  doneNotice: 'Wiedervorlage erledigt',
};

const followUpsEn = {
  fields: {
    contact: 'Contact person',
    noContact: 'No contact person',
    nextStep: 'Next step',
    dueDate: 'Follow up on',
  },
  save: 'Save changes',
  editing: 'Edit activity',
  edit: 'Edit: {{what}}',
  due: 'Due {{date}}',
  doneOn: 'Done on {{date}}',
  markDone: 'Done',
  reopen: 'Reopen',
  with: 'with {{name}}',
  dueTitle: 'Due follow-ups',
  dueEmpty: 'Nothing is due today.',
  overdue: 'overdue',
  columns: { client: 'Client', subject: 'Subject', due: 'Due' },
  doneNotice: 'Follow-up done',
};

export const followUpMessages = defineMessages('followUps', followUpsDe, followUpsEn);
