/** UI texts of follow-ups (Wiedervorlagen), merged into i18n under the key `followUps`. English mirrors German. */
const de = {
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

const en: typeof de = {
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

export const followUpMessages = { de, en };
