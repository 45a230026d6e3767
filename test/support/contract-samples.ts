import type { RedlineDocxInput } from '#shared/documents/contracts/redline-docx';

/** Two revisions of a Werkvertrag: a word changed, a paragraph added, a clause moved, one removed, one added. */
export const sampleRedline: RedlineDocxInput = {
  language: 'de',
  title: 'Werkvertrag Portalrelaunch',
  author: 'Jana Brandt',
  date: '2027-03-02T14:05:00Z',
  oldRevision: {
    label: 'Revision 1',
    clauses: [
      {
        clauseId: 'subject',
        title: 'Vertragsgegenstand',
        body: '(1) Der Auftragnehmer erstellt das Kundenportal.',
      },
      {
        clauseId: 'acceptance',
        title: 'Abnahme',
        body: '(1) Der Auftraggeber prüft das Werk binnen 14 Tagen.\n\n(2) Unwesentliche Mängel hindern die Abnahme nicht.',
      },
      {
        clauseId: 'travel',
        title: 'Reisekosten',
        body: 'Reisekosten werden nach Aufwand erstattet.',
      },
      {
        clauseId: 'liability',
        title: 'Haftung',
        body: 'Die Haftung ist auf 100 % der Vergütung begrenzt.',
      },
      { clauseId: 'general', title: 'Schlussbestimmungen', body: 'Gerichtsstand ist Aachen.' },
    ],
  },
  newRevision: {
    label: 'Revision 2',
    clauses: [
      {
        clauseId: 'subject',
        title: 'Vertragsgegenstand',
        body: '(1) Der Auftragnehmer erstellt das Kundenportal.',
      },
      {
        clauseId: 'liability',
        title: 'Haftung',
        body: 'Die Haftung ist auf 100 % der Vergütung begrenzt.',
      },
      {
        clauseId: 'acceptance',
        title: 'Abnahme',
        body: '(1) Der Auftraggeber prüft das Werk binnen 30 Tagen.\n\n(2) Unwesentliche Mängel hindern die Abnahme nicht.\n\n(3) Die Abnahme gilt als erklärt, wenn der Auftraggeber schweigt.',
      },
      { clauseId: 'sla', title: 'Servicezeiten', body: 'Montag bis Freitag, 8 bis 18 Uhr.' },
      { clauseId: 'general', title: 'Schlussbestimmungen', body: 'Gerichtsstand ist Aachen.' },
    ],
  },
};
