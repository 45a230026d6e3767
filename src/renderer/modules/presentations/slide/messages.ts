/**
 * Texts drawn on and around a slide (SlideView), merged into i18n under `slide`. The slide's
 * content itself (titles, facts, defaults of the lead-capture slide) comes translated from the
 * core in the deck's language; these are the words the view adds.
 */
import { defineMessages } from '../../../i18n/define-messages';

const de = {
  roleDescription: 'Folie',
  label: '{{n}} von {{count}}',
  missing: 'Dieser Inhalt ist nicht mehr vorhanden.',
  mediaMissing: 'Die Datei ist auf diesem Gerät noch nicht vorhanden.',
  mediaLoading: 'Datei wird geladen …',
  logo: 'Logo von {{company}}',
  chart: 'Diagramm: {{title}}',
  table: 'Tabelle: {{title}}',
};

export const slideMessages = defineMessages('slide', de, {
  roleDescription: 'slide',
  label: '{{n}} of {{count}}',
  missing: 'This content no longer exists.',
  mediaMissing: 'The file is not on this device yet.',
  mediaLoading: 'Loading the file …',
  logo: 'Logo of {{company}}',
  chart: 'Chart: {{title}}',
  table: 'Table: {{title}}',
});
