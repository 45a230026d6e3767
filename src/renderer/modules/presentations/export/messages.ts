/**
 * UI texts of the deck's PDF and PowerPoint export and the leads export, merged into i18n under
 * `presentationExport` (the presentations module's manifest lists this bundle).
 */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  step: {
    loading: 'Präsentation wird vorbereitet …',
    chart: 'Diagramme werden gezeichnet …',
    building: 'Datei wird erstellt …',
    done: 'Fertig',
  },
  pdf: 'PDF',
  pptx: 'PowerPoint',
  withNotes: 'Sprechernotizen in die PowerPoint-Datei übernehmen',
  done: 'Gespeichert: {{name}}',
  failed: 'Export fehlgeschlagen',
  empty: 'Die Präsentation hat keine Folien.',
};

const en = {
  step: {
    loading: 'Preparing the presentation …',
    chart: 'Drawing the charts …',
    building: 'Building the file …',
    done: 'Done',
  },
  pdf: 'PDF',
  pptx: 'PowerPoint',
  withNotes: 'Include the speaker notes in the PowerPoint file',
  done: 'Saved: {{name}}',
  failed: 'Export failed',
  empty: 'The presentation has no slides.',
};

export const presentationExportMessages = defineMessages('presentationExport', de, en);
