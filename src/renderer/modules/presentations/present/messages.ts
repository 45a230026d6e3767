/**
 * Texts of the presenter view and the audience window, merged into i18n under `present`.
 */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  title: 'Präsentieren: {{deck}}',
  position: 'Folie {{n}} von {{count}}',
  elapsed: 'Gesamtzeit',
  slideTime: 'Diese Folie',
  next: 'Nächste Folie',
  end: 'Ende der Präsentation',
  notes: 'Notizen',
  noNotes: 'Keine Notizen zu dieser Folie.',
  strip: 'Folien',
  goTo: 'Zu Folie {{n}}: {{title}}',
  openAudience: 'Publikumsfenster öffnen',
  audienceBlocked:
    'Der Browser hat das Fenster blockiert. Erlauben Sie Pop-ups für diese Seite und versuchen Sie es erneut.',
  display: 'Bildschirm',
  displayPrimary: '{{label}} (Hauptbildschirm)',
  loop: 'Endlosschleife',
  loopOn: 'Schleife läuft',
  loopHint:
    'Die Folien wechseln nach ihrer Dauer; nach {{seconds}} Sekunden ohne Bedienung geht es zurück zu Folie 1.',
  black: 'Schwarzbild',
  blackOn: 'Schwarzbild an',
  lead: 'Lead erfassen',
  leave: 'Beenden',
  keysHint:
    '→ Leertaste Bild↓: weiter · ← Bild↑: zurück · Pos1/Ende · B: Schwarzbild · L: Lead · Esc: beenden',
  empty: {
    title: 'Diese Präsentation hat keine Folien',
    text: 'Fügen Sie im Editor mindestens eine Folie hinzu, dann können Sie präsentieren.',
    back: 'Zum Editor',
  },
  notFound: 'Diese Präsentation gibt es nicht (mehr).',
  backToList: 'Zu den Präsentationen',
  audience: {
    waiting: 'Warte auf die Präsentation …',
    fullscreen: 'Klicken oder eine Taste drücken für Vollbild',
  },
};

export const presentMessages = defineMessages('present', de, {
  title: 'Presenting: {{deck}}',
  position: 'Slide {{n}} of {{count}}',
  elapsed: 'Total time',
  slideTime: 'This slide',
  next: 'Next slide',
  end: 'End of the presentation',
  notes: 'Notes',
  noNotes: 'No notes for this slide.',
  strip: 'Slides',
  goTo: 'Go to slide {{n}}: {{title}}',
  openAudience: 'Open audience window',
  audienceBlocked: 'The browser blocked the window. Allow pop-ups for this site and try again.',
  display: 'Display',
  displayPrimary: '{{label}} (main display)',
  loop: 'Attract loop',
  loopOn: 'Loop running',
  loopHint:
    'Slides advance by their duration; after {{seconds}} seconds without interaction it returns to slide 1.',
  black: 'Black screen',
  blackOn: 'Black screen on',
  lead: 'Capture lead',
  leave: 'Leave',
  keysHint: '→ Space PgDn: next · ← PgUp: back · Home/End · B: black · L: lead · Esc: leave',
  empty: {
    title: 'This presentation has no slides',
    text: 'Add at least one slide in the editor, then you can present.',
    back: 'To the editor',
  },
  notFound: 'This presentation does not exist (any more).',
  backToList: 'To the presentations',
  audience: {
    waiting: 'Waiting for the presentation …',
    fullscreen: 'Click or press a key for full screen',
  },
});
