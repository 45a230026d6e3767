/**
 * UI texts of the contract's export (Word, PDF, redline), merged into i18n under `contractExport`
 * (the contracts module's manifest lists this bundle beside its own).
 */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  step: {
    loading: 'Vertrag wird vorbereitet …',
    chart: 'Vertrag wird vorbereitet …',
    building: 'Datei wird erstellt …',
    done: 'Fertig',
  },
  done: 'Gespeichert: {{name}}',
  failed: 'Export fehlgeschlagen',
  blocked: 'Export nicht möglich: {{count}} Punkte fehlen oder sind unbekannt.',
};

const en = {
  step: {
    loading: 'Preparing the contract …',
    chart: 'Preparing the contract …',
    building: 'Building the file …',
    done: 'Done',
  },
  done: 'Saved: {{name}}',
  failed: 'Export failed',
  blocked: 'Cannot export: {{count}} items are missing or unknown.',
};

export const contractExportMessages = defineMessages('contractExport', de, en);
